import Foundation

/// What to compare and how strictly.
public struct CompareOptions: Sendable {
    /// Metrics as written on the command line (`NAME[:lower|higher]`); empty for the defaults:
    /// final_val_loss and final_val_accuracy where the sweeps have them, else final_train_loss.
    public var metrics: [String] = []
    /// Relative tolerance: a fraction of |baseline mean|.
    public var rtol: Double = 0.01
    /// Absolute tolerance, in the metric's unit.
    public var atol: Double = 1e-4
    /// Per-metric tolerances, `METRIC=RTOL[,ATOL]` (ATOL defaults to `atol`).
    public var tolerances: [String] = []
    /// When false, a cell of the baseline that the current sweep lacks fails the comparison.
    public var allowMissing = false

    public init() {}
}

/// Compares two sweeps cell by cell.
///
/// Cells are matched by their axis values (never by run_id or row order). The `seed` axis is the
/// repetition axis: runs that differ only in seed are the replicates of one cell, and each side of
/// a cell is summarised by the mean and the sample standard deviation of its replicates. Runs that
/// diverged or failed are left out of the means; the cell's status row covers them.
///
/// The regression rule, for each matched cell and metric:
///
///     mb, mc = the baseline and current means over seeds; sb, sc = their sample standard
///     deviations; nb, nc = their numbers of seeds.
///     worse = mc - mb for a lower-is-better metric, mb - mc for a higher-is-better one.
///     tolerance = atol + rtol * |mb|
///     noise = 2 * sqrt(sb^2/nb + sc^2/nc) when both sides have at least 2 seeds, else 0.
///     WORSE (a regression) when worse > tolerance and worse > noise;
///     better when -worse > tolerance and -worse > noise; ok otherwise.
///     Status: a cell regresses when a larger share of its seeds diverged or failed in the
///     current sweep than in the baseline (ok -> diverged or failed); a smaller share is better.
///
/// Cells present on one side only are listed as "only in baseline" / "only in current". A cell
/// of the baseline missing from the current sweep fails the comparison (unless `allowMissing`);
/// a cell only in the current sweep is listed for information.
public enum SweepComparison {
    /// The rule in the words the help text and the README use.
    public static let ruleText = """
        For each cell (matched by axis values; the seed axis is averaged over) and each metric: \
        mb, mc = baseline and current means over seeds, sb, sc = their sample standard deviations, \
        nb, nc = their seed counts; worse = mc - mb when lower is better, mb - mc when higher is better. \
        A regression (WORSE) is worse > atol + rtol*|mb| AND, when both sides have 2 or more seeds, \
        worse > 2*sqrt(sb^2/nb + sc^2/nc). The mirror image is "better"; anything else is ok. \
        Runs that diverged or failed are left out of the means; a cell whose share of diverged or \
        failed seeds grows (ok -> diverged/failed) is a regression, one whose share shrinks is better. \
        A cell of the baseline missing from the current sweep fails the comparison unless \
        --allow-missing is given; cells only in the current sweep are listed for information.
        """

