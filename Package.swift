// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "dutydesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dutydesk", targets: ["dutydesk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The rules: pure values and functions, no SQLite, no terminal.
        .target(name: "DutyDeskCore"),
        // The inbox database and everything that reads or writes it.
        .target(
            name: "DutyDeskStore",
            dependencies: [
                "DutyDeskCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C interface, for ingest's hot inserts (Ingest/DirectStatement.swift).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // ncursesw with wide characters on; wraps the macros Swift cannot import.
        .target(
            name: "CNcursesw",
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        .target(name: "DutyDeskTUI", dependencies: ["DutyDeskCore", "DutyDeskStore", "CNcursesw"]),
        .executableTarget(
            name: "dutydesk",
            dependencies: [
                "DutyDeskCore", "DutyDeskStore", "DutyDeskTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DutyDeskCoreTests", dependencies: ["DutyDeskCore"]),
        .testTarget(
            name: "DutyDeskStoreTests",
            dependencies: ["DutyDeskStore", "DutyDeskCore"],
            exclude: ["Setup/Fixtures", "Ingest/Fixtures"]
        ),
        .testTarget(
            name: "DutyDeskTUITests",
            dependencies: ["DutyDeskTUI", "DutyDeskCore", "DutyDeskStore"],
            exclude: ["Golden"]
        ),
        // GRDB too: the ingest tests check the database file itself (integrity, duplicates).
        .testTarget(name: "dutydeskEndToEndTests", dependencies: ["dutydesk", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
