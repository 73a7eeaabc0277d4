import Foundation
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// The output formats of `nnsweep compare`.
public enum CompareFormat: String, CaseIterable, Sendable {
    case table, markdown, csv, json
}

extension CompareReport {
    /// The report in `format`; `onlyChanged` drops the rows whose verdict is ok.
    public func render(_ format: CompareFormat, onlyChanged: Bool = false) -> String {
        let shown = onlyChanged ? changedRows : rows
        switch format {
        case .table: return renderTable(shown, onlyChanged: onlyChanged)
        case .markdown: return renderMarkdown(shown, onlyChanged: onlyChanged)
        case .csv: return renderCSV(shown)
        case .json: return renderJSON(shown, onlyChanged: onlyChanged)
        }
    }

    /// The lines under the table: metrics and tolerances, counts, notes.
    public var summaryLines: [String] {
        var lines: [String] = []
        let ms = metrics.map { m in
            "\(m.name) (\(m.direction.rawValue) is better"
                + (m.rtol != rtol || m.atol != atol ? ", rtol \(num(m.rtol)), atol \(num(m.atol))" : "") + ")"
        }
        lines.append(
            "metrics: " + ms.joined(separator: ", ")
                + "; floor atol + rtol*|baseline mean| with rtol \(num(rtol)), atol \(num(atol))")
        lines.append(rule.summary)
        let regressed = regressedCells.count
        let improved = improvedCells.count
        let equivalent = equivalentCells.count
        let inconclusive = inconclusiveCells.count
        let rest = cellsInCommon - regressed - improved - equivalent - inconclusive
        var counts =
            "\(cellsInCommon) cell\(cellsInCommon == 1 ? "" : "s") in common: \(regressed) regressed, \(improved) improved, "
            + (!judgesEquivalence
                ? "\(rest) ok"
                : "\(equivalent) equivalent, \(inconclusive) inconclusive" + (rest > 0 ? ", \(rest) ok" : ""))
        counts += "; \(onlyInBaseline) only in baseline, \(onlyInCurrent) only in current"
        if onlyInCurrent > 0 { counts += " (cells only in current are listed for information)" }
        lines.append(counts)
        let missing = missingCells
        if !missing.isEmpty {
            let shown =
                missing.prefix(10).map(cellText).joined(separator: "; ")
                + (missing.count > 10 ? "; and \(missing.count - 10) more" : "")
            lines.append(
                "missing from the current: \(shown)"
                    + (allowMissing
                        ? " (accepted: --allow-missing)"
                        : " (fails the comparison; --allow-missing accepts missing cells)"))
        }
        if judgesEquivalence {
            let m = metrics.map { i in
                margins[i.name].map { "\(i.name) ±\(num($0))" }
                    ?? "\(i.name) \(VerdictMargins.defaultText(metric: i.name, reference: "each cell's baseline mean")) (default)"
            }
            lines.append("equivalence margins: " + m.joined(separator: ", "))
        }
        for n in notes { lines.append("note: " + n) }
        var failures: [String] = []
        if regressed > 0 { failures.append("REGRESSION in \(regressed) cell\(regressed == 1 ? "" : "s")") }
        if !missing.isEmpty && !allowMissing {
            failures.append(
                "\(missing.count) cell\(missing.count == 1 ? "" : "s") of the baseline MISSING from the current")
        }
        let notEq = notEquivalent
        if !notEq.isEmpty {
            failures.append(
                "\(notEq.count) row\(notEq.count == 1 ? "" : "s") NOT SHOWN EQUIVALENT (--require-equivalence)")
        }
        if failures.isEmpty {
            lines.append(
                requireEquivalence
                    ? "result: every compared row equivalent within its margin" : "result: no regression")
        } else {
            lines.append("result: " + failures.joined(separator: "; "))
        }
        return lines
    }

    /// `a=a1, b=b2`, or "the only cell" for a sweep without axes.
    func cellText(_ cell: [String]) -> String {
        axisNames.isEmpty ? "the only cell" : zip(axisNames, cell).map { "\($0)=\($1)" }.joined(separator: ", ")
    }

    // MARK: cells of the table

    package func header() -> [String] {
        axisNames + ["metric", "baseline", "current", "delta", "p"]
            + (judgesEquivalence ? ["p equiv", "detectable"] : []) + ["verdict", "note"]
    }

