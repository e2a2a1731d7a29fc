import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport

/// `make deb`: the package installs a binary that runs where no Swift toolchain is, with
/// the Debian runtime packages as its dependencies. `make test` builds the package before
/// the tests; they cannot build it themselves, since `swift test` holds the build folder's
/// lock for as long as they run, and a release build started here would wait on it forever.
@Suite("Debian package")
struct DebianPackageTests {
    static let folder = ClassPlanBinary.packageRoot.appendingPathComponent(".build/deb")

    static func package() throws -> URL {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let deb = names.first { $0.hasPrefix("classplan_") && $0.hasSuffix(".deb") }
        return try #require(deb.map { folder.appendingPathComponent($0) },
                            "no package in .build/deb: run `make deb` first (`make test` does)")
    }

    @Test func itDependsOnTheRuntimePackagesAndHoldsTheLibrary() throws {
        let deb = try Self.package()
        let depends = try ExternalProcess.run("dpkg-deb", ["-f", deb.path, "Depends"]).output
        for package in ["libcairo2", "libpango-1.0-0", "libpangocairo-1.0-0", "libqrencode4", "fonts-noto-core"] {
            #expect(depends.contains(package), "no \(package) in: \(depends)")
        }
        #expect(!depends.contains("-dev"), "a runtime package, not a -dev one: \(depends)")
        let contents = try ExternalProcess.run("dpkg-deb", ["-c", deb.path]).output
        for path in ["./usr/bin/classplan", "./usr/bin/classplan-preview", "./usr/share/classplan/Assets/library/hip-rotation-series.yaml",
                     "./usr/share/bash-completion/completions/classplan", "./usr/share/zsh/site-functions/_classplan",
                     "./usr/share/fish/vendor_completions.d/classplan.fish", "./usr/share/man/man1/classplan.1.gz"] {
            #expect(contents.contains(path), "no \(path) in the package")
        }
    }

    @Test func theUnpackedBinaryRendersWithoutTheToolchain() throws {
        let deb = try Self.package()
        let root = try ClassPlanBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let unpacked = try ExternalProcess.run("dpkg-deb", ["-x", deb.path, root.path])
        #expect(unpacked.status == 0, "\(unpacked.errors)")
        let binary = root.appendingPathComponent("usr/bin/classplan")
        for program in ["classplan", "classplan-preview"] {
            let libraries = try ExternalProcess.run("ldd", [root.appendingPathComponent("usr/bin/\(program)").path]).output
            #expect(!libraries.contains("swift"), "\(program) loads a library from the Swift toolchain: \(libraries)")
            #expect(!libraries.contains("not found"), "\(libraries)")
        }
        let plan = ClassPlanBinary.packageRoot.appendingPathComponent("Plans/hip-series.yaml").path
        let out = root.appendingPathComponent("out")
        // A bare environment: no toolchain on the PATH, no library path, an empty home.
        let r = try ExternalProcess.run(binary, ["render", plan, "-o", out.path], in: root,
                                        environment: ["PATH": "/usr/bin:/bin", "HOME": root.path])
        #expect(r.status == 0, "\(r.errors)")
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(written == ["hip-series-card.pdf", "hip-series-student.pdf", "hip-series-teacher.pdf"])
    }

    /// `classplan preview` runs the installed server beside it: the page it prints the
    /// address of answers, and Ctrl-C stops it.
    @Test func theUnpackedPreviewServes() throws {
        let deb = try Self.package()
        let root = try ClassPlanBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try ExternalProcess.run("dpkg-deb", ["-x", deb.path, root.path]).status == 0)
        let plan = ClassPlanBinary.packageRoot.appendingPathComponent("Plans/hip-series.yaml").path
        let printed = root.appendingPathComponent("printed.txt")
        FileManager.default.createFile(atPath: printed.path, contents: nil)
        let server = Process()
        server.executableURL = root.appendingPathComponent("usr/bin/classplan")
        server.arguments = ["preview", plan]
        server.environment = ["PATH": "/usr/bin:/bin", "HOME": root.path]
        server.standardOutput = try FileHandle(forWritingTo: printed)
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { if server.isRunning { kill(server.processIdentifier, SIGKILL) } }

        var address: URL?
        let deadline = Date().addingTimeInterval(60)
        while address == nil, server.isRunning, Date() < deadline {
            usleep(100_000)
            let text = (try? String(contentsOf: printed, encoding: .utf8)) ?? ""
            if let start = text.range(of: "http://127.0.0.1:"),
               let end = text[start.lowerBound...].firstIndex(of: " ") {
                address = URL(string: String(text[start.lowerBound..<end]))
            }
        }
        let url = try #require(address, "the server printed its address")
        // The page may be asked for before the first run is done; it shows the plan soon after.
        var page = ""
        let shown = Date().addingTimeInterval(60)
        repeat {
            page = try Self.fetch(url)
            if page.contains("<title>Hip rotations at home") { break }
            usleep(200_000)
        } while Date() < shown
        #expect(page.contains("<title>Hip rotations at home"), "the page shows the plan: \(page.prefix(500))")
        kill(server.processIdentifier, SIGINT)
        let stop = Date().addingTimeInterval(20)
        while server.isRunning && Date() < stop { usleep(50_000) }
        #expect(!server.isRunning, "Ctrl-C stops it")
    }

    /// The body of `url`, fetched at once.
    static func fetch(_ url: URL) throws -> String {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var body: Result<Data, Error> = .failure(URLError(.timedOut))
        URLSession.shared.dataTask(with: url) { data, _, error in
            body = data.map { .success($0) } ?? .failure(error ?? URLError(.badServerResponse))
            done.signal()
        }.resume()
        _ = done.wait(timeout: .now() + 30)
        return String(decoding: try body.get(), as: UTF8.self)
    }
}
