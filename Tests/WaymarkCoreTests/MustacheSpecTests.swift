import Foundation
import Testing
@testable import WaymarkCore

/// The folder with the Mustache spec's JSON files, `$WAYMARK_REAL_DATA/mustache-spec`,
/// or `nil` when the variable is unset.
private let specFolder: URL? = ProcessInfo.processInfo.environment["WAYMARK_REAL_DATA"].map {
    URL(fileURLWithPath: $0).appendingPathComponent("mustache-spec")
}

/// The spec's required modules. The optional ones (lambdas, dynamic names, inheritance) are
/// not supported.
private let specFiles = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"]

@Test(
    "Mustache spec file",
    .enabled(if: specFolder != nil, "needs WAYMARK_REAL_DATA set to the folder that contains mustache-spec/"),
    arguments: specFiles
)
func mustacheSpecFile(_ fileName: String) throws {
    let folder = try #require(specFolder)
    let url = folder.appendingPathComponent(fileName + ".json")
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    let tests = try #require((json as? [String: Any])?["tests"] as? [[String: Any]], "no `tests` array in \(url.path)")
    #expect(!tests.isEmpty)

    var passed = 0
    for testCase in tests {
        let name = testCase["name"] as? String ?? "unnamed"
        let source = try #require(testCase["template"] as? String, "\(fileName): \(name) has no template")
        let expected = try #require(testCase["expected"] as? String, "\(fileName): \(name) has no expected output")
        let data = try templateValue(fromJSON: testCase["data"] ?? NSNull())

        do {
            var partials: [String: MustacheTemplate] = [:]
            for (partialName, partialSource) in testCase["partials"] as? [String: String] ?? [:] {
                partials[partialName] = try MustacheTemplate(source: partialSource, name: partialName)
            }
            let template = try MustacheTemplate(source: source, name: name)
            let output = template.render(data, partials: partials)
            #expect(output == expected, "\(fileName).json: \(name)")
            if output == expected {
                passed += 1
            }
        } catch {
            Issue.record("\(fileName).json: \(name) failed to parse: \(error.message.en)")
        }
    }
    print("Mustache spec \(fileName).json: \(passed)/\(tests.count) passed")
}

/// Converts a `JSONSerialization` result into a `TemplateValue`.
///
/// On Linux, swift-corelibs-foundation returns JSON `true` and `false` as `NSNumber`, and
/// `as? Bool` also succeeds for the numbers 0 and 1, so booleans are told apart by the
/// number's Objective-C type code `c`.
private func templateValue(fromJSON json: Any) throws -> TemplateValue {
    switch json {
    case is NSNull:
        return .null
    case let text as String:
        return .string(text)
    case let number as NSNumber:
        switch String(cString: number.objCType) {
        case "c", "B": return .bool(number.boolValue)
        case "f", "d": return .double(number.doubleValue)
        default: return .int(number.intValue)
        }
    case let items as [Any]:
        return .list(try items.map(templateValue(fromJSON:)))
    case let fields as [String: Any]:
        return .object(try fields.mapValues(templateValue(fromJSON:)))
    default:
        throw SpecDataError(description: "unsupported JSON value \(json) of type \(type(of: json))")
    }
}

private struct SpecDataError: Error, CustomStringConvertible {
    let description: String
}
