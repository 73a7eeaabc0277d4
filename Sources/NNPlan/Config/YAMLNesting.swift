import NNData
import NNEngine

/// How deeply a YAML text nests, found before the text is parsed.
///
/// The YAML reader builds its tree recursively, one call per level, so a few kilobytes of
/// `[[[[...` (or of ever deeper indentation, or of anchors each holding the one before) would
/// overflow the stack and kill the process before any error could be given. This scan counts the
/// levels first, with the tokenizing rules of libyaml (the reader beneath Yams): flow collections
/// (`[`, `{`) wherever a token starts, block collections by their indentation (`- ` entries and
/// `key:` mappings, as libyaml's indentation stack rolls and unrolls), and nothing inside quoted,
/// plain or block scalars or comments. An alias counts as deep as the node its anchor named, so
/// that anchors holding aliases of anchors cannot add up to a deep tree either.
enum YAMLNesting {
    /// The 1-based line at which the nesting first goes deeper than `limit`, or nil.
    static func lineBeyond(_ limit: Int, in text: String) -> Int? { scan(text, limit: limit).lineBeyond }

    /// The line at which the nesting first goes deeper than `limit` (nil if it never does), and
    /// whether the text uses aliases (`*name`).
    static func scan(_ text: String, limit: Int) -> (lineBeyond: Int?, aliases: Bool) {
        var scanner = Scanner(Array(text.utf8), limit: limit)
        let line = scanner.run()
        return (line, scanner.aliases)
    }

    /// The deepest nesting of the whole text, as the scan counts it (never less than the depth
    /// of the tree the reader builds).
    static func depth(of text: String) -> Int {
        var scanner = Scanner(Array(text.utf8), limit: .max)
        _ = scanner.run()
        return scanner.deepest
    }

    private struct Scanner {
        enum Kind { case map, sequence, indentlessSequence }

        let b: [UInt8]
        let n: Int
        let limit: Int
        var i = 0, line = 1, column = 0
        /// Open flow collections (a sequence or not), and whether a sequence holds an implicit
        /// one-pair map now (`[k: v]`), which is a level of its own.
        var flowStack: [(sequence: Bool, pair: Bool)] = []
        var pairs = 0
        var flow: Int { flowStack.count }
        /// libyaml's indentation stack (its `indents`), each with the kind of block collection it opened.
        var indents: [(column: Int, kind: Kind)] = []
        /// Where a possible simple key (`key:` on one line) starts.
        var keyStart: (line: Int, column: Int)? = nil
        var simpleKeyAllowed = true
        var beyond: Int? = nil
        var deepest = 0
        var aliases = false

        /// How deep below itself each anchored node reaches, by anchor name (aliases expanded).
        var anchorDepth: [ArraySlice<UInt8>: Int] = [:]
        /// Anchors whose node has not started yet: name, line, and the depth and innermost block
        /// collection where the anchor stands.
        var pending: [(name: ArraySlice<UInt8>, line: Int, depth: Int, top: (column: Int, kind: Kind)?)] = []
        /// Anchored nodes still open: a flow collection (closed when `flow` is back to `flow`) or
        /// a block node (closed by the first token at or left of the column of `top`).
        struct Open {
            let name: ArraySlice<UInt8>
            let depth: Int
            let flow: Int?
            let top: (column: Int, kind: Kind)?
            var deepest: Int
        }
        var open: [Open] = []

        init(_ bytes: [UInt8], limit: Int) {
            b = bytes
            n = bytes.count
            self.limit = limit
            if n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { i = 3 }  // byte order mark
        }

        var depth: Int { indents.count + flow + pairs }
        var top: Int { indents.last?.column ?? -1 }

