/// Performs the replies feature's effects against the database.
enum RepliesUIEffects {
    static func perform(_ effect: RepliesUIEffect, _ context: EffectContext) -> [Action] {
        switch effect {}
    }
}
