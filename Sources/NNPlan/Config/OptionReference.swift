import NNData
import NNEngine

/// The option reference (`docs/options.md`, `nnsweep options`): every optimizer, scheduler,
/// initializer, loss and activation with PyTorch's name, its options, their defaults and the
/// values they accept, written from the declarations themselves so that it cannot drift from
/// what the parser accepts.
public enum OptionReference {
    public static func markdown() -> String {
        var out = [
            "# Options",
            "",
            "Every optimizer, scheduler, initializer, loss and activation nnsweep knows, with PyTorch's name,",
            "its options in PyTorch's order, their defaults and the values they accept. This page is",
            "written by `nnsweep options` from the declarations the run-file parser reads, and a test",
            "checks that it is what that command prints. How to write them in a run file:",
            "[the run-file reference](run-file.md).",
            ""
        ]
        func section<P>(_ title: String, _ key: String, _ declarations: [Declaration<P>], note: String) {
            out += ["## \(title)", "", note, "", "| `\(key)` | PyTorch | options |", "|---|---|---|"]
            for d in declarations {
                let options = d.options.isEmpty ? "none" : d.options.map(describe).joined(separator: "; ")
                out.append("| `\(d.name)` | `\(d.torchName)` | \(options) |")
            }
            out.append("")
        }
        section(
            "Optimizers", "optimizer", OptimizerSpec.registry,
            note:
                "`optimizer: {name: adam, lr: 0.01, betas: [0.8, 0.999]}`. A momentum-cycling scheduler (`one_cycle`, `cyclic`) moves "
                + OptimizerSpec.registry.compactMap { d in
                    d.cycledMomentum.map { "\(d.name)'s `\($0 == "betas" ? "betas[0]" : $0)`" }
                }
                .joined(separator: ", ") + "; the others need `cycle_momentum: false`.")
        section(
            "Schedulers", "scheduler", Schedulers.all.map { $0.declaration },
            note:
                "`scheduler: {name: step, step_size: 5}`; every scheduler also takes `interval: epoch | step` (default epoch; "
                + Schedulers.all.filter { $0.defaultInterval == .step }.map { "`\($0.name)`" }.joined(
                    separator: " and ")
                + " default to step; "
                + Schedulers.all.filter { !$0.allowsStepInterval }.map { "`\($0.name)`" }.joined(separator: ", ")
                + " steps per epoch only).")
        section(
            "Initializers", "init", Initializer.declarations,
            note:
                "`init: {weight: {name: kaiming_normal, mode: fan_out}, bias: zeros}`; the short names `zero`, `normal`, `xavier`, `he` and `default` stand for whole schemes (the run-file reference says which)."
        )
        section(
            "Losses", "loss", Loss.declarations,
            note: "`loss: {name: huber, delta: 0.5}`; the reduction is always the mean.")
        section(
            "Activations", "model.activation", ActivationKind.declarations,
            note: "`model: {activation: {name: elu, alpha: 0.5}}`, or in a layer list `{elu: {alpha: 0.5}}`.")
        return out.joined(separator: "\n")
    }

    /// `lr` 0.001 (a number, > 0).
    static func describe(_ o: DeclaredOption) -> String {
        var accepts = o.kind.description
        if let r = o.kind.range?.requirement {
            let bound = r.replacingOccurrences(of: "must be ", with: "")
            switch o.kind {
            case .pair, .floats: accepts += ", each \(bound)"
            default: accepts += ", \(bound)"
            }
        }
        return "`\(o.key)` \(o.shownDefault) (\(accepts))"
    }
}
