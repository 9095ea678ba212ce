/// Performs the duty feature's effects against the database.
enum DutyUIEffects {
    static func perform(_ effect: DutyUIEffect, _ context: EffectContext) -> [Action] {
        switch effect {}
    }
}
