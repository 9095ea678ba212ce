/// What happens to the moderation feature (answers from the database, mostly).
public enum ModerationUIAction: Sendable {}

/// What the moderation feature asks the runtime to do; `ModerationUIEffects` performs it.
public enum ModerationUIEffect: Equatable, Sendable {}
