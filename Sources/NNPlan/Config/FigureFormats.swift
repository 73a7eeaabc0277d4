import Foundation
import Yams

/// The image formats a sweep's figures are drawn in: the run file's
/// `figures: {formats: [svg, png]}`, kept in manifest.json so that `nnsweep plot` and `collect`
/// draw the same formats as the run did.
///
/// Without it the figures are SVG only: vector images that report.html shows (with the values
/// under the mouse) and that go into a paper as they are. PNG, for slides and pages that take no
/// SVG, costs about twice the drawing time of SVG, so it is asked for. `--format` on `run`,
/// `plot` and `collect` overrides the file.
public enum FigureFormats {
    /// Every format, in the order the files are drawn.
    public static let allowed = ["svg", "png"]
    /// The formats of a file without `figures:`.
    public static let `default` = ["svg"]

    /// The run file's `figures:` value: the formats, in `allowed`'s order.
    static func parse(_ node: Node) throws -> [String] {
        guard case .mapping(let m) = node else {
            throw ConfigError(
                "figures must be a map such as {formats: [svg, png]}, got \(node.kindName)", line: node.line)
        }
        var formats: [String]?
        for (k, v) in m {
            guard k.scalar?.string == "formats" else {
                throw ConfigError(
                    "figures has no key '\(quoted(k.scalar?.string ?? k.kindName))'; allowed: formats",
                    line: k.line)
            }
            guard formats == nil else { throw ConfigError("figures.formats is given twice", line: k.line) }
            let items: [Node]
            switch v {
            case .sequence(let s): items = Array(s)
            case .scalar: items = [v]
            default:
                throw ConfigError(
                    "figures.formats must be a list such as [svg, png], got \(v.kindName)", line: v.line)
            }
            guard !items.isEmpty else {
                throw ConfigError(
                    "figures.formats is empty; give svg, png or both (--no-plots draws no figures)", line: v.line)
            }
            var seen: [String] = []
            for item in items {
                guard let s = item.scalar?.string, allowed.contains(s) else {
                    throw ConfigError(
                        "figures.formats has '\(quoted(item.scalar?.string ?? item.kindName))'; allowed: svg, png",
                        line: item.line)
                }
                guard !seen.contains(s) else {
                    throw ConfigError("figures.formats lists \(s) twice", line: item.line)
                }
                seen.append(s)
            }
            formats = allowed.filter(seen.contains)
        }
        guard let formats else {
            throw ConfigError("figures needs formats, such as figures: {formats: [svg, png]}", line: node.line)
        }
        return formats
    }

    /// The formats a run file's text sets; nil when it sets none (then `default`).
    public static func of(runFileText text: String) -> [String]? {
        // Most files set none: skip composing the YAML (and the Unicode tables it loads).
        guard text.contains("figures") else { return nil }
        guard let root = try? Yams.compose(yaml: text), case .mapping(let top) = root,
            let node = top.first(where: { $0.key.scalar?.string == "figures" })?.value
        else { return nil }
        return try? parse(node)
    }
}