    public static func compare(baseline: CompareSide, current: CompareSide, options: CompareOptions) throws -> ComparisonReport {
        let seed = CompareSide.seedAxis
        // The experiment's axes, without the repetition axis.
        let keyNames = baseline.axisNames.filter { $0 != seed }
        let currentKeyNames = current.axisNames.filter { $0 != seed }
        guard Set(keyNames) == Set(currentKeyNames) else {
            func list(_ n: [String]) -> String { n.isEmpty ? "none" : n.joined(separator: ", ") }
            throw CompareError(.incompatible, "different experiments: the baseline's axes are \(list(keyNames)), the current's are \(list(currentKeyNames))" +
                               (baseline.axisNames.contains(seed) || current.axisNames.contains(seed) ? " (seed aside)" : ""))
        }
        let bIndex = keyNames.map { baseline.axisNames.firstIndex(of: $0)! }
        let cIndex = keyNames.map { current.axisNames.firstIndex(of: $0)! }

        // Group runs into cells in each side's row order.
        func group(_ side: CompareSide, _ index: [Int]) -> (order: [[String]], runs: [[String]: [CompareSide.Run]]) {
            var order: [[String]] = [], runs: [[String]: [CompareSide.Run]] = [:]
            for r in side.runs {
                let key = index.map { r.axisValues[$0] }
                if runs[key] == nil { order.append(key) }
                runs[key, default: []].append(r)
            }
            return (order, runs)
        }
        let b = group(baseline, bIndex), c = group(current, cIndex)
        let common = b.order.filter { c.runs[$0] != nil }
        guard !baseline.runs.isEmpty else { throw CompareError(.incompatible, "the baseline \(baseline.label) has no runs") }
        guard !current.runs.isEmpty else { throw CompareError(.incompatible, "the current sweep \(current.label) has no runs") }
        guard !common.isEmpty else {
            func show(_ k: [String]) -> String { keyNames.isEmpty ? "(one cell)" : zip(keyNames, k).map { "\($0)=\($1)" }.joined(separator: ", ") }
            throw CompareError(.incompatible, "no cell in common: the baseline has \(b.order.count) cells (such as \(show(b.order[0]))), " +
                               "the current \(c.order.count) (such as \(show(c.order[0])))")
        }

        // Same data, network and loss in every matched cell.
        var notes: [String] = []
        if let bs = baseline.settings, let cs = current.settings {
            for key in common {
                guard let bt = b.runs[key]!.lazy.compactMap({ bs[$0.runID] }).first,
                      let ct = c.runs[key]!.lazy.compactMap({ cs[$0.runID] }).first else { continue }
                let be = ExperimentSettings.extract(bt), ce = ExperimentSettings.extract(ct)
                for k in ExperimentSettings.keys {
                    let x = be[k] ?? ExperimentSettings.absent, y = ce[k] ?? ExperimentSettings.absent
                    guard x != y else { continue }
                    let cell = keyNames.isEmpty ? "" : " (cell " + zip(keyNames, key).map { "\($0)=\($1)" }.joined(separator: ", ") + ")"
                    throw CompareError(.incompatible, "different data, model or loss: \(k) is \(x) in the baseline and \(y) in the current\(cell)")
                }
            }
        } else {
            let which = [baseline.settings == nil ? "baseline" : nil, current.settings == nil ? "current" : nil].compactMap { $0 }
            notes.append("no manifest.json for the \(which.joined(separator: " and ")): data, model and loss not checked, only the axis names")
        }
        let bSeeds = Set(baseline.runs.compactMap { $0.fields["seed"] }), cSeeds = Set(current.runs.compactMap { $0.fields["seed"] })
        if bSeeds != cSeeds {
            func list(_ s: Set<String>) -> String {
                s.sorted { (Int($0) ?? .max, $0) < (Int($1) ?? .max, $1) }.joined(separator: ",")
            }
            notes.append("the sweeps use different seeds (baseline \(list(bSeeds)), current \(list(cSeeds)))")
        }

        // Metrics and tolerances.
        let bothCurves = baseline.epochsProblem == nil && current.epochsProblem == nil
        let curveColumns = bothCurves ? baseline.epochColumns.filter { current.epochColumns.contains($0) } : []
        let anyRunColumns = baseline.fixedColumns + current.fixedColumns.filter { !baseline.fixedColumns.contains($0) }
        var metrics: [CompareMetric] = []
        if options.metrics.isEmpty {
            func present(_ col: String) -> Bool {
                anyRunColumns.contains(col) && (baseline.runs + current.runs).contains { !($0.fields[col] ?? "").isEmpty }
            }
            for col in ["final_val_loss", "final_val_accuracy"] where present(col) {
                metrics.append(CompareMetric(name: col, measure: .column(col), direction: MetricDirection.of(col)!))
            }
            if metrics.isEmpty {
                guard anyRunColumns.contains("final_train_loss") else {
                    throw CompareError(.incompatible, "the sweeps have no final_val_loss, final_val_accuracy or final_train_loss column; name a metric with --metric")
                }
                metrics.append(CompareMetric(name: "final_train_loss", measure: .column("final_train_loss"), direction: .lower))
            }
        } else {
            for text in options.metrics {
                let m = try CompareMetric.parse(text, runColumns: anyRunColumns, curveColumns: curveColumns)
                if m.isCurve && !bothCurves {
                    throw CompareError(.usage, "metric '\(m.name)' needs epochs.csv: " + [baseline.epochsProblem, current.epochsProblem].compactMap { $0 }.joined(separator: "; "))
                }
                if !metrics.contains(where: { $0.name == m.name }) { metrics.append(m) }
            }
        }
        for m in metrics { try checkValues(m, baseline, other: current); try checkValues(m, current, other: baseline) }
        guard options.rtol >= 0, options.atol >= 0, options.rtol.isFinite, options.atol.isFinite else {
            throw CompareError(.usage, "--rtol and --atol must be finite and not negative")
        }
        var tolerance: [String: (rtol: Double, atol: Double)] = [:]
        for m in metrics { tolerance[m.name] = (options.rtol, options.atol) }
        for t in options.tolerances {
            guard let eq = t.lastIndex(of: "=") else {
                throw CompareError(.usage, "--tol '\(t)': write METRIC=RTOL or METRIC=RTOL,ATOL, such as final_val_loss=0.05,0.001")
            }
            let name = String(t[..<eq]).trimmingCharacters(in: .whitespaces)
            let numbers = t[t.index(after: eq)...].split(separator: ",", omittingEmptySubsequences: false)
                .map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(numbers.count), numbers.allSatisfy({ $0 != nil && $0! >= 0 && $0!.isFinite }) else {
                throw CompareError(.usage, "--tol '\(t)': RTOL[,ATOL] must be one or two numbers, not negative")
            }
            guard tolerance[name] != nil else {
                throw CompareError(.usage, "--tol '\(t)': '\(name)' is not a compared metric; the compared metrics are " + metrics.map(\.name).joined(separator: ", "))
            }
            tolerance[name] = (numbers[0]!, numbers.count == 2 ? numbers[1]! : options.atol)
        }

        // The comparison, cell by cell.
        var rows: [ComparisonReport.Row] = []
        var cells: [ComparisonReport.CellResult] = []
        func curves(_ side: CompareSide, _ run: CompareSide.Run) -> [CompareSide.EpochPoint]? { side.curves[run.runID] }
        for key in b.order {
            guard let cr = c.runs[key] else {
                rows.append(.init(kind: .onlyInBaseline, cell: key, metric: "", direction: nil, baseline: nil, current: nil,
                                  baselineText: statusText(b.runs[key]!), currentText: "-", delta: nil, tolerance: nil, noise: nil,
                                  verdict: .missing, note: options.allowMissing ? "only in baseline (allowed by --allow-missing)"
                                      : "missing from the current sweep (fails; --allow-missing accepts it)"))
                cells.append(.init(cell: key, verdict: .missing, baselineRuns: b.runs[key]!.map(\.runID), currentRuns: []))
                continue
            }
            let br = b.runs[key]!
            var verdicts: [ComparisonReport.Verdict] = []
            // Status: the share of seeds that did not end ok.
            let bBad = br.filter { $0.status != "ok" }.count, cBad = cr.filter { $0.status != "ok" }.count
            if bBad > 0 || cBad > 0 {
                let fb = Double(bBad) / Double(br.count), fc = Double(cBad) / Double(cr.count)
                let v: ComparisonReport.Verdict = fc > fb ? .worse : (fc < fb ? .better : .ok)
                verdicts.append(v)
                rows.append(.init(kind: .status, cell: key, metric: "status", direction: nil, baseline: nil, current: nil,
                                  baselineText: statusText(br), currentText: statusText(cr), delta: nil, tolerance: nil, noise: nil,
                                  verdict: v, note: v == .worse ? "status changed for the worse" : (v == .better ? "status recovered" : "")))
            }
            for m in metrics {
                let bs = stats(m, br, baseline), cs = stats(m, cr, current)
                let tol = tolerance[m.name]!
                let row = judge(m, key: key, bs, cs, rtol: tol.rtol, atol: tol.atol)
                verdicts.append(row.verdict)
                rows.append(row)
            }
            let verdict: ComparisonReport.Verdict = verdicts.contains(.worse) ? .worse : (verdicts.contains(.better) ? .better : .ok)
            cells.append(.init(cell: key, verdict: verdict, baselineRuns: br.map(\.runID), currentRuns: cr.map(\.runID)))
        }
        for key in c.order where b.runs[key] == nil {
            rows.append(.init(kind: .onlyInCurrent, cell: key, metric: "", direction: nil, baseline: nil, current: nil,
                              baselineText: "-", currentText: statusText(c.runs[key]!), delta: nil, tolerance: nil, noise: nil,
                              verdict: .missing, note: "only in current (for information)"))
            cells.append(.init(cell: key, verdict: .missing, baselineRuns: [], currentRuns: c.runs[key]!.map(\.runID)))
        }
        let seeds = baseline.axisNames.contains(seed) || current.axisNames.contains(seed)
        return ComparisonReport(baselineLabel: baseline.label, currentLabel: current.label, axisNames: keyNames,
                                metrics: metrics.map { .init(name: $0.name, direction: $0.direction, rtol: tolerance[$0.name]!.rtol, atol: tolerance[$0.name]!.atol) },
                                rtol: options.rtol, atol: options.atol, rows: rows, cells: cells, seedsAggregated: seeds, notes: notes,
                                allowMissing: options.allowMissing)
    }

