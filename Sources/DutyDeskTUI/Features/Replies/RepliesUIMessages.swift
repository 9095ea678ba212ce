/// What happens to the replies feature (answers from the database, mostly).
public enum RepliesUIAction: Sendable {}

/// What the replies feature asks the runtime to do; `RepliesUIEffects` performs it.
public enum RepliesUIEffect: Equatable, Sendable {}
