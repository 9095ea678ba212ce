/// Fields and choices in the duty forms go round: a step back from the first is the last.
extension DutyFormUpdate {
    /// `index` moved by `step` places in a ring of `count`.
    static func ring(_ index: Int, by step: Int, count: Int) -> Int {
        ((index + step) % count + count) % count
    }

    /// The field after (`.fieldDown`) or before (`.fieldUp`) `field` in the form's order.
    static func ring<Field: Equatable>(_ field: Field, _ command: DutyUICommand, in fields: [Field]) -> Field {
        let index = fields.firstIndex(of: field) ?? 0
        return fields[ring(index, by: command == .fieldDown ? 1 : -1, count: fields.count)]
    }
}