        /// The bytes of a line break at `j` (\n, \r, \r\n, NEL, LS, PS), 0 when there is none.
        func breakLength(_ j: Int) -> Int {
            guard j < n else { return 0 }
            switch b[j] {
            case 0x0A: return 1
            case 0x0D: return j + 1 < n && b[j + 1] == 0x0A ? 2 : 1
            case 0xC2: return j + 1 < n && b[j + 1] == 0x85 ? 2 : 0
            case 0xE2: return j + 2 < n && b[j + 1] == 0x80 && (b[j + 2] == 0xA8 || b[j + 2] == 0xA9) ? 3 : 0
            default: return 0
            }
        }
        func isBlank(_ j: Int) -> Bool { j < n && (b[j] == 0x20 || b[j] == 0x09) }
        /// A blank, a line break or the end.
        func isBlankZ(_ j: Int) -> Bool { j >= n || b[j] == 0 || isBlank(j) || breakLength(j) > 0 }
        func isFlowIndicator(_ j: Int) -> Bool {
            j < n
                && [UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}")]
                    .contains(b[j])
        }

        mutating func advance() {
            let k = breakLength(i)
            if k > 0 {
                i += k
                line += 1
                column = 0
                return
            }
            if b[i] & 0xC0 != 0x80 { column += 1 }  // not a UTF-8 continuation byte
            i += 1
        }

        mutating func note(_ d: Int) {
            for k in open.indices { open[k].deepest = max(open[k].deepest, d) }
            deepest = max(deepest, d)
            if d > limit && beyond == nil { beyond = line }
        }

        mutating func close(_ k: Int) {
            let a = open.remove(at: k)
            anchorDepth[a.name] = a.deepest - a.depth
        }

        /// Block anchors end at the first token at or left of their collection's column (except a
        /// `- ` entry at a mapping's column, an indentless sequence that is the anchored node).
        mutating func closeBlockAnchors(entry: Bool) {
            for k in open.indices.reversed() where open[k].flow == nil {
                guard let t = open[k].top else { continue }
                if column < t.column || (column == t.column && !(entry && t.kind == .map)) { close(k) }
            }
        }

        /// The node after pending anchors starts with the token at `i`.
        mutating func startAnchoredNode() {
            guard !pending.isEmpty else { return }
            let c = b[i]
            for p in pending {
                if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
                    open.append(Open(name: p.name, depth: depth, flow: flow, top: nil, deepest: depth))
                } else if flow == 0 && line > p.line {
                    open.append(Open(name: p.name, depth: p.depth, flow: nil, top: p.top, deepest: p.depth))
                } else {
                    anchorDepth[p.name] = 0  // a scalar
                }
            }
            pending.removeAll()
        }

        mutating func push(_ column: Int, _ kind: Kind) {
            indents.append((column, kind))
            note(depth)
        }

        /// libyaml's roll_indent: a block collection opens at a column deeper than the current one.
        mutating func roll(_ column: Int, _ kind: Kind) {
            if top < column {
                push(column, kind)
            } else if kind == .sequence, let last = indents.last, last.column == column, last.kind == .map {
                push(column, .indentlessSequence)  // `key:` then `- item` at the key's column
            }
        }

        mutating func unroll(_ column: Int) {
            while let last = indents.last, last.column > column { indents.removeLast() }
        }

        /// A key or value indicator directly in a flow sequence makes a one-pair map.
        mutating func startPair() {
            guard let last = flowStack.last, last.sequence, !last.pair else { return }
            flowStack[flowStack.count - 1].pair = true
            pairs += 1
            note(depth)
        }

        mutating func endPair() {
            guard let last = flowStack.last, last.pair else { return }
            flowStack[flowStack.count - 1].pair = false
            pairs -= 1
        }

        mutating func saveKey() { if simpleKeyAllowed { keyStart = (line, column) } }

