import GRDB
import GRDBSQLite

/// A prepared statement run with values bound through SQLite's C interface.
///
/// Ingest runs a few statements for nearly every event; binding them through
/// `StatementArguments` (an array of boxed values per call) cost about as much processor time
/// as SQLite's own work on the row. Only for statements that return no rows, run on the
/// connection that prepared them, inside its transaction.
struct DirectStatement {
    private let statement: Statement
    private let database: Database
    private var handle: OpaquePointer { statement.sqliteStatement }
    private var index: Int32 = 0

    init(_ database: Database, sql: String) throws {
        self.database = database
        statement = try database.cachedStatement(sql: sql)
    }

    /// Binds the values in order, from the first parameter.
    mutating func bind(_ value: Int64) {
        index += 1
        sqlite3_bind_int64(handle, index, value)
    }

    mutating func bind(_ value: Int64?) {
        guard let value else { return bindNull() }
        bind(value)
    }

    mutating func bind(_ value: String) {
        index += 1
        var text = value
        text.withUTF8 { bytes in
            // SQLITE_TRANSIENT: SQLite copies the text, which lives only for this call. An empty
            // text is bound as "" (a nil pointer would bind NULL).
            let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
            if let base = bytes.baseAddress, bytes.count > 0 {
                _ = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_bind_text(handle, index, $0, Int32(bytes.count), transient)
                }
            } else {
                _ = sqlite3_bind_text(handle, index, "", 0, transient)
            }
        }
    }

    mutating func bind(_ value: String?) {
        guard let value else { return bindNull() }
        bind(value)
    }

    mutating func bindNull() {
        index += 1
        sqlite3_bind_null(handle, index)
    }

    /// Runs the statement with the values bound since the last run, and returns how many rows
    /// it changed. Errors are `DatabaseError`s with SQLite's code, as GRDB throws them, so that
    /// a busy database is retried like any other.
    mutating func run() throws -> Int {
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
            index = 0
        }
        precondition(index == sqlite3_bind_parameter_count(handle), "every parameter of \(statement.sql) is bound")
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = database.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        return Int(sqlite3_changes(database.sqliteConnection))
    }
}
