import GRDB
import Testing
@testable import DutyDeskStore

struct MetaTests {
    @Test func setsReplacesAndRemovesAValue() throws {
        try DatabaseLayerFixture.withDatabase { database in
            try database.writer.write { db throws in
                #expect(try Meta.value(db, forKey: "demo") == nil)
                try Meta.setValue(db, "1", forKey: "demo")
                try Meta.setValue(db, "2", forKey: "demo")
                #expect(try Meta.value(db, forKey: "demo") == "2")
                try Meta.setValue(db, nil, forKey: "demo")
                #expect(try Meta.value(db, forKey: "demo") == nil)
            }
        }
    }
}
