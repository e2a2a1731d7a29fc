// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ClassPlanner",
    products: [
        .executable(name: "classplan", targets: ["classplan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
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
        // qpdf's C API: adds to a finished PDF what cairo 1.16 cannot write (alt text, language).
        .systemLibrary(
            name: "CQPDF",
            pkgConfig: "libqpdf",
            providers: [.apt(["libqpdf-dev"])]
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
        // The one door to C: cairo surfaces, Pango text, QR codes, qpdf; draws a Scene.
        .target(name: "Graphics", dependencies: ["Figures", "CCairo", "CPangoCairo", "CQRencode", "CQPDF"]),
        // Teacher sheet and student handout: page layout from a ClassSequence.
        .target(name: "Handouts", dependencies: ["PlanCore", "Figures", "Graphics"]),
        // The student pack: HTML, text, iCalendar, PNG cards.
        .target(name: "Sharing", dependencies: ["PlanCore", "Figures", "Graphics", "Handouts"]),
        // One planning session: the whole per-plan pipeline (load, compose, pose, draw, write),
        // driven by the command line and by tests without the binary.
        .target(name: "Planning", dependencies: ["PlanCore", "PlanFiles", "Figures", "Graphics", "Handouts", "Sharing"]),
        // The command line: flags, exit codes, printing diagnostics.
        .executableTarget(
            name: "classplan",
            dependencies: [
                "PlanCore", "PlanFiles", "Figures", "Graphics", "Handouts", "Sharing", "Planning",
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
    ],
    swiftLanguageModes: [.v6]
)