        func isDocumentMarker() -> Bool {
            guard column == 0, i + 2 < n, b[i] == b[i + 1], b[i] == b[i + 2],
                b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: ".")
            else { return false }
            return isBlankZ(i + 3)
        }

        mutating func run() -> Int? {
            while beyond == nil {
                // To the next token: blanks, comments and line breaks.
                while i < n {
                    if isBlank(i) {
                        advance()
                        continue
                    }
                    if b[i] == UInt8(ascii: "#") {
                        while i < n && breakLength(i) == 0 { advance() }
                        continue
                    }
                    if breakLength(i) > 0 {
                        advance()
                        if flow == 0 { simpleKeyAllowed = true }
                        continue
                    }
                    break
                }
                guard i < n else { break }
                if let k = keyStart, k.line != line { keyStart = nil }
                let c = b[i]
                if flow == 0 { closeBlockAnchors(entry: c == UInt8(ascii: "-") && isBlankZ(i + 1)) }
                if c != UInt8(ascii: "!") && c != UInt8(ascii: "&") { startAnchoredNode() }
                if flow == 0 { unroll(column) }
                if column == 0 && c == UInt8(ascii: "%") {
                    while i < n && breakLength(i) == 0 { advance() }
                    continue
                }
                if isDocumentMarker() {
                    for k in open.indices.reversed() { close(k) }
                    pending.removeAll()
                    indents.removeAll()
                    flowStack.removeAll()
                    pairs = 0
                    keyStart = nil
                    simpleKeyAllowed = true
                    for _ in 0..<3 { advance() }
                    continue
                }
                switch c {
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    saveKey()
                    flowStack.append((c == UInt8(ascii: "["), false))
                    note(depth)
                    simpleKeyAllowed = true
                    advance()
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    if let last = flowStack.popLast(), last.pair { pairs -= 1 }
                    for k in open.indices.reversed() where open[k].flow == flow { close(k) }
                    simpleKeyAllowed = false
                    advance()
                case UInt8(ascii: ","):
                    endPair()
                    keyStart = nil
                    simpleKeyAllowed = true
                    advance()
                case UInt8(ascii: "-") where isBlankZ(i + 1):
                    if flow == 0 { roll(column, .sequence) }
                    keyStart = nil
                    simpleKeyAllowed = true
                    advance()
                case UInt8(ascii: "?") where flow > 0 || isBlankZ(i + 1):
                    if flow == 0 { roll(column, .map) } else { startPair() }
                    keyStart = nil
                    simpleKeyAllowed = flow == 0
                    advance()
                case UInt8(ascii: ":") where flow > 0 || isBlankZ(i + 1):
                    if let k = keyStart, flow == 0 {
                        if let last = indents.last, last.column == k.column, last.kind == .indentlessSequence {
                            indents.removeLast()
                        }
                        roll(k.column, .map)
                    }
                    if flow > 0 { startPair() }
                    keyStart = nil
                    simpleKeyAllowed = flow == 0
                    advance()
                case UInt8(ascii: "*"):
                    // An alias stands for the node of its anchor, as deep as that reached.
                    saveKey()
                    simpleKeyAllowed = false
                    let name = anchorName()
                    aliases = true
                    note(depth + (anchorDepth[name] ?? 0))
                case UInt8(ascii: "&"):
                    saveKey()
                    simpleKeyAllowed = false
                    let (l, d, t) = (line, depth, indents.last)
                    pending.append((anchorName(), l, d, t))
                case UInt8(ascii: "!"):
                    saveKey()
                    simpleKeyAllowed = false
                    tag()
                case UInt8(ascii: "|"),
                    UInt8(ascii: ">") where flow == 0:
                    keyStart = nil
                    simpleKeyAllowed = true
                    blockScalar()
                case UInt8(ascii: "'"), UInt8(ascii: "\""):
                    saveKey()
                    simpleKeyAllowed = false
                    quoted(c)
                default:
                    saveKey()
                    simpleKeyAllowed = false
                    plain()
                }
            }
            return beyond
        }

        func isAlpha(_ j: Int) -> Bool {
            guard j < n else { return false }
            let c = b[j]
            return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
                || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
        }

        /// The name of an anchor or alias (`&name`, `*name`): letters, digits, `_` and `-`.
        mutating func anchorName() -> ArraySlice<UInt8> {
            advance()
            let start = i
            while isAlpha(i) { advance() }
            return b[start..<i]
        }

        /// A tag: `!<verbatim>`, or `!`, `!!` or `!handle!` and URI characters.
        mutating func tag() {
            advance()
            if i < n && b[i] == UInt8(ascii: "<") {
                while i < n && b[i] != UInt8(ascii: ">") && !isBlankZ(i) { advance() }
                if i < n && b[i] == UInt8(ascii: ">") { advance() }
                return
            }
            let uri = Set(";/?:@&=+$.%!~*'()".utf8)
            while isAlpha(i) || (i < n && uri.contains(b[i])) { advance() }
        }

        /// A single- or double-quoted scalar, over as many lines as it takes.
        mutating func quoted(_ quote: UInt8) {
            advance()
            while i < n {
                if isDocumentMarker() { return }
                let c = b[i]
                if quote == UInt8(ascii: "'") && c == quote {
                    if i + 1 < n && b[i + 1] == quote {
                        advance()
                        advance()
                        continue
                    }
                    advance()
                    return
                }
                if quote == UInt8(ascii: "\"") {
                    if c == quote {
                        advance()
                        return
                    }
                    if c == UInt8(ascii: "\\") {
                        advance()
                        if i < n { advance() }
                        continue
                    }
                }
                advance()
            }
        }

        /// A plain scalar, as libyaml's scan_plain_scalar ends it: at `: `, at ` #`, at a flow
        /// indicator inside a flow collection, or at a line indented no deeper than the block.
        mutating func plain() {
            let indent = top + 1
            while i < n {
                if isDocumentMarker() || b[i] == UInt8(ascii: "#") { return }
                while !isBlankZ(i) {
                    if b[i] == UInt8(ascii: ":")
                        && (isBlankZ(i + 1)
                            || (flow > 0 && (isFlowIndicator(i + 1) || (i + 1 < n && b[i + 1] == UInt8(ascii: "?")))))
                    {
                        return
                    }
                    if flow > 0 && isFlowIndicator(i) { return }
                    advance()
                }
                guard isBlank(i) || breakLength(i) > 0 else { return }
                var broke = false
                while isBlank(i) || breakLength(i) > 0 {
                    if breakLength(i) > 0 { broke = true }
                    advance()
                }
                if broke && flow == 0 { simpleKeyAllowed = true }
                if flow == 0 && column < indent { return }
            }
        }

        /// A literal (`|`) or folded (`>`) block scalar: its header line, then every line indented
        /// at least as deep as its content (libyaml's scan_block_scalar).
        mutating func blockScalar() {
            advance()
            var increment = 0
            for _ in 0..<2 where i < n {
                if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
                    advance()
                } else if b[i] >= UInt8(ascii: "1") && b[i] <= UInt8(ascii: "9") {
                    increment = Int(b[i] - UInt8(ascii: "0"))
                    advance()
                }
            }
            while isBlank(i) { advance() }
            if i < n && b[i] == UInt8(ascii: "#") { while i < n && breakLength(i) == 0 { advance() } }
            guard i < n else { return }
            guard breakLength(i) > 0 else { return }  // libyaml stops with an error here; the next token is read as usual
            advance()
            var indent = increment > 0 ? (top >= 0 ? top + increment : increment) : 0
            guard breaks(&indent) else { return }
            while column == indent && i < n {
                while i < n && breakLength(i) == 0 { advance() }
                if i < n { advance() }
                guard breaks(&indent) else { return }
            }
        }

        /// libyaml's scan_block_scalar_breaks: the indentation and the empty lines before content.
        mutating func breaks(_ indent: inout Int) -> Bool {
            var maxIndent = 0
            while true {
                while (indent == 0 || column < indent) && i < n && b[i] == 0x20 { advance() }
                maxIndent = max(maxIndent, column)
                if (indent == 0 || column < indent) && i < n && b[i] == 0x09 { return false }
                if breakLength(i) > 0 {
                    advance()
                    continue
                }
                break
            }
            if indent == 0 { indent = max(maxIndent, top + 1, 1) }
            return true
        }
    }
}
