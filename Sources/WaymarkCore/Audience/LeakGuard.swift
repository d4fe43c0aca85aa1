/// Scans public files for internal values with one Aho–Corasick automaton over UTF-8 bytes,
/// so the cost grows with the size of the public site, not with files × values.
public struct LeakGuard: Sendable {
    /// An internal value and what it is, for the error message ("account name of deal big-bank").
    public struct Secret: Sendable, Hashable {
        public var value: String
        public var origin: LocalizedText
    }

    public struct Leak: Sendable, Hashable {
        public var file: String
        public var secret: Secret
    }

    private var goto: [[UInt8: Int32]] = [[:]]
    private var fail: [Int32] = [0]
    /// Index into `secrets` of the patterns that end at each state, including through failure links.
    private var outputs: [[Int32]] = [[]]
    private let secrets: [Secret]

    /// Builds the automaton. Each secret is searched in its raw form and in its HTML- and
    /// JSON-escaped forms, because pages and JSON twins escape text in different ways.
    /// `escapedForms: false` searches the values as written only, for matching plain text.
    public init(secrets: [Secret], escapedForms: Bool = true) {
        self.secrets = secrets
        for (index, secret) in secrets.enumerated() {
            var forms = Set([secret.value])
            if escapedForms {
                forms.insert(HTMLEscaping.text(secret.value))
                forms.insert(HTMLEscaping.attribute(secret.value))
                forms.insert(JSONText.escaped(secret.value))
            }
            for form in forms.sorted() where !form.isEmpty {
                insert(Array(form.utf8), pattern: Int32(index))
            }
        }
        buildFailureLinks()
    }

    private mutating func insert(_ bytes: [UInt8], pattern: Int32) {
        var state = 0
        for byte in bytes {
            if let next = goto[state][byte] {
                state = Int(next)
            } else {
                goto.append([:])
                fail.append(0)
                outputs.append([])
                let next = goto.count - 1
                goto[state][byte] = Int32(next)
                state = next
            }
        }
        if !outputs[state].contains(pattern) { outputs[state].append(pattern) }
    }

    private mutating func buildFailureLinks() {
        var queue: [Int] = []
        for (_, next) in goto[0].sorted(by: { $0.key < $1.key }) {
            fail[Int(next)] = 0
            queue.append(Int(next))
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (byte, next) in goto[state].sorted(by: { $0.key < $1.key }) {
                let child = Int(next)
                queue.append(child)
                var fallback = Int(fail[state])
                while fallback != 0, goto[fallback][byte] == nil { fallback = Int(fail[fallback]) }
                let target = goto[fallback][byte].map(Int.init) ?? 0
                fail[child] = Int32(target == child ? 0 : target)
                outputs[child].append(contentsOf: outputs[Int(fail[child])])
            }
        }
    }

    /// Returns every secret found in `bytes`, each once, in the order of `secrets`.
    public func scan<Bytes: Sequence>(_ bytes: Bytes) -> [Secret] where Bytes.Element == UInt8 {
        var found = Set<Int32>()
        var state = 0
        for byte in bytes {
            while state != 0, goto[state][byte] == nil { state = Int(fail[state]) }
            state = goto[state][byte].map(Int.init) ?? 0
            for pattern in outputs[state] { found.insert(pattern) }
        }
        return found.sorted().map { secrets[Int($0)] }
    }
}
