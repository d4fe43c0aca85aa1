import Foundation

/// Splits the output of `git cat-file --batch`: per object a header `<oid> <type> <size>` and
/// `size` bytes followed by a line feed, or a header `<name> missing`.
enum BatchOutputParser {
    static func parse(_ output: Data, count: Int) -> [Data?] {
        let bytes = [UInt8](output)
        var results: [Data?] = []
        var index = 0
        while results.count < count, index < bytes.count {
            guard let lineEnd = bytes[index...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: bytes[index..<lineEnd], as: UTF8.self).split(separator: " ")
            index = lineEnd + 1
            guard header.count == 3, let size = Int(header[2]), index + size <= bytes.count else {
                results.append(nil)
                continue
            }
            results.append(Data(bytes[index..<(index + size)]))
            index += size + 1
        }
        while results.count < count { results.append(nil) }
        return results
    }
}
