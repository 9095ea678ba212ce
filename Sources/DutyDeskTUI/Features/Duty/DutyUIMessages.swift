/// What happens to the duty feature (answers from the database, mostly).
public enum DutyUIAction: Sendable {}

/// What the duty feature asks the runtime to do; `DutyUIEffects` performs it.
public enum DutyUIEffect: Equatable, Sendable {}
