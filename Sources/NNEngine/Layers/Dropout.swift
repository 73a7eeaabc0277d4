/// Inverted dropout (PyTorch's `nn.Dropout`).
///
///     training:   mask ~ Bernoulli(1 - p),  y = x · mask / (1 - p),  dx = dy · mask / (1 - p)
///     evaluation: y = x,                    dx = dy
public final class Dropout: Layer {
    public let typeName = "Dropout"
    public let p: Float
    public let inputFeatures: Int
    public var outputFeatures: Int { inputFeatures }
    private let output = Scratch()
    private let gradInput = Scratch()
    private let mask = Scratch()
    /// The stream the masks are drawn from (part of a training state).
    public internal(set) var random: RandomSource
    private var lastWasTraining = false

    public init(p: Float, features: Int, random: RandomSource) {
        precondition(p >= 0 && p < 1, "dropout p must be in [0, 1)")
        self.p = p
        inputFeatures = features
        self.random = random
    }

    public func reserve(batch: Int) {
        output.reserve(batch * inputFeatures)
        gradInput.reserve(batch * inputFeatures)
        mask.reserve(batch * inputFeatures)
    }

    public func forward(_ input: UnsafePointer<Float>, batch: Int, training: Bool) -> UnsafeMutablePointer<Float> {
        let n = batch * inputFeatures
        let y = output.pointer
        lastWasTraining = training
        guard training, p > 0 else {
            y.update(from: input, count: n)
            return y
        }
        let keep = 1 - p
        let scale = 1 / keep
        let m = mask.pointer
        for i in 0..<n {
            m[i] = random.nextFloat() < keep ? scale : 0
            y[i] = input[i] * m[i]
        }
        return y
    }

    public func backward(_ gradOutput: UnsafePointer<Float>, batch: Int, needInputGradient: Bool)
        -> UnsafeMutablePointer<Float>?
    {
        guard needInputGradient else { return nil }
        let n = batch * inputFeatures
        let dx = gradInput.pointer
        if lastWasTraining && p > 0 {
            let m = mask.pointer
            for i in 0..<n { dx[i] = gradOutput[i] * m[i] }
        } else {
            dx.update(from: gradOutput, count: n)
        }
        return dx
    }

    /// Sets the mask used by the next backward (tests reproduce a PyTorch mask this way).
    public func forward(_ input: UnsafePointer<Float>, batch: Int, mask given: [Float]) -> UnsafeMutablePointer<Float> {
        let n = batch * inputFeatures
        let y = output.pointer
        let m = mask.pointer
        lastWasTraining = true
        let scale = 1 / (1 - p)
        for i in 0..<n {
            m[i] = given[i] != 0 ? scale : 0
            y[i] = input[i] * m[i]
        }
        return y
    }
}
