import ArgumentParser
import Foundation
import NNCluster
import NNCompare
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two sweeps cell by cell and report regressions.",
        discussion: """
            BASELINE and CURRENT are results folders of nnsweep run (or their runs.csv). Cells are matched by \
            their axis values; the seed axis is the repetition axis and is averaged over.

            Regression rule: \(SweepComparison.ruleText)

            Default metrics: final_val_loss and final_val_accuracy when the sweeps have them, else \
            final_train_loss. --metric takes any numeric column of runs.csv or a curve measure from \
            epochs.csv: best:CURVE (best value over the epochs), auc:CURVE (area under the curve with one \
            unit per epoch, i.e. the mean over the epochs), epochs_to:CURVE>=X (first epoch meeting the \
            target; never = worse than any epoch). The direction comes from the name (loss, mae, rmse, seconds \
            lower, accuracy higher) unless NAME:lower or NAME:higher says otherwise.

            Equivalence: a row that is neither WORSE nor better is 'equivalent' when the difference is \
            shown to lie within ±M (two one-sided t-tests, Holm-corrected over the rows with a margin, at --alpha), \
            'inconclusive' otherwise; 'detectable' is the smallest difference a one-sided test at --alpha finds \
            with 80% power. M is --margin, else the default: 0.01 for accuracies, 5% of the cell's baseline mean \
            for every other metric. --require-equivalence fails unless every row is equivalent.

            Exit status: 0 nothing regressed; 1 at least one regression, or a cell of the baseline missing \
            from the current sweep (unless --allow-missing); 2 the sweeps cannot be compared (unreadable \
            input: a missing metric column, a metric that is not a number in a run whose status is ok, or \
            empty where the other runs of its cell that ended ok hold it, the same run twice; a metric no \
            run that ended ok holds; no cell in common, different axes, different data, model or loss), with the \
            reason on stderr.
            """)

    @Argument(help: "The baseline sweep: a results folder or its runs.csv.") var baseline: String
    @Argument(help: "The current sweep: a results folder or its runs.csv.") var current: String
    @Option(
        name: .customLong("metric"),
        help: ArgumentHelp("A metric to compare, NAME[:lower|higher] (repeatable).", valueName: "name"))
    var metrics: [String] = []
    @Option(help: "Relative tolerance, a fraction of |baseline mean|.") var rtol: Double = 0.01
    @Option(help: "Absolute tolerance, in the metric's unit.") var atol: Double = 1e-4
    @Option(
        name: .customLong("tol"),
        help: ArgumentHelp(
            "Tolerance of one metric, METRIC=RTOL[,ATOL] with RTOL and ATOL numbers not negative (repeatable; ATOL defaults to --atol).",
            valueName: "metric=rtol[,atol]"))
    var tolerances: [MetricTolerance] = []
    @Option(
        help:
            "Family-wise significance level of the t-tests (Holm's correction over all cell-metric tests), between 0 and 1."
    )
    var alpha: Double = 0.05
    @Option(
        name: .customLong("margin"),
        help: ArgumentHelp(
            "Equivalence margin, M for every metric or METRIC=M for one, in the metric's unit (repeatable; default 0.01 for accuracies, 5% of the cell's baseline mean otherwise): a row neither worse nor better is 'equivalent' (two one-sided tests against ±M, Holm-corrected) or 'inconclusive'.",
            valueName: "[metric=]m"))
    var margins: [MetricMargin] = []
    @Option(
        name: .customLong("outlier-k"),
        help: ArgumentHelp(
            "A collapsed run fails on its own: a current value worse than every baseline seed of its cell by more than K x the baseline's standard deviation (at least the floor); 0 turns the rule off.",
            valueName: "k"))
    var outlierK: Double = RegressionJudge.defaultOutlierK
    @Flag(
        name: .customLong("require-equivalence"),
        help: "Exit 1 unless every compared row is shown equivalent within its margin (not only free of regressions)."
    )
    var requireEquivalence = false
    @Flag(
        name: .customLong("across-engines"),
        help:
            "The sweeps ran on different engines (the built-in one and a program): match cells by axis values alone, skip the data/model/loss check, and never pair seeds (Welch's test)."
    )
    var acrossEngines = false
    @Option(help: "Output: table, markdown, csv or json.") var format: CompareFormat = .table
    @Flag(name: .customLong("only-changed"), help: "Show only rows whose verdict is not ok.") var onlyChanged = false
    @Flag(
        name: .customLong("allow-missing"),
        help: "Accept cells of the baseline that the current sweep lacks (they still are listed).")
    var allowMissing = false
    @Option(
        help: ArgumentHelp(
            "Write compare.gp and compare.dat (and compare.png when gnuplot is installed) into this folder: baseline and current curves of the regressed cells.",
            valueName: "dir"))
    var plot: String?
    @Option(
        help: ArgumentHelp(
            "Write the comparison as a page, DIR/report.html, with its figures (DIR must be new, empty, or written by an earlier --report).",
            valueName: "dir"))
    var report: String?

    var options: CompareOptions {
        var options = CompareOptions()
        options.metrics = metrics
        options.rtol = rtol
        options.atol = atol
        options.tolerances = tolerances
        options.alpha = alpha
        options.allowMissing = allowMissing
        options.margins = margins
        options.outlierK = outlierK
        options.requireEquivalence = requireEquivalence
        options.acrossEngines = acrossEngines
        return options
    }

    func validate() throws {
        if let problem = options.problem { throw ValidationError(problem) }
    }

    func run() throws {
        let options = self.options
        if let dir = self.report, let problem = CompareReportPage.problem(with: URL(fileURLWithPath: dir)) {
            fail(problem)
        }
        if let dir = plot, let problem = CompareFigures.problem(with: URL(fileURLWithPath: dir)) { fail(problem) }
        let report: CompareReport
        let base: CompareSide
        let cur: CompareSide
        do {
            base = try CompareSide.load(baseline, role: "baseline")
            cur = try CompareSide.load(current, role: "current")
            report = try SweepComparison.compare(baseline: base, current: cur, options: options)
        } catch let e as CompareError {
            fail(e.kind == .usage ? e.description : "cannot compare: \(e.description)")
        }
        print(report.render(format, onlyChanged: onlyChanged))
        if let dir = plot {
            installInterruptHandlers(message: "interrupted")
            do {
                let outcome = try CompareFigures.write(
                    report: report, baseline: base, current: cur, to: URL(fileURLWithPath: dir))
                for w in outcome.warnings { stderrLine("nnsweep: " + w) }
                if let png = outcome.figure { stderrLine("figure: \(png.path)") }
            } catch let e as FileWriteError {
                // Not a verdict on the sweeps, but a gate must not pass when its output is lost.
                fail("\(e)", code: 1)
            } catch {
                stderrLine("nnsweep: warning: \(error)")
            }
        }
        if let dir = self.report {
            installInterruptHandlers(message: "interrupted")
            do {
                let outcome = try CompareReportPage.write(
                    report: report, baseline: base, current: cur, to: URL(fileURLWithPath: dir))
                for w in outcome.warnings { stderrLine("nnsweep: " + w) }
                stderrLine("report: \(outcome.page.path)")
            } catch let e as FileWriteError {
                fail("\(e)", code: 1)
            } catch {
                stderrLine("nnsweep: warning: \(error)")
            }
        }
        if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
    }
}