    /// A compared column must be in both runs.csv files, and every run that ended ok must hold a
    /// finite number in it (or nothing, when it has no such value).
    static func checkValues(_ m: CompareMetric, _ side: CompareSide, other: CompareSide) throws {
        guard case .column(let column) = m.measure else { return }
        let source = "\(side.role) \(side.runsURL.path)"
        guard side.fixedColumns.contains(column) else {
            throw CompareError(.unreadable, "\(source): no column '\(column)', which the \(other.role) has and which is compared")
        }
        for run in side.runs where run.status == "ok" {
            let text = run.fields[column] ?? ""
            guard !text.isEmpty else { continue }
            guard let v = Double(text), v.isFinite else {
                throw CompareError(.unreadable, "\(source): row \(run.row), column '\(column)': '\(text)' is not a finite number, yet the run's status is ok")
            }
        }
    }

    static func statusText(_ runs: [CompareSide.Run]) -> String {
        if runs.count == 1 {
            let r = runs[0]
            if r.status == "diverged", let e = r.fields["diverged_epoch"], !e.isEmpty { return "diverged (epoch \(e))" }
            return r.status
        }
        var counts: [(String, Int)] = []
        for r in runs {
            if let i = counts.firstIndex(where: { $0.0 == r.status }) { counts[i].1 += 1 } else { counts.append((r.status, 1)) }
        }
        counts.sort { ($0.0 == "ok" ? 0 : 1, $0.0) < ($1.0 == "ok" ? 0 : 1, $1.0) }
        return counts.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
    }

