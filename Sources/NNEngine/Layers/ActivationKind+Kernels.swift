#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// Forward and backward of the activations beyond sigmoid, tanh, relu, leaky_relu and identity,
/// in float32 with PyTorch's CPU formulas (aten/src/ATen/native/cpu/Activation.cpp):
///
///     gelu none:   y = x/2 · (1 + erf(x/√2)), erf as PyTorch's vectorized kernel computes it                  dx = dy · (Φ(x) + x φ(x))
///     gelu tanh:   y = x/2 · (1 + tanh u), u = √(2/π)(x + 0.044715 x³)
///                  dx = dy · ((1 + tanh u)/2 + x/2 · (1 - tanh² u) · √(2/π)(1 + 3 · 0.044715 x²))
///     elu(α):      y = x if x > 0 else α(eˣ - 1)              dx = dy if x > 0 else dy · α eˣ
///     selu:        elu with α = 1.6732632…, times λ = 1.0507009…
///     celu(α):     y = x if x > 0 else α(e^(x/α) - 1)         dx = dy if x > 0 else dy · e^(x/α)
///     silu:        y = x σ(x)                                 dx = dy · σ(x)(1 + x(1 - σ(x)))
///     mish:        y = x tanh(softplus x)                     dx = dy · (t + x σ(x)(1 - t²)), t = tanh(softplus x)
///     softplus:    y = log(1 + e^(βx))/β, or x when βx > threshold
///                  dx = dy · z/(z + 1), z = e^(βx), or dy when βx > threshold
///     softsign:    y = x/(1 + |x|)                            dx = dy/(1 + |x|) - dy · x/(1 + |x|)² · sign x
///     hardtanh:    y = clamp(x, min, max)                     dx = 0 where x <= min or x >= max, else dy
///     relu6:       hardtanh(0, 6)
///     hardswish:   y = x · clamp(x + 3, 0, 6)/6               dx = 0 (x < -3), dy(x/3 + 1/2) (x <= 3), dy
///     hardsigmoid: y = clamp(x + 3, 0, 6)/6                   dx = dy/6 for -3 < x < 3, else 0
extension ActivationKind {
    static let seluAlpha: Float = 1.6732632423543772848170429916717
    static let seluScale: Float = 1.0507009873554804934193349852946

    /// y = f(x) for the activations not handled inline by `Activation`.
    func forward(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, count n: Int) {
        switch self {
        case .gelu(.none):
            let k = Float(0.5.squareRoot())
            for i in 0..<n { y[i] = x[i] * 0.5 * (1 + Self.erf(x[i] * k)) }
        case .gelu(.tanh):
            let beta = Float((2 / Double.pi).squareRoot())
            let kappa: Float = 0.044715
            for i in 0..<n {
                let v = x[i]
                let inner = beta * (v + kappa * v * v * v)
                y[i] = 0.5 * v * (1 + tanhf(inner))
            }
        case .elu(let alpha): Self.elu(x, y, n, negcoef: alpha, poscoef: 1, negiptcoef: 1)
        case .selu: Self.elu(x, y, n, negcoef: Self.seluAlpha * Self.seluScale, poscoef: Self.seluScale, negiptcoef: 1)
        case .celu(let alpha): Self.elu(x, y, n, negcoef: alpha, poscoef: 1, negiptcoef: 1 / alpha)
        case .silu: for i in 0..<n { y[i] = x[i] / (1 + expf(-x[i])) }
        case .mish: for i in 0..<n { y[i] = x[i] * tanhf(log1pf(expf(x[i]))) }
        case .softplus(let beta, let threshold):
            for i in 0..<n { y[i] = x[i] * beta > threshold ? x[i] : log1pf(expf(x[i] * beta)) / beta }
        case .softsign: for i in 0..<n { y[i] = x[i] / (abs(x[i]) + 1) }
        case .hardtanh(let lo, let hi): Self.clamp(x, y, n, lo, hi)
        case .relu6: Self.clamp(x, y, n, 0, 6)
        case .hardswish: for i in 0..<n { y[i] = x[i] * min(max(x[i] + 3, 0), 6) / 6 }
        case .hardsigmoid: for i in 0..<n { y[i] = min(max(x[i] + 3, 0), 6) / 6 }
        case .sigmoid, .tanh, .relu, .leakyReLU, .identity:
            preconditionFailure("\(name) is computed by Activation itself")
        }
    }

