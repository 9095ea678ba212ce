/// Performs the reports feature's effects against the database.
enum ReportsUIEffects {
    static func perform(_ effect: ReportsUIEffect, _ context: EffectContext) -> [Action] {
        switch effect {}
    }
}
