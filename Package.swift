// swift-tools-version: 6.0
import PackageDescription

// Pasar Terbuka: the pipeline is split by stage so that each can be tested on its own.
//   PasarCore    model, working days, statistics (no I/O)
//   PasarSources load stage: site.yml, Markdown standards, holidays, the SQLite database
//   PasarRender  page contexts, theme templates, number/date formats, data files
//   PasarSite    orchestration: build, check, atomic output
//   PasarDemo    the deterministic sample database
//   PasarServe   the preview server (pasar serve)
//   pasar        the command-line tool
let package = Package(
    name: "PasarTerbuka",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "pasar", targets: ["pasar"]),
        .library(name: "PasarSite", targets: ["PasarSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // zlib itself (Debian's zlib1g-dev), for the lookup files' gzip; ZIPFoundation keeps its own module of it.
        .systemLibrary(name: "CPasarZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // QR codes on the printed notice (Debian's libqrencode).
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .target(name: "PasarCore"),
        // renameat2(RENAME_EXCHANGE) for swapping the output folder in one step (not in Swift's Glibc).
        .target(name: "CPasarFiles"),
        .target(
            name: "PasarSources",
            dependencies: [
                "PasarCore", "CMarkGFM",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                // Reads the CSV files officers import.
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .target(
            name: "PasarRender",
            dependencies: [
                "PasarCore", "PasarSources", "CPasarZlib", "CQRencode",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "PasarDemo",
            dependencies: ["PasarCore", "PasarSources", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "PasarSite",
            dependencies: ["PasarCore", "PasarSources", "PasarRender", "PasarDemo", "CPasarFiles", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The preview server (pasar serve), kept out of the library that builds sites.
        .target(
            name: "PasarServe",
            dependencies: ["PasarSite", .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "pasar",
            dependencies: ["PasarSite", "PasarServe", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "PasarCoreTests",
            dependencies: ["PasarCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "PasarSourcesTests",
            dependencies: [
                "PasarSources", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "PasarSiteTests",
            dependencies: [
                // pasar itself, for tests that run it as a process (killing builds, the preview server).
                "pasar",
                "PasarSite", "PasarDemo", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                // Reads the published CSV files the way a journalist's tool would.
                .product(name: "CSV", package: "CSV.swift"),
            ],
            exclude: ["Fixtures"]
        ),
    ]
)