    /// Mean and sample standard deviation of a metric over a cell's runs that ended ok.
    static func stats(_ m: CompareMetric, _ runs: [CompareSide.Run], _ side: CompareSide) -> ComparisonReport.Stats {
        let values = runs.filter { $0.status == "ok" }.compactMap { m.value($0, curve: side.curves[$0.runID]) }
        return ComparisonReport.Stats(values: values)
    }

    static func judge(_ m: CompareMetric, key: [String], _ b: ComparisonReport.Stats, _ c: ComparisonReport.Stats,
                      rtol: Double, atol: Double) -> ComparisonReport.Row {
        func row(_ delta: Double?, _ tol: Double?, _ noise: Double?, _ v: ComparisonReport.Verdict, _ note: String) -> ComparisonReport.Row {
            .init(kind: .metric, cell: key, metric: m.name, direction: m.direction, baseline: b, current: c, baselineText: "", currentText: "",
                  delta: delta, tolerance: tol, noise: noise, verdict: v, note: note)
        }
        guard let mb = b.mean, let mc = c.mean else {
            let note = b.mean == nil && c.mean == nil ? "no value on either side" : (b.mean == nil ? "no value in the baseline" : "no value in the current")
            return row(nil, nil, nil, .na, note)
        }
        let delta = mb == mc ? 0 : mc - mb
        let worse = m.direction == .lower ? delta : -delta
        let tol = mb.isFinite ? atol + rtol * abs(mb) : atol
        var noise = 0.0
        if b.n >= 2, c.n >= 2, let sb = b.std, let sc = c.std { noise = 2 * (sb * sb / Double(b.n) + sc * sc / Double(c.n)).squareRoot() }
        let hasNoise = b.n >= 2 && c.n >= 2
        if worse > tol && worse > noise { return row(delta, tol, hasNoise ? noise : nil, .worse, "") }
        if -worse > tol && -worse > noise { return row(delta, tol, hasNoise ? noise : nil, .better, "") }
        let note = abs(worse) > tol ? "within seed noise" : ""
        return row(delta, tol, hasNoise ? noise : nil, .ok, note)
    }
}

