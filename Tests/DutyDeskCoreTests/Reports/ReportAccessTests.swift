import Testing
@testable import DutyDeskCore

struct ReportAccessTests {
    static let curator = Operator(username: "orlova", name: "Орлова", roles: [Operator.everyPage: .curator])
    static let coordinator = Operator(username: "demo", name: "Демо", roles: ["cbs-vk": .coordinator, "okhta-vk": .admin])
    static let admin = Operator(username: "fedorova", name: "Фёдорова", roles: ["okhta-vk": .admin])

    @Test func theCuratorGetsEveryPage() throws {
        #expect(try ReportAccess.reportPages(requested: [], by: Self.curator) == nil)
        #expect(try ReportAccess.reportPages(requested: ["okhta-vk"], by: Self.curator) == ["okhta-vk"])
    }

    @Test func aCoordinatorGetsTheirPagesOnly() throws {
        #expect(try ReportAccess.reportPages(requested: [], by: Self.coordinator) == ["cbs-vk"])
        #expect(try ReportAccess.reportPages(requested: ["cbs-vk"], by: Self.coordinator) == ["cbs-vk"])
        #expect(throws: AccessDenied.self) { try ReportAccess.reportPages(requested: ["okhta-vk"], by: Self.coordinator) }
    }

    @Test func anAdminOrAStrangerGetsNoReport() {
        #expect(throws: AccessDenied.self) { try ReportAccess.reportPages(requested: [], by: Self.admin) }
        #expect(throws: AccessDenied.self) { try ReportAccess.reportPages(requested: [], by: nil) }
    }

    @Test func auditLogByRole() throws {
        #expect(try ReportAccess.auditLogPages(by: Self.curator) == nil)
        #expect(try ReportAccess.auditLogPages(by: Self.coordinator) == ["cbs-vk", "okhta-vk"])
        #expect(try ReportAccess.auditLogPages(requested: ["okhta-vk"], by: Self.admin) == ["okhta-vk"])
        #expect(throws: AccessDenied.self) { try ReportAccess.auditLogPages(requested: ["cbs-vk"], by: Self.admin) }
        #expect(throws: AccessDenied.self) { try ReportAccess.auditLogPages(by: nil) }
    }
}
