@testable import DutyDeskTUI

/// Keys sent to a runtime as a user presses them, in `KeyNotation` ("j j Enter", "C-s").
func press(_ runtime: AppRuntime, _ keys: String) throws {
    for key in try KeyNotation.parse(keys) { runtime.send(.key(key)) }
}

/// Text typed into a runtime, one character key at a time.
func type(_ runtime: AppRuntime, _ text: String) {
    for character in text { runtime.send(.key(.character(character))) }
}
