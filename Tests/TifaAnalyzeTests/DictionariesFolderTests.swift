import Foundation
import Testing
@testable import TifaCore

/// The Dictionaries folder is found by `--dictionaries`, `TIFA_DICTIONARIES` or next to the executable.
@Suite struct DictionariesFolderTests {
    private func tree(_ folders: [String]) throws -> URL {
        let dir = temporaryFolder()
        for f in folders {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(f), withIntermediateDirectories: true)
        }
        return dir
    }

    @Test func aCheckoutBuildFindsTheCheckoutsFolder() throws {
        let dir = try tree(["Dictionaries/lexicons", ".build/release"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let found = try DictionariesFolder.locate(explicit: nil, environment: nil,
                                                  executable: dir.appendingPathComponent(".build/release/tifa"))
        #expect(found.standardizedFileURL.path == dir.appendingPathComponent("Dictionaries").standardizedFileURL.path)
    }

    @Test func anInstalledLayoutFindsShareTifa() throws {
        let dir = try tree(["prefix/bin", "prefix/share/tifa/Dictionaries/lexicons"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let found = try DictionariesFolder.locate(explicit: nil, environment: nil,
                                                  executable: dir.appendingPathComponent("prefix/bin/tifa"))
        #expect(found.path.hasSuffix("prefix/share/tifa/Dictionaries"))
    }

    @Test func explicitThenEnvironmentWin() throws {
        let dir = try tree(["a/lexicons", "b/lexicons", "bin"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let exe = dir.appendingPathComponent("bin/tifa")
        #expect(try DictionariesFolder.locate(explicit: dir.appendingPathComponent("a"), environment: dir.appendingPathComponent("b").path,
                                              executable: exe).lastPathComponent == "a")
        #expect(try DictionariesFolder.locate(explicit: nil, environment: dir.appendingPathComponent("b").path,
                                              executable: exe).lastPathComponent == "b")
    }

    @Test func nothingFoundIsAClearError() throws {
        let dir = try tree(["bin"])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect {
            _ = try DictionariesFolder.locate(explicit: nil, environment: nil, executable: dir.appendingPathComponent("bin/tifa"))
        } throws: { error in
            let d = (error as? TifaError)?.diagnostics.first
            return d?.code == "dictionaries.not-found" && d?.message.contains("TIFA_DICTIONARIES") == true
                && d?.message.contains("share/tifa/Dictionaries") == true
        }
    }
}
