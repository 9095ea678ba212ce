/// What the reports feature keeps between frames: its panel (reports) and any form it has open.
public struct ReportsUIState: Sendable {
    public init() {}
}
