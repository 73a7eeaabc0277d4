/// A float32 array with a shape, stored row-major in memory the tensor owns.
///
/// The engine allocates its tensors once, when a network is built or a batch size is first
/// seen, and then works in place on them through `data`: the training step allocates nothing.
public final class Tensor {
    public let shape: [Int]
    public let count: Int
    public let data: UnsafeMutablePointer<Float>

    public init(shape: [Int]) {
        self.shape = shape
        self.count = shape.reduce(1, *)
        data = .allocate(capacity: max(count, 1))
        data.initialize(repeating: 0, count: max(count, 1))
    }

    public convenience init(shape: [Int], values: [Float]) {
        self.init(shape: shape)
        precondition(values.count == count, "tensor of shape \(shape) needs \(count) values, got \(values.count)")
        copy(from: values)
    }

    deinit { data.deallocate() }

    public var array: [Float] { Array(UnsafeBufferPointer(start: data, count: count)) }

    public func copy(from values: [Float]) {
        precondition(values.count == count)
        values.withUnsafeBufferPointer { data.update(from: $0.baseAddress!, count: count) }
    }

    public func copy(from other: Tensor) {
        precondition(other.count == count)
        data.update(from: other.data, count: count)
    }

    public func fill(_ value: Float) { data.update(repeating: value, count: count) }

    public subscript(i: Int) -> Float {
        get { data[i] }
        set { data[i] = newValue }
    }
}

/// A trainable parameter: its value and the gradient accumulated into it by `backward`.
public final class Parameter {
    /// What the parameter is, for initializers and penalties.
    public enum Role: Sendable { case linearWeight, linearBias, normWeight, normBias }
    public let value: Tensor
    public let grad: Tensor
    public let role: Role

    public init(shape: [Int], role: Role) {
        value = Tensor(shape: shape)
        grad = Tensor(shape: shape)
        self.role = role
    }

    public var count: Int { value.count }
    public func zeroGrad() { grad.fill(0) }
}

/// A growable scratch buffer: keeps its memory and grows only when a larger batch arrives.
final class Scratch {
    private(set) var capacity = 0
    private(set) var pointer = UnsafeMutablePointer<Float>.allocate(capacity: 1)

    func reserve(_ n: Int) {
        guard n > capacity else { return }
        pointer.deallocate()
        pointer = .allocate(capacity: n)
        pointer.initialize(repeating: 0, count: n)
        capacity = n
    }

    deinit { pointer.deallocate() }
}
