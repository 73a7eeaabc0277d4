/// Per-layer statistics of a Linear layer's block (after its activation; logits for the last).
/// The sweep's cell records hold these as they are (the `layers` of `cells/<id>.json`, under
/// the property names), and layers.csv has a column for each number (`ResultColumns.layers`).
public struct LayerStatistic: Codable, Equatable, Sendable {
    /// `init` (before training), `epoch1` (after the first epoch) or `final` (after the last
    /// epoch, when there are more than one).
    public var stage: String
    /// The Linear layer's module name (`0`, `2`, ...) and its depth (1 = first).
    public var module: String
    public var depth: Int
    public var activationMean: Double
    public var activationStd: Double
    /// Frobenius norm of ∂loss/∂weight on the probe batch.
    public var gradNorm: Double
    /// The block output's values at `LayerStatistic.quantileLevels` (over samples and units).
    public var activationQuantiles: [Double] = []
    /// The back-propagated gradient ∂loss/∂s of the Linear layer's output s (before its
    /// activation), over samples and units: standard deviation and values at the quantile levels.
    /// The trainer always measures the standard deviation; it is nil only in a record written
    /// before it was measured.
    public var outputGradStd: Double? = 0
    public var outputGradQuantiles: [Double] = []

    public init(
        stage: String, module: String, depth: Int, activationMean: Double, activationStd: Double, gradNorm: Double,
        activationQuantiles: [Double] = [], outputGradStd: Double? = 0, outputGradQuantiles: [Double] = []
    ) {
        self.stage = stage
        self.module = module
        self.depth = depth
        self.activationMean = activationMean
        self.activationStd = activationStd
        self.gradNorm = gradNorm
        self.activationQuantiles = activationQuantiles
        self.outputGradStd = outputGradStd
        self.outputGradQuantiles = outputGradQuantiles
    }

    /// Reads a record's layer; one written before the quantiles and the output gradient were
    /// measured lacks their keys, which read as empty lists and nil.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        stage = try c.decode(String.self, forKey: .stage)
        module = try c.decode(String.self, forKey: .module)
        depth = try c.decode(Int.self, forKey: .depth)
        activationMean = try c.decode(Double.self, forKey: .activationMean)
        activationStd = try c.decode(Double.self, forKey: .activationStd)
        gradNorm = try c.decode(Double.self, forKey: .gradNorm)
        activationQuantiles = try c.decodeIfPresent([Double].self, forKey: .activationQuantiles) ?? []
        outputGradStd = try c.decodeIfPresent(Double.self, forKey: .outputGradStd)
        outputGradQuantiles = try c.decodeIfPresent([Double].self, forKey: .outputGradQuantiles) ?? []
    }

    public static let quantileLevels = [0.05, 0.25, 0.5, 0.75, 0.95]

    /// Linear-interpolation quantiles (numpy's default) of `values`, which it sorts.
    public static func quantiles(_ values: inout [Double]) -> [Double] {
        values.sort()
        guard !values.isEmpty else { return [] }
        return quantileLevels.map { q in
            let h = q * Double(values.count - 1)
            let i = Int(h)
            return i + 1 < values.count ? values[i] + (h - Double(i)) * (values[i + 1] - values[i]) : values[i]
        }
    }
}
