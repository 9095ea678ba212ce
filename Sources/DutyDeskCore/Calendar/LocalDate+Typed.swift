import Foundation

extension LocalDate {
    /// A date as staff type it: "2026-11-10" or the Russian "10.11.2026" (day and month may
    /// have one digit). The one reader of typed dates for the duty commands and forms.
    public init?(typed text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let iso = LocalDate(iso: trimmed) {
            self = iso
            return
        }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
