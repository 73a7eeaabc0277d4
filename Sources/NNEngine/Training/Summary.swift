/// A model summary in the layout of `torchsummary.summary(model, (inputs,))`.
public struct ModelSummary: Sendable {
    public struct Row: Sendable {
        public var name: String  // "Linear-1"
        public var outputShape: [Int]  // [-1, 64]
        public var parameters: Int
    }

    public let rows: [Row]
    public let inputs: Int
    public let totalParameters: Int
    public let trainableParameters: Int
    /// Buffers (running statistics) are not parameters; torchsummary does not count them either.
    public let bufferValues: Int

    public init(_ network: Sequential) {
        self.init(layers: network.layers, inputs: network.spec.inputs)
    }

    public init(layers: [Layer], inputs: Int) {
        var rows: [Row] = []
        for (i, l) in layers.enumerated() {
            let p = l.namedParameters.reduce(0) { $0 + $1.1.count }
            rows.append(Row(name: "\(l.typeName)-\(i + 1)", outputShape: [-1, l.outputFeatures], parameters: p))
        }
        self.rows = rows
        self.inputs = inputs
        totalParameters = rows.reduce(0) { $0 + $1.parameters }
        trainableParameters = totalParameters
        bufferValues = layers.reduce(0) { $0 + $1.namedBuffers.reduce(0) { $0 + $1.1.count } }
    }

    /// Sizes in MB as torchsummary estimates them for one sample: input, forward/backward
    /// activations (outputs twice), parameters; all float32.
    public var inputMB: Double { Double(inputs) * 4 / 1_048_576 }
    public var forwardBackwardMB: Double {
        2 * Double(rows.reduce(0) { $0 + $1.outputShape.dropFirst().reduce(1, *) }) * 4 / 1_048_576
    }
    public var parametersMB: Double { Double(totalParameters) * 4 / 1_048_576 }
    public var totalMB: Double { inputMB + forwardBackwardMB + parametersMB }

    public func render() -> String {
        func pad(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
        func grouped(_ n: Int) -> String {
            let s = String(n)
            var out = ""
            for (i, c) in s.reversed().enumerated() {
                if i > 0 && i % 3 == 0 { out.append(",") }
                out.append(c)
            }
            return String(out.reversed())
        }
        func mb(_ x: Double) -> String {
            let v = (x * 100).rounded() / 100
            let whole = Int(v)
            let frac = Int(((v - Double(whole)) * 100).rounded())
            return "\(whole).\(frac < 10 ? "0" : "")\(frac)"
        }
        let rule = String(repeating: "-", count: 64)
        let double = String(repeating: "=", count: 64)
        var lines = [rule, pad("Layer (type)", 20) + "  " + pad("Output Shape", 25) + " " + pad("Param #", 15), double]
        for r in rows {
            let shape = "[" + r.outputShape.map(String.init).joined(separator: ", ") + "]"
            lines.append(pad(r.name, 20) + "  " + pad(shape, 25) + " " + pad(grouped(r.parameters), 15))
        }
        lines += [
            double,
            "Total params: \(grouped(totalParameters))",
            "Trainable params: \(grouped(trainableParameters))",
            "Non-trainable params: \(grouped(totalParameters - trainableParameters))",
            rule,
            "Input size (MB): \(mb(inputMB))",
            "Forward/backward pass size (MB): \(mb(forwardBackwardMB))",
            "Params size (MB): \(mb(parametersMB))",
            "Estimated Total Size (MB): \(mb(totalMB))",
            rule
        ]
        return lines.joined(separator: "\n")
    }
}
