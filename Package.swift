// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tifa",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Tifa", targets: ["Tifa"]),
        .executable(name: "tifa", targets: ["tifa"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // The only code that sees ICU's headers; its public header uses <stdint.h> types only.
        .target(
            name: "CTifaICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .target(name: "TifaICU", dependencies: ["CTifaICU"]),
        .target(name: "TifaCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "TifaScript", dependencies: ["TifaCore", "TifaICU"]),
        .target(name: "TifaSegment", dependencies: ["TifaCore", "TifaICU", "TifaScript"]),
        .target(name: "TifaIngest", dependencies: ["TifaCore", "TifaICU", "TifaScript", "ZIPFoundation"]),
        .target(name: "TifaExtract", dependencies: ["TifaCore", "TifaICU", "TifaSegment", "Yams"]),
        .target(name: "TifaFormalism", dependencies: ["TifaCore", "TifaIngest", "TifaExtract"]),
        .target(name: "TifaAnalyze", dependencies: ["TifaCore", "TifaSegment", "TifaIngest", "TifaExtract", "TifaFormalism", "TifaDashboard", "ZIPFoundation"]),
        .target(
            name: "TifaDashboard", dependencies: ["TifaCore"],
            // Compiled into the library (no bundle to find at run time): `PackageResources.dashboard_js` etc.
            resources: [.embedInCode("Resources/dashboard.js"), .embedInCode("Resources/dashboard.css")]
        ),
        .target(
            name: "Tifa",
            dependencies: ["TifaCore", "TifaICU", "TifaScript", "TifaSegment", "TifaIngest", "TifaExtract", "TifaFormalism", "TifaAnalyze", "TifaDashboard"]
        ),
        .executableTarget(
            name: "tifa",
            dependencies: ["Tifa", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "TifaICUTests", dependencies: ["TifaICU"]),
        .testTarget(name: "TifaSegmentTests", dependencies: ["TifaSegment", "TifaScript", "TifaCore"]),
        .testTarget(name: "TifaIngestTests", dependencies: ["TifaIngest", "TifaScript", "TifaCore"]),
        .testTarget(name: "TifaExtractTests", dependencies: ["TifaExtract", "TifaIngest", "TifaCore", "TifaAnalyze", "TifaFormalism"]),
        .testTarget(name: "TifaAnalyzeTests", dependencies: ["TifaAnalyze", "Tifa"]),
        .testTarget(name: "TifaFormalismTests", dependencies: ["TifaFormalism", "TifaExtract", "TifaIngest", "TifaCore"]),
        .testTarget(name: "TifaDashboardTests", dependencies: ["TifaDashboard", "TifaCore"]),
        .testTarget(name: "TifaCLITests", dependencies: ["Tifa"]),
    ]
)