extension CompareFormat: ExpressibleByArgument {}

/// `--margin M` or `--margin METRIC=M`, M a positive number (the last `=` separates them).
extension MetricMargin: ExpressibleByArgument {
    public init?(argument: String) {
        let name: String?
        let number: Substring
        if let eq = argument.lastIndex(of: "=") {
            name = argument[..<eq].trimmingCharacters(in: .whitespaces)
            number = argument[argument.index(after: eq)...]
        } else {
            name = nil
            number = Substring(argument)
        }
        guard let m = Double(number.trimmingCharacters(in: .whitespaces)), m.isFinite, m > 0, name?.isEmpty != true
        else { return nil }
        self.init(metric: name, margin: m)
    }
}

/// `--tol METRIC=RTOL[,ATOL]`: the metric's name, then one or two numbers, not negative (the
/// last `=` separates them, so a metric such as `epochs_to:val_accuracy>=0.9` keeps its own).
extension MetricTolerance: ExpressibleByArgument {
    public init?(argument: String) {
        guard let eq = argument.lastIndex(of: "=") else { return nil }
        let name = argument[..<eq].trimmingCharacters(in: .whitespaces)
        let numbers = argument[argument.index(after: eq)...].split(separator: ",", omittingEmptySubsequences: false)
            .map { Double($0.trimmingCharacters(in: .whitespaces)) }
        let values = numbers.compactMap { $0 }
        guard !name.isEmpty, (1...2).contains(numbers.count), values.count == numbers.count,
            values.allSatisfy({ $0.isFinite && $0 >= 0 })
        else { return nil }
        self.init(metric: name, rtol: values[0], atol: values.count == 2 ? values[1] : nil)
    }
}
