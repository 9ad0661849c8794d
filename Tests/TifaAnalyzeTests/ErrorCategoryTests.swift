import Foundation
import Testing
@testable import TifaCore
@testable import TifaAnalyze
import TifaICU

/// Typed errors: every diagnostic code has a category, the category decides the exit code, the documented
/// table says the same, and the cause of an error is kept.
@Suite struct ErrorCategoryTests {
    /// Every `"namespace.name"` code literal in Sources is registered in `DiagnosticCode`: any literal given as
    /// `code:`, and any literal of a known namespace elsewhere.
    @Test func everyCodeInTheSourcesIsRegistered() throws {
        let namespaces = Set(DiagnosticCode.allCases.map { String($0.rawValue.split(separator: ".")[0]) })
        let pattern = try NSRegularExpression(pattern: #""([a-z]+)\.([a-z][a-z0-9-]*)""#)
        let fileNames: Set<String> = ["html", "csv", "json", "jsonl", "txt", "tsv", "bin", "yaml", "md", "mtx"]
        let codeArgument = try NSRegularExpression(pattern: #"code: "([a-z]+\.[a-z][a-z0-9-]*)""#)
        var unregistered: [String] = []
        let sources = packageRoot.appendingPathComponent("Sources")
        for case let path as String in FileManager.default.enumerator(atPath: sources.path) ?? NSEnumerator()
        where path.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let ns = String(text[Range(m.range(at: 1), in: text)!]), name = String(text[Range(m.range(at: 2), in: text)!])
                guard namespaces.contains(ns), !fileNames.contains(name) else { continue }
                if DiagnosticCode(rawValue: "\(ns).\(name)") == nil { unregistered.append("\(path): \(ns).\(name)") }
            }
            for m in codeArgument.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let code = String(text[Range(m.range(at: 1), in: text)!])
                if DiagnosticCode(rawValue: code) == nil { unregistered.append("\(path): \(code)") }
            }
        }
        #expect(unregistered.isEmpty, "register these codes in Sources/TifaCore/DiagnosticCode.swift: \(unregistered)")
    }

    /// The exit-code table of docs/ANALYZE.md lists each category once with the code the switch gives it.
    @Test func theDocumentedExitCodeTableMatchesTheCode() throws {
        let doc = try String(contentsOf: packageRoot.appendingPathComponent("docs/ANALYZE.md"), encoding: .utf8)
        let section = try #require(doc.components(separatedBy: "## Exit codes").dropFirst().first)
        var documented: [String: Int32] = [:]
        for line in section.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, let code = Int32(cells[0]) else { continue }
            documented[cells[1]] = code
        }
        #expect(documented["success"] == 0)
        for category in DiagnosticCategory.allCases {
            #expect(documented[category.rawValue] == category.exitCode, "\(category) is \(category.exitCode) in the code")
        }
        #expect(documented.count == DiagnosticCategory.allCases.count + 1, "\(documented)")
    }

    @Test func everyCodeRoundTrips() {
        for code in DiagnosticCode.allCases { #expect(DiagnosticCode(rawValue: code.rawValue) == code, "\(code.rawValue)") }
    }

    @Test func categoriesDecideExitCodes() {
        #expect(TifaError(code: "icu.failure", file: "x", message: "").category.exitCode == 70)
        #expect(TifaError(code: "dashboard.write", file: "x", message: "").category.exitCode == 74)
        #expect(TifaError(code: "ingest.not-found", file: "x", message: "").category.exitCode == 66)
        #expect(TifaError(code: "codebook.yaml", file: "x", message: "").category.exitCode == 65)
        #expect(TifaError(code: "output.is-input", file: "x", message: "").category.exitCode == 73)
        #expect(TifaError(code: "no.such-code", file: "x", message: "").category == .software)
    }

    /// A regex that backtracks without end stops at ICU's time limit with a named error that keeps ICU's status.
    @Test func aRunawayRegexStopsWithANamedError() throws {
        let concordance = try Concordance(query: .regex("(党+)+建"), width: 5, regexTimeLimit: 50)
        let text = Array((String(repeating: "党", count: 40) + "。").unicodeScalars)
        let doc = TextDocument(path: "long.txt", original: text, text: text, offsets: OffsetMap(identity: text.count))
        #expect {
            _ = try concordance.lines(in: doc)
        } throws: { error in
            guard let e = error as? TifaError, let icu = e.cause as? ICUError else { return false }
            return e.diagnostics.first?.code == "kwic.regex-timeout" && e.diagnostics.first?.file == "long.txt"
                && icu.code == ICURegex.timeOutStatus
        }
    }

    /// The library never handles signals, exits, or looks for data next to its own source files.
    @Test func theLibraryStaysALibrary() throws {
        let sources = packageRoot.appendingPathComponent("Sources")
        var found: [String] = []
        for case let path as String in FileManager.default.enumerator(atPath: sources.path) ?? NSEnumerator()
        where path.hasSuffix(".swift") && !path.hasPrefix("tifa/") {
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            for needle in ["#filePath", "exit(", "signal(", "DispatchSource.makeSignalSource"] where text.contains(needle) {
                found.append("\(path): \(needle)")
            }
        }
        #expect(found.isEmpty, "\(found)")
    }
}
