/// Performs the moderation feature's effects against the database.
enum ModerationUIEffects {
    static func perform(_ effect: ModerationUIEffect, _ context: EffectContext) -> [Action] {
        switch effect {}
    }
}