    package func displayCells(_ r: Row) -> [String] {
        let never = r.metric.hasPrefix("epochs_to:")
        func side(_ s: Stats?, _ text: String) -> String {
            guard r.kind == .metric else { return text }
            guard let s, let m = s.mean else { return "-" }
            var out = fmt(m, never: never)
            if seedsAggregated {
                if let sd = s.std { out += " ±" + (sd == 0 ? "0" : String(format: "%.2g", sd)) }
                out += " n=\(s.n)"
            }
            return out
        }
        var delta = "-"
        if let d = r.delta {
            delta = d.isInfinite ? (d > 0 ? "+inf" : "-inf") : signed(d)
            if let mb = r.baseline?.mean, mb.isFinite, mb != 0, d.isFinite, d != 0 {
                delta += " (" + String(format: "%+.1f%%", 100 * d / abs(mb)) + ")"
            }
        }
        var p = "-"
        if let s = r.test, let d = r.delta, let direction = r.direction {
            p = pValue(s.adjustedP(towardWorse: (direction == .lower ? d : -d) >= 0))
        }
        let metric = r.kind == .metric || r.kind == .status ? r.metric : "-"
        let equivalence =
            !judgesEquivalence
            ? [] : [r.equivalenceAdjustedP.map(pValue) ?? "-", r.detectable.map { String(format: "%.3g", $0) } ?? "-"]
        return r.cell + [metric, side(r.baseline, r.baselineText), side(r.current, r.currentText), delta, p]
            + equivalence + [r.verdict.rawValue, r.note]
    }