    /// dx = dy · f'(x) for the activations not handled inline by `Activation`.
    func backward(
        _ x: UnsafePointer<Float>, _ dy: UnsafePointer<Float>, _ dx: UnsafeMutablePointer<Float>, count n: Int
    ) {
        switch self {
        case .gelu(.none):
            let k = Float(0.5.squareRoot())
            let beta = Float(1 / (2 * Double.pi).squareRoot())
            for i in 0..<n {
                let v = x[i]
                let cdf = 0.5 * (1 + Self.erf(v * k))
                let pdf = beta * expf(-0.5 * v * v)
                dx[i] = dy[i] * (cdf + v * pdf)
            }
        case .gelu(.tanh):
            let beta = Float((2 / Double.pi).squareRoot())
            let kappa: Float = 0.044715
            for i in 0..<n {
                let v = x[i]
                let sq = v * v
                let t = tanhf(beta * (v + kappa * sq * v))
                let left = 0.5 * v
                let right = 1 + t
                let leftDerivative = 0.5 * right
                let rightDerivative = 1 - t * t
                let innerDerivative = beta * (1 + 3 * kappa * sq)
                dx[i] = dy[i] * (leftDerivative + left * rightDerivative * innerDerivative)
            }
        case .elu(let alpha): Self.eluBackward(x, dy, dx, n, negcoef: alpha, poscoef: 1, negiptcoef: 1)
        case .selu:
            Self.eluBackward(
                x, dy, dx, n, negcoef: Self.seluAlpha * Self.seluScale, poscoef: Self.seluScale, negiptcoef: 1)
        case .celu(let alpha): Self.eluBackward(x, dy, dx, n, negcoef: alpha, poscoef: 1, negiptcoef: 1 / alpha)
        case .silu:
            for i in 0..<n {
                let s = 1 / (1 + expf(-x[i]))
                dx[i] = dy[i] * s * (1 + x[i] * (1 - s))
            }
        case .mish:
            for i in 0..<n {
                let s = 1 / (1 + expf(-x[i]))
                let t = tanhf(log1pf(expf(x[i])))
                dx[i] = dy[i] * (t + x[i] * s * (1 - t * t))
            }
        case .softplus(let beta, let threshold):
            for i in 0..<n {
                let z = expf(x[i] * beta)
                dx[i] = x[i] * beta > threshold ? dy[i] : dy[i] * z / (z + 1)
            }
        case .softsign:
            for i in 0..<n {
                let b = abs(x[i]) + 1
                let sign: Float = x[i] > 0 ? 1 : (x[i] < 0 ? -1 : 0)
                dx[i] = dy[i] / b + (-dy[i] * ((x[i] / b) / b)) * sign
            }
        case .hardtanh(let lo, let hi): Self.clampBackward(x, dy, dx, n, lo, hi)
        case .relu6: Self.clampBackward(x, dy, dx, n, 0, 6)
        case .hardswish:
            for i in 0..<n { dx[i] = x[i] < -3 ? 0 : (x[i] <= 3 ? dy[i] * (x[i] / 3 + 0.5) : dy[i]) }
        case .hardsigmoid:
            for i in 0..<n { dx[i] = x[i] > -3 && x[i] < 3 ? dy[i] / 6 : 0 }
        case .sigmoid, .tanh, .relu, .leakyReLU, .identity:
            preconditionFailure("\(name) is computed by Activation itself")
        }
    }

    /// erf as PyTorch's vectorized CPU kernels compute it in float32 (Abramowitz and Stegun
    /// 7.1.26 with fused multiply-adds, absolute error below 1.5e-7): erf(x) = sign(x)(1 - r(t) t e^(-x²)),
    /// t = 1/(1 + 0.3275911|x|). libm's erff differs from it by more than an ulp where 1 + erf
    /// cancels (gelu at x < -3).
    static func erf(_ x: Float) -> Float {
        let a = abs(x)
        let t = 1 / Float(1).addingProduct(0.3275911, a)
        var r = Float(-1.453152027).addingProduct(1.061405429, t)
        r = Float(1.421413741).addingProduct(r, t)
        r = Float(-0.284496736).addingProduct(r, t)
        r = Float(0.254829592).addingProduct(r, t)
        let v = Float(1).addingProduct(-expf(-(x * x)) * t, r)
        return x < 0 ? -v : v
    }

    /// PyTorch's elu kernel: x > 0 ? x · poscoef : (e^(x · negiptcoef) - 1) · negcoef.
    private static func elu(
        _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int,
        negcoef: Float, poscoef: Float, negiptcoef: Float
    ) {
        for i in 0..<n { y[i] = x[i] <= 0 ? expm1f(x[i] * negiptcoef) * negcoef : x[i] * poscoef }
    }

    private static func eluBackward(
        _ x: UnsafePointer<Float>, _ dy: UnsafePointer<Float>, _ dx: UnsafeMutablePointer<Float>, _ n: Int,
        negcoef: Float, poscoef: Float, negiptcoef: Float
    ) {
        for i in 0..<n { dx[i] = x[i] <= 0 ? dy[i] * negiptcoef * negcoef * expf(x[i] * negiptcoef) : dy[i] * poscoef }
    }

    private static func clamp(
        _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int, _ lo: Float, _ hi: Float
    ) {
        for i in 0..<n { y[i] = min(max(x[i], lo), hi) }
    }

    private static func clampBackward(
        _ x: UnsafePointer<Float>, _ dy: UnsafePointer<Float>, _ dx: UnsafeMutablePointer<Float>, _ n: Int,
        _ lo: Float, _ hi: Float
    ) {
        for i in 0..<n { dx[i] = x[i] <= lo || x[i] >= hi ? 0 : dy[i] }
    }
}
