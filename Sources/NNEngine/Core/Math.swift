#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

// Thin wrappers so the engine names one set of math functions on every platform.
@inline(__always) func _log(_ x: Double) -> Double { log(x) }
@inline(__always) func _sin(_ x: Double) -> Double { sin(x) }
@inline(__always) func _cos(_ x: Double) -> Double { cos(x) }
@inline(__always) func _expf(_ x: Float) -> Float { expf(x) }
@inline(__always) func _logf(_ x: Float) -> Float { logf(x) }
@inline(__always) func _log1pf(_ x: Float) -> Float { log1pf(x) }
@inline(__always) func _tanhf(_ x: Float) -> Float { tanhf(x) }
@inline(__always) func _sqrtf(_ x: Float) -> Float { x.squareRoot() }
@inline(__always) func _pow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