    func renderTable(_ shown: [Row], onlyChanged: Bool) -> String {
        var out: [String] = []
        if shown.isEmpty {
            out.append(onlyChanged ? "no changed cells" : "no rows")
        } else {
            var table = [header()] + shown.map(displayCells)
            // The note column only when some row has a note.
            if shown.allSatisfy({ $0.note.isEmpty }) { table = table.map { Array($0.dropLast()) } }
            let widths = (0..<table[0].count).map { c in table.map { $0[c].count }.max() ?? 0 }
            for (i, line) in table.enumerated() {
                let text = zip(line, widths).enumerated().map { j, p in
                    j == line.count - 1 ? p.0 : p.0.padding(toLength: p.1, withPad: " ", startingAt: 0)
                }.joined(separator: "  ")
                out.append(text.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
                if i == 0 { out.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
            }
        }
        out.append("")
        out.append(contentsOf: summaryLines)
        return out.joined(separator: "\n")
    }

    func renderMarkdown(_ shown: [Row], onlyChanged: Bool) -> String {
        func cell(_ s: String) -> String {
            s.isEmpty
                ? " "
                : s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                    .replacingOccurrences(of: "\n", with: " ")
        }
        var out = ["**nnsweep compare**: `\(baselineLabel)` (baseline) vs `\(currentLabel)` (current)", ""]
        if shown.isEmpty {
            out.append(onlyChanged ? "No changed cells." : "No rows.")
        } else {
            let noNotes = shown.allSatisfy { $0.note.isEmpty }
            let h = noNotes ? Array(header().dropLast()) : header()
            out.append("| " + h.map(cell).joined(separator: " | ") + " |")
            out.append(
                "|"
                    + h.enumerated().map { i, _ in
                        i >= axisNames.count + 1 && i <= axisNames.count + 4 ? " ---: |" : " --- |"
                    }.joined())
            for r in shown {
                var cells = displayCells(r)
                if r.verdict == .worse { cells[h.count - (noNotes ? 1 : 2)] = "**WORSE**" }
                if r.kind == .onlyInBaseline && !allowMissing { cells[h.count - (noNotes ? 1 : 2)] = "**missing**" }
                if noNotes { cells.removeLast() }
                out.append("| " + cells.map(cell).joined(separator: " | ") + " |")
            }
        }
        out.append("")
        for l in summaryLines { out.append(cell(l) + "  ") }
        return out.joined(separator: "\n")
    }

    static let csvColumns = [
        "metric", "direction", "baseline_mean", "baseline_std", "baseline_n", "current_mean", "current_std",
        "current_n",
        "delta", "tolerance", "test", "df", "p_worse", "p_worse_holm", "p_better", "p_better_holm", "verdict",
        "baseline_status", "current_status", "note"
    ]
    /// With margins, after `note`.
    static let equivalenceColumns = ["margin", "p_equivalent", "p_equivalent_holm", "detectable"]

    func renderCSV(_ shown: [Row]) -> String {
        let eq = judgesEquivalence
        var lines = [
            (axisNames + Self.csvColumns + (eq ? Self.equivalenceColumns : [])).map(CSVWriter.escape).joined(
                separator: ",")
        ]
        for r in shown {
            let m = r.kind == .metric
            let fields: [String] =
                r.cell + [
                    r.metric, r.direction?.rawValue ?? "",
                    csvNumber(r.baseline?.mean), csvNumber(r.baseline?.std), m ? "\(r.baseline?.n ?? 0)" : "",
                    csvNumber(r.current?.mean), csvNumber(r.current?.std), m ? "\(r.current?.n ?? 0)" : "",
                    csvNumber(r.delta), csvNumber(r.tolerance), r.test?.test.kind.rawValue ?? "",
                    csvNumber(r.test?.test.df),
                    csvNumber(r.test?.pWorse), csvNumber(r.test?.pWorseAdjusted), csvNumber(r.test?.pBetter),
                    csvNumber(r.test?.pBetterAdjusted),
                    r.verdict.rawValue,
                    m ? "" : r.baselineText, m ? "" : r.currentText, r.note
                ]
                + (eq
                    ? [
                        csvNumber(r.equivalence?.margin ?? (m ? margins[r.metric] : nil)), csvNumber(r.equivalence?.p),
                        csvNumber(r.equivalenceAdjustedP), csvNumber(r.detectable)
                    ] : [])
            lines.append(fields.map(CSVWriter.escape).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    func renderJSON(_ shown: [Row], onlyChanged: Bool) -> String {
        func number(_ v: Double?) -> Any {
            guard let v else { return NSNull() }
            if v.isNaN { return "nan" }
            if v.isInfinite { return v > 0 ? "inf" : "-inf" }
            return v
        }
        func stats(_ s: Stats?, _ text: String, _ kind: Row.Kind) -> Any {
            if kind != .metric { return text == "-" ? NSNull() : ["status": text] as [String: Any] }
            guard let s else { return NSNull() }
            return ["mean": number(s.mean), "std": number(s.std), "n": s.n, "values": s.values.map { number($0) }]
                as [String: Any]
        }
        func test(_ s: SignificanceTest?) -> Any {
            guard let s else { return NSNull() }
            let ci = s.test.interval(level: 0.95)
            return [
                "kind": s.test.kind.rawValue, "df": number(s.test.df), "t": number(s.test.statistic),
                "p_worse": number(s.pWorse), "p_worse_holm": number(s.pWorseAdjusted),
                "p_better": number(s.pBetter), "p_better_holm": number(s.pBetterAdjusted),
                "delta_ci95": [number(ci.lower), number(ci.upper)]
            ] as [String: Any]
        }
        let rowObjects: [[String: Any]] = shown.map { r in
            [
                "kind": r.kind.rawValue,
                "cell": Dictionary(uniqueKeysWithValues: zip(axisNames, r.cell)),
                "metric": r.metric,
                "direction": r.direction?.rawValue ?? NSNull(),
                "baseline": stats(r.baseline, r.baselineText, r.kind),
                "current": stats(r.current, r.currentText, r.kind),
                "delta": number(r.delta),
                "tolerance": number(r.tolerance),
                "test": test(r.test),
                "verdict": r.verdict.rawValue,
                "note": r.note,
                "equivalence": r.equivalence.map { e in
                    [
                        "margin": e.margin, "p_lower": number(e.pLower), "p_upper": number(e.pUpper),
                        "p": number(e.p), "p_holm": number(r.equivalenceAdjustedP)
                    ] as [String: Any]
                } ?? NSNull(),
                "detectable": number(r.detectable)
            ]
        }
        let object: [String: Any] = [
            "baseline": baselineLabel,
            "current": currentLabel,
            "axes": axisNames,
            "seeds_aggregated": seedsAggregated,
            "metrics": metrics.map {
                ["name": $0.name, "direction": $0.direction.rawValue, "rtol": $0.rtol, "atol": $0.atol] as [String: Any]
            },
            "rule": SweepComparison.ruleText,
            "rule_applied": [
                "alpha": rule.alpha, "correction": "holm", "tests": rule.tests, "paired": rule.paired,
                "welch": rule.welch,
                "floor_only_one_seed": rule.oneSeed, "floor_only_infinite": rule.infinite
            ] as [String: Any],
            "only_changed": onlyChanged,
            "rtol": rtol,
            "atol": atol,
            "rows": rowObjects,
            "summary": [
                "cells_in_common": cellsInCommon,
                "regressed": regressedCells.count,
                "improved": improvedCells.count,
                "equivalent": equivalentCells.count,
                "inconclusive": inconclusiveCells.count,
                "margins": margins,
                "default_margins": defaultMargins,
                "require_equivalence": requireEquivalence,
                "only_in_baseline": onlyInBaseline,
                "only_in_current": onlyInCurrent,
                "missing_cells": missingCells.map { Dictionary(uniqueKeysWithValues: zip(axisNames, $0)) },
                "allow_missing": allowMissing,
                "regressed_cells": regressedCells.map { Dictionary(uniqueKeysWithValues: zip(axisNames, $0.cell)) }
            ] as [String: Any],
            "notes": notes,
            "exit_status": Int(exitStatus)
        ]
        let data =
            (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: numbers

    func fmt(_ v: Double, never: Bool) -> String {
        if v.isInfinite { return never && v > 0 ? "never" : (v > 0 ? "inf" : "-inf") }
        if v.isNaN { return "nan" }
        if v == v.rounded(), abs(v) < 1e9 { return String(format: "%.0f", v) }
        return String(format: "%.5g", v)
    }

    func signed(_ v: Double) -> String {
        if v == 0 { return "0" }
        if v == v.rounded(), abs(v) < 1e9 { return String(format: "%+.0f", v) }
        return String(format: "%+.3g", v)
    }

    func num(_ v: Double) -> String { "\(v)" }

    /// A p-value with two significant digits ("<1e-99" below that).
    func pValue(_ p: Double) -> String {
        if p.isNaN { return "nan" }
        if p < 1e-99 { return "<1e-99" }
        return String(format: "%.2g", p)
    }
}
