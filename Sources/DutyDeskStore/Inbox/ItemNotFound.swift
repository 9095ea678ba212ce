import DutyDeskCore

/// No inbox item has that id: the one error every action on an item throws for it.
public struct ItemNotFound: OperatorFacingError, Equatable {
    public let itemID: Int64

    public init(itemID: Int64) {
        self.itemID = itemID
    }

    public var message: Localized {
        Localized(ru: "Обращение #\(itemID) не найдено.", en: "Item #\(itemID) not found.")
    }
}
