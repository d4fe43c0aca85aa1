import Glibc

/// Converts bytes between text encodings with glibc's `iconv`, which contains the GB18030 and
/// Windows-1252 tables, so Waymark does not carry its own.
public enum IconvConverter {
    /// The reason a conversion failed.
    public enum Failure: Error, Sendable, Equatable {
        /// iconv does not know one of the encoding names.
        case unsupportedEncoding(from: String, to: String)
        /// The byte at this offset (from 0) starts a sequence that is invalid in the source encoding.
        case invalidSequence(offset: Int)
        /// The input ends in the middle of a multi-byte sequence that starts at this offset.
        case incompleteSequence(offset: Int)
    }

    /// Converts `bytes` from the encoding `source` to `target` (iconv names such as "GB18030",
    /// "WINDOWS-1252", "UTF-8").
    public static func convert(_ bytes: [UInt8], from source: String, to target: String) throws(Failure) -> [UInt8] {
        let descriptor = iconv_open(target, source)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else {
            throw .unsupportedEncoding(from: source, to: target)
        }
        defer { iconv_close(descriptor) }
        if bytes.isEmpty { return [] }

        var input = bytes.map { CChar(bitPattern: $0) }
        // Four output bytes per input byte covers every conversion into UTF-8 used here; the loop
        // still grows the buffer on E2BIG for other targets.
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        var produced = 0
        var consumed = 0
        var failure: Failure?

        input.withUnsafeMutableBufferPointer { inputBuffer in
            while consumed < bytes.count {
                var inputLeft = bytes.count - consumed
                var outputLeft = output.count - produced
                let result: Int = output.withUnsafeMutableBufferPointer { outputBuffer in
                    var inputPointer: UnsafeMutablePointer<CChar>? = inputBuffer.baseAddress.map { $0 + consumed }
                    var outputPointer: UnsafeMutablePointer<CChar>? = outputBuffer.baseAddress.map { $0 + produced }
                    return iconv(descriptor, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                }
                consumed = bytes.count - inputLeft
                produced = output.count - outputLeft
                if result != -1 { break }
                switch errno {
                case E2BIG:
                    output.append(contentsOf: [CChar](repeating: 0, count: output.count))
                case EINVAL:
                    failure = .incompleteSequence(offset: consumed)
                    return
                default:
                    failure = .invalidSequence(offset: consumed)
                    return
                }
            }
        }
        if let failure { throw failure }
        return output[0..<produced].map { UInt8(bitPattern: $0) }
    }
}