/// The outcome of a comparison: one row per cell and metric (and a status row for cells where a
/// seed diverged or failed), one per cell present on one side only.
public struct ComparisonReport: Sendable {
    public enum Verdict: String, Sendable, Equatable {
        case ok, better, worse = "WORSE", missing, na = "n/a"
    }

    /// One side of a cell for one metric.
    public struct Stats: Sendable, Equatable {
        public let values: [Double]
        public var n: Int { values.count }
        /// nil without values; infinite when a value is (epochs_to that never met its target).
        public var mean: Double? {
            guard !values.isEmpty else { return nil }
            if let inf = values.first(where: { $0.isInfinite }) { return inf }
            return values.reduce(0, +) / Double(values.count)
        }
        /// Sample standard deviation (n - 1); nil for fewer than two values or an infinite one.
        public var std: Double? {
            guard values.count >= 2, let m = mean, m.isFinite else { return nil }
            return (values.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(values.count - 1)).squareRoot()
        }
        public init(values: [Double]) { self.values = values }
    }

    public struct Row: Sendable {
        public enum Kind: String, Sendable { case metric, status, onlyInBaseline = "only_in_baseline", onlyInCurrent = "only_in_current" }
        public let kind: Kind
        /// The cell's axis values, in the order of `axisNames`.
        public let cell: [String]
        /// The metric's name, "status" for a status row, empty for a cell on one side only.
        public let metric: String
        public let direction: MetricDirection?
        public let baseline: Stats?
        public let current: Stats?
        /// For status rows and one-sided cells: the statuses.
        public let baselineText: String
        public let currentText: String
        /// current mean - baseline mean.
        public let delta: Double?
        /// atol + rtol * |baseline mean|.
        public let tolerance: Double?
        /// 2 * sqrt(sb^2/nb + sc^2/nc); nil unless both sides have two or more seeds.
        public let noise: Double?
        public let verdict: Verdict
        public let note: String
    }

    public struct CellResult: Sendable {
        public let cell: [String]
        /// WORSE when any row of the cell is, better when any is and none is WORSE, missing for
        /// a cell on one side only, ok otherwise.
        public let verdict: Verdict
        public let baselineRuns: [String]
        public let currentRuns: [String]
    }

    public struct MetricInfo: Sendable, Equatable {
        public let name: String
        public let direction: MetricDirection
        public let rtol: Double
        public let atol: Double
    }

    public let baselineLabel: String
    public let currentLabel: String
    /// The axes cells are matched on (the seed axis left out).
    public let axisNames: [String]
    public let metrics: [MetricInfo]
    /// The tolerances of metrics without their own `--tol`.
    public let rtol: Double
    public let atol: Double
    public let rows: [Row]
    public let cells: [CellResult]
    public let seedsAggregated: Bool
    public let notes: [String]
    /// Whether cells of the baseline missing from the current sweep are accepted.
    public let allowMissing: Bool

    public var regressedCells: [CellResult] { cells.filter { $0.verdict == .worse } }
    public var improvedCells: [CellResult] { cells.filter { $0.verdict == .better } }
    public var onlyInBaseline: Int { rows.filter { $0.kind == .onlyInBaseline }.count }
    /// The baseline's cells that the current sweep lacks.
    public var missingCells: [[String]] { rows.filter { $0.kind == .onlyInBaseline }.map(\.cell) }
    public var onlyInCurrent: Int { rows.filter { $0.kind == .onlyInCurrent }.count }
    public var cellsInCommon: Int { cells.filter { $0.verdict != .missing }.count }

    /// 0 when nothing regressed, 1 when at least one cell did or (without `allowMissing`) a cell of
    /// the baseline is missing from the current sweep.
    public var exitStatus: Int32 { regressedCells.isEmpty && (allowMissing || missingCells.isEmpty) ? 0 : 1 }

    /// The rows `--only-changed` keeps: everything but ok rows and rows with no value on either side.
    public var changedRows: [Row] {
        rows.filter { $0.verdict != .ok && !($0.verdict == .na && $0.baseline?.mean == nil && $0.current?.mean == nil) }
    }
}
