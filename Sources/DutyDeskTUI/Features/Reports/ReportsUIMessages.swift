/// What happens to the reports feature (answers from the database, mostly).
public enum ReportsUIAction: Sendable {}

/// What the reports feature asks the runtime to do; `ReportsUIEffects` performs it.
public enum ReportsUIEffect: Equatable, Sendable {}
