/// Builds a `YAMLNode` tree from the events of libyaml's parser.
///
/// Scalars stay strings: no YAML 1.1 type resolution, tags are ignored, and `<<` is an ordinary
/// key, not a merge. Aliases are replaced by the node of their anchor, and the expanded tree is
/// limited to `nodeLimit` nodes so a few lines of nested aliases cannot ask for billions.
public struct YAMLParser {
    /// Far above any hand-written front matter or `roadmap.yml`, far below what exhausts memory.
    public static let defaultNodeLimit = 100_000
    /// Nesting bound, because the tree is built by recursion and a hostile file could nest
    /// thousands of `[` to overflow the stack.
    public static let depthLimit = 100

    private let reader: YAMLEventReader
    private let nodeLimit: Int
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var nodeCount = 0
    private var depth = 0

    private init(text: String, nodeLimit: Int) throws(YAMLError) {
        reader = try YAMLEventReader(text: text)
        self.nodeLimit = nodeLimit
    }

    /// Parses one YAML document; returns nil when the text contains none (empty, or only comments).
    public static func parse(_ text: String, nodeLimit: Int = defaultNodeLimit) throws(YAMLError) -> YAMLNode? {
        var parser = try YAMLParser(text: text, nodeLimit: nodeLimit)
        return try parser.parseStream()
    }

    private mutating func parseStream() throws(YAMLError) -> YAMLNode? {
        var event = try reader.next()
        if case .streamStart = event.kind {
            event = try reader.next()
        }
        guard case .documentStart = event.kind else {
            return nil
        }

        let root = try parseNode(reader.next()).node
        _ = try reader.next()  // DOCUMENT-END always follows the root node.

        let after = try reader.next()
        if case .documentStart = after.kind {
            throw YAMLError(.multipleDocuments, at: after.mark)
        }
        return root
    }

    /// Parses the node that starts with `event`, returning it with its expanded node count.
    private mutating func parseNode(_ event: YAMLEvent) throws(YAMLError) -> (node: YAMLNode, size: Int) {
        switch event.kind {
        case .scalar(let value, let style, let anchor):
            return try finish(.scalar(value, style: style, mark: event.mark), size: 1, anchor: anchor)
        case .alias(let name):
            guard let target = anchors[name] else {
                throw YAMLError(.unknownAlias(name), at: event.mark)
            }
            try count(target.size, at: event.mark)
            return target
        case .sequenceStart(let anchor):
            try enter(at: event.mark)
            var items: [YAMLNode] = []
            var size = 1
            while true {
                let next = try reader.next()
                if case .sequenceEnd = next.kind { break }
                let item = try parseNode(next)
                items.append(item.node)
                size += item.size
            }
            depth -= 1
            return try finish(.sequence(items, mark: event.mark), size: size, anchor: anchor)
        case .mappingStart(let anchor):
            try enter(at: event.mark)
            let (pairs, size) = try parseMappingEntries()
            depth -= 1
            return try finish(.mapping(pairs, mark: event.mark), size: size, anchor: anchor)
        case .streamStart, .streamEnd, .documentStart, .documentEnd, .sequenceEnd, .mappingEnd:
            // libyaml never sends these where a node is due; report rather than trust that.
            throw YAMLError(.syntax(problem: "expected a node", context: nil, contextMark: nil), at: event.mark)
        }
    }

    private mutating func parseMappingEntries() throws(YAMLError) -> (pairs: [YAMLPair], size: Int) {
        var pairs: [YAMLPair] = []
        var firstMarks: [String: YAMLMark] = [:]
        var size = 1
        while true {
            let keyEvent = try reader.next()
            if case .mappingEnd = keyEvent.kind { break }

            let key = try parseNode(keyEvent)
            guard let keyText = key.node.string else {
                throw YAMLError(.complexKey, at: keyEvent.mark)
            }
            if let firstMark = firstMarks[keyText] {
                throw YAMLError(.duplicateKey(keyText, firstMark: firstMark), at: keyEvent.mark)
            }
            firstMarks[keyText] = keyEvent.mark

            let value = try parseNode(reader.next())
            pairs.append(YAMLPair(key: keyText, keyMark: keyEvent.mark, value: value.node))
            size += key.size + value.size
        }
        return (pairs, size)
    }

    private mutating func enter(at mark: YAMLMark) throws(YAMLError) {
        depth += 1
        if depth > Self.depthLimit {
            throw YAMLError(.tooDeep(limit: Self.depthLimit), at: mark)
        }
    }

    private mutating func count(_ size: Int, at mark: YAMLMark) throws(YAMLError) {
        nodeCount += size
        if nodeCount > nodeLimit {
            throw YAMLError(.tooManyNodes(limit: nodeLimit), at: mark)
        }
    }

    private mutating func finish(
        _ node: YAMLNode, size: Int, anchor: String?
    ) throws(YAMLError) -> (node: YAMLNode, size: Int) {
        // Children were counted as they were built, so only this node itself is new.
        try count(1, at: node.mark)
        if let anchor {
            anchors[anchor] = (node, size)
        }
        return (node, size)
    }
}
