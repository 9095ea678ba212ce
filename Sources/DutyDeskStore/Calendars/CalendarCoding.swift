import DutyDeskCore
import Foundation

/// The JSON form of a department's working calendar in the `departments.calendar` column.
/// Sorted keys keep the stored text stable, so re-importing an unchanged file writes nothing new.
enum CalendarCoding {
    static func encode(_ calendar: WorkingCalendar) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(calendar), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> WorkingCalendar {
        try JSONDecoder().decode(WorkingCalendar.self, from: Data(text.utf8))
    }
}
