import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// What a checkpoint's safetensors `__metadata__` says besides the tensors, so that it can be
/// used without nnsweep (`scripts/nnsweep_torch.py` builds the `nn.Sequential` and the
/// preprocessing from it). Every value is JSON text:
///
/// - `model`: `{"inputs", "outputs", "modules": [{"kind": "Linear", "in_features": 64, ...}, ...]}`,
///   one entry per module of the `nn.Sequential`, its torch.nn class and constructor arguments;
/// - `preprocess`: `{"feature_names", "divide_by", "scaling", "offset", "scale", ...}`: a raw row
///   becomes the input as `(x / divide_by - offset) / scale` in float32, per column;
/// - `task`, `classes` (the class labels, the index of each logit), `run_id`, `settings` (the
///   resolved settings under their dotted names, as runs.csv's columns), `format` ("pt").
public enum CheckpointMetadata {
    public static func make(_ cell: Cell, network: Sequential, data: PreparedData) -> [String: String] {
        let p = data.preprocessing
        var pre: [(String, Any)] = [
            ("feature_names", p.featureNames), ("scaling", p.scaling.rawValue), ("offset", p.offset),
            ("scale", p.scale), ("divide_by", p.divideBy.map { $0 as Any } ?? NSNull())
        ]
        if let m = p.targetMean, let s = p.targetStd { pre += [("target_mean", m), ("target_std", s)] }
        var m: [String: String] = [
            "format": "pt",
            "run_id": cell.id,
            "model": json(["inputs": network.spec.inputs, "outputs": network.spec.outputs, "modules": modules(network)]
            ),
            "preprocess": json(Dictionary(uniqueKeysWithValues: pre)),
            "task": data.train.task.rawValue,
            "settings": json(
                Dictionary(cell.config.settingColumns.map { ($0.key, $0.value.json) }, uniquingKeysWith: { a, _ in a }))
        ]
        if data.train.task == .classification { m["classes"] = json(Array(0..<max(data.train.classes, data.outputs))) }
        return m
    }

    /// The modules of the network in order, each as its torch.nn class and the constructor
    /// arguments that rebuild it (`getattr(torch.nn, kind)(**arguments)`).
    public static func modules(_ network: Sequential) -> [[String: Any]] {
        network.layers.map { layer -> [String: Any] in
            switch layer {
            case let l as Linear:
                return ["kind": "Linear", "in_features": l.inputFeatures, "out_features": l.outputFeatures]
            case let b as BatchNorm1d:
                return ["kind": "BatchNorm1d", "num_features": b.features, "eps": b.eps, "momentum": b.momentum]
            case let d as Dropout: return ["kind": "Dropout", "p": d.p]
            case let a as Activation:
                var d: [String: Any] = ["kind": a.kind.torchName]
                for (k, v) in a.kind.options.values {
                    switch v {
                    case .float(let f): d[k] = f
                    case .double(let x): d[k] = x
                    case .name(let s): d[k] = s
                    case .floats(let l): d[k] = l
                    case .int(let i): d[k] = i
                    case .bool(let b): d[k] = b
                    case .pair(let a, let b): d[k] = [a, b]
                    case .ints(let l): d[k] = l
                    case .entries, .absent: continue
                    }
                }
                return d
            default: return ["kind": layer.typeName]
            }
        }
    }

    /// JSON text with sorted keys; float32 numbers as their shortest text (0.1, not
    /// 0.10000000149011612), which reads back as the same float32.
    static func json(_ v: Any) -> String {
        switch v {
        case let d as [String: Any]:
            return "{" + d.keys.sorted().map { json($0) + ": " + json(d[$0]!) }.joined(separator: ", ") + "}"
        case let a as [Float]: return "[" + a.map(number).joined(separator: ", ") + "]"
        case let a as [Any]: return "[" + a.map(json).joined(separator: ", ") + "]"
        case let s as String:
            let data = (try? JSONSerialization.data(withJSONObject: [s])) ?? Data("[\"\"]".utf8)
            return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
        case let b as Bool: return b ? "true" : "false"
        case let i as Int: return "\(i)"
        case let f as Float: return number(f)
        case let x as Double where x == x.rounded() && abs(x) < 1e15: return "\(Int(x))"
        case let x as Double: return x.isFinite ? "\(x)" : "null"
        default: return "null"
        }
    }

    static func number(_ f: Float) -> String { f.isFinite ? "\(f)" : "null" }
}
