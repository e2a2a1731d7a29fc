// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "ClassPlanner",
    products: [
        .executable(name: "classplan", targets: ["classplan"]),
        // The preview server, apart from `classplan` because its HTTP library takes minutes to
        // build: `make demo` builds `classplan` alone, `make test` builds both.
        .executable(name: "classplan-preview", targets: ["PreviewServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.0.0"),
    ],
    targets: [
        // C libraries, found by pkg-config; the apt package that provides each is named.
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"])]
        ),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),

        // Value types, the composer and the checks. Pure: no files, no clock, no C.
        .target(name: "PlanCore"),
        // Plan and library YAML into PlanCore values, with file:line:column diagnostics.
        .target(
            name: "PlanFiles",
            dependencies: ["PlanCore", .product(name: "Yams", package: "Yams")],
            resources: [.copy("../../Assets")]
        ),
        // The body model, poses, projection and Scene: pure geometry.
        .target(name: "Figures", dependencies: ["PlanCore"]),
        // The one door to C: cairo surfaces, Pango text, QR codes; draws a Scene.
        .target(name: "Graphics", dependencies: ["Figures", "CCairo", "CPangoCairo", "CQRencode"]),
        // Teacher sheet and student handout: page layout from a ClassSequence.
        .target(name: "Handouts", dependencies: ["PlanCore", "Figures", "Graphics"]),
        // The student pack: HTML, text, iCalendar, PNG cards.
        .target(name: "Sharing", dependencies: ["PlanCore", "Figures", "Graphics", "Handouts"]),
        // One planning session: the whole per-plan pipeline (load, compose, pose, draw, write),
        // driven by the command line and by tests without the binary.
        .target(name: "Planning", dependencies: ["PlanCore", "PlanFiles", "Figures", "Graphics", "Handouts", "Sharing"]),
        // Running a plan again on each save: the file watching that `watch` and the preview
        // share, and the preview page's content. No HTTP here, so `classplan` can use it.
        .target(name: "Preview", dependencies: ["PlanCore", "PlanFiles", "Figures", "Handouts", "Planning"]),
        // The preview's local web server (Hummingbird), the `classplan-preview` binary.
        .executableTarget(
            name: "PreviewServer",
            dependencies: [
                "Preview", "PlanFiles", "Planning",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The command line: flags, exit codes, printing diagnostics.
        .executableTarget(
            name: "classplan",
            dependencies: [
                "PlanCore", "PlanFiles", "Figures", "Graphics", "Handouts", "Sharing", "Planning", "Preview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // What every test target shares: running external programs.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "PlanCoreTests", dependencies: ["PlanCore"]),
        .testTarget(name: "PlanFilesTests", dependencies: ["PlanFiles", "PlanCore"], exclude: ["Fixtures"]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "PlanCore", "PlanFiles", "Graphics"],
                    exclude: ["References"]),
        .testTarget(name: "GraphicsTests", dependencies: ["TestSupport", "Graphics", "Figures"]),
        .testTarget(name: "HandoutsTests", dependencies: ["TestSupport", "Handouts", "PlanFiles", "PlanCore", "Graphics"]),
        .testTarget(name: "CommandLineTests", dependencies: ["TestSupport", "PlanFiles"], exclude: ["Fixtures"]),
        // Bad input, fuzzer finds and batch rendering, through the real binary.
        .testTarget(name: "ReliabilityTests", dependencies: ["TestSupport", "PlanFiles", "PlanCore"], exclude: ["Fixtures"]),
        // The session driven directly: batches, outputs and the pipeline's own checks.
        .testTarget(name: "PlanningTests", dependencies: ["TestSupport", "Planning", "PlanFiles", "PlanCore", "Handouts", "Graphics", "Figures"]),
        .testTarget(name: "SharingTests", dependencies: ["TestSupport", "Sharing", "PlanCore", "Figures", "Handouts", "Graphics"]),
        // The preview and watch, through the real binaries; the page in headless Chromium.
        .testTarget(name: "PreviewTests", dependencies: ["TestSupport", "Preview", "PlanFiles"]),
    ],
    swiftLanguageModes: [.v6]
)
