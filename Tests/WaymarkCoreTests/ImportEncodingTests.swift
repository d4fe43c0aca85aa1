import Foundation
import Testing
@testable import WaymarkCore

@Suite struct ImportEncodingTests {
    @Test func windows1252FileIsDetectedAndDecoded() throws {
        let folder = try TemporaryFolder()
        // "name\nCafé\nMüller\n" in Windows-1252: é is 0xE9, ü is 0xFC.
        let bytes: [UInt8] = [0x6E, 0x61, 0x6D, 0x65, 0x0A, 0x43, 0x61, 0x66, 0xE9, 0x0A, 0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x0A]
        let file = try folder.write("latin.csv", bytes: bytes)
        #expect(TextEncoding.detect(bytes) == .windows1252)
        let table = try Importer(siteRoot: folder.url).readCSV(file)
        #expect(table.records.map(\.fields) == [["Café"], ["Müller"]])
    }

    @Test func gb18030FileIsDetectedAndDecoded() throws {
        let folder = try TemporaryFolder()
        let text = "区域,负责人,客户\n华东,张三,云帆科技\n华南,李四,深圳数据\n"
        let bytes = try IconvConverter.convert(Array(text.utf8), from: "UTF-8", to: "GB18030")
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let file = try folder.write("chinese.csv", bytes: bytes)
        #expect(TextEncoding.detect(bytes) == .gb18030)
        let table = try Importer(siteRoot: folder.url).readCSV(file)
        #expect(table.header.fields == ["区域", "负责人", "客户"])
        #expect(table.records[1].fields == ["华南", "李四", "深圳数据"])
    }

    @Test func utf8IsPreferredWhenValid() {
        #expect(TextEncoding.detect(Array("Café,华东".utf8)) == .utf8)
    }

    @Test func namedEncodingIsUsed() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("latin.csv", bytes: [0x61, 0x0A, 0xE9, 0x0A])
        let table = try Importer(siteRoot: folder.url, encoding: TextEncoding(name: "cp1252")).readCSV(file)
        #expect(table.records.first?.fields == ["é"])
    }

    @Test func invalidUTF8ReportsLine() throws {
        let bytes: [UInt8] = Array("id\nok\n".utf8) + [0x61, 0xFF, 0x0A]
        let error = #expect(throws: ImportError.self) {
            try TextEncoding.utf8.decode(bytes, file: "bad.csv")
        }
        #expect(error?.diagnostics.first?.location?.line == 3)
        #expect(error?.diagnostics.first?.location?.column == 2)
        #expect(error?.diagnostics.first?.hint != nil)
    }

    @Test func encodingNamesAreRecognised() {
        #expect(TextEncoding(name: "GBK") == .gb18030)
        #expect(TextEncoding(name: "UTF8") == .utf8)
        #expect(TextEncoding(name: "windows_1252") == .windows1252)
        #expect(TextEncoding(name: "koi8-r") == nil)
    }
}
