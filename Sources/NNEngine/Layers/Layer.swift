/// One module of a `Sequential` network, with PyTorch's forward and backward semantics.
///
/// Data is batch-major: an input of `batch` samples is `[batch, inputFeatures]`, row-major.
/// `forward` returns the layer's own output buffer (valid until its next forward);
/// `backward` accumulates parameter gradients with `+=` and returns the gradient with respect
/// to the input (in the layer's own buffer), or nil when `needInputGradient` is false.
public protocol Layer: AnyObject {
    /// PyTorch's class name: `Linear`, `BatchNorm1d`, `ReLU`, ...
    var typeName: String { get }
    var inputFeatures: Int { get }
    var outputFeatures: Int { get }
    /// Trainable parameters with their local names (`weight`, `bias`).
    var namedParameters: [(String, Parameter)] { get }
    /// Non-trainable float buffers with their local names (`running_mean`, `running_var`).
    var namedBuffers: [(String, Tensor)] { get }
    /// Makes room for batches of up to `batch` samples.
    func reserve(batch: Int)
    func forward(_ input: UnsafePointer<Float>, batch: Int, training: Bool) -> UnsafeMutablePointer<Float>
    func backward(_ gradOutput: UnsafePointer<Float>, batch: Int, needInputGradient: Bool) -> UnsafeMutablePointer<
        Float
    >?
}

extension Layer {
    public var namedParameters: [(String, Parameter)] { [] }
    public var namedBuffers: [(String, Tensor)] { [] }
}
