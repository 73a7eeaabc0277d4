#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// The draws of the initializers that need more than a uniform or normal sample.
extension Initializer {
    /// torch.nn.init.orthogonal_: a [rows, cols] matrix of N(0, 1) draws, transposed when wider
    /// than tall, factored A = QR, Q's columns signed so that R's diagonal is positive (here by
    /// Gram-Schmidt, which gives that sign directly), transposed back and scaled by `gain`.
    static func orthogonal(
        _ d: UnsafeMutablePointer<Float>, rows: Int, cols: Int, gain: Double, random: inout RandomSource
    ) {
        let m = max(rows, cols)
        let k = min(rows, cols)
        var a = [Double](repeating: 0, count: rows * cols)
        for i in 0..<a.count { a[i] = random.nextNormal() }
        // Column j of the tall matrix A (m × k): A[i][j] = a[i * cols + j], or a[j * cols + i] when transposed.
        var q = [[Double]](repeating: [], count: k)
        for j in 0..<k {
            var v = (0..<m).map { i in rows >= cols ? a[i * cols + j] : a[j * cols + i] }
            // Twice-applied Gram-Schmidt keeps Q orthonormal to rounding.
            for _ in 0..<2 {
                for p in 0..<j {
                    var r = 0.0
                    for i in 0..<m { r += q[p][i] * v[i] }
                    for i in 0..<m { v[i] -= r * q[p][i] }
                }
            }
            let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            q[j] = v.map { $0 / norm }
        }
        for r in 0..<rows {
            for c in 0..<cols { d[r * cols + c] = Float(gain * (rows >= cols ? q[c][r] : q[r][c])) }
        }
    }

    /// Φ(x), the standard normal CDF.
    static func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    /// Φ⁻¹(p): Acklam's rational approximation (relative error below 1.2e-9), refined by one
    /// Halley step on erfc.
    static func normalQuantile(_ p: Double) -> Double {
        if p <= 0 { return -.infinity }
        if p >= 1 { return .infinity }
        let a = [
            -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
            -3.066479806614716e+01, 2.506628277459239e+00
        ]
        let b = [
            -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
            -1.328068155288572e+01
        ]
        let c = [
            -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
            4.374664141464968e+00, 2.938163982698783e+00
        ]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        func tail(_ q: Double) -> Double {
            (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        let low = 0.02425
        var x: Double
        if p < low {
            x = tail((-2 * log(p)).squareRoot())
        } else if p > 1 - low {
            x = -tail((-2 * log(1 - p)).squareRoot())
        } else {
            let q = p - 0.5
            let r = q * q
            x =
                (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        }
        let e = normalCDF(x) - p
        let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
        x -= u / (1 + x * u / 2)
        return x
    }
}
