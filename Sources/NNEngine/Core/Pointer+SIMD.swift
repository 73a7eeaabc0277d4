/// Eight floats at a time from raw float memory: the element-wise loops (optimizer updates,
/// activations) use these so that the compiler emits vector instructions whatever the
/// pointers' aliasing. Each lane computes exactly what the scalar code would.
extension UnsafePointer where Pointee == Float {
    @inline(__always) func load8(_ i: Int) -> SIMD8<Float> {
        UnsafeRawPointer(self + i).loadUnaligned(as: SIMD8<Float>.self)
    }
}

extension UnsafeMutablePointer where Pointee == Float {
    @inline(__always) func load8(_ i: Int) -> SIMD8<Float> {
        UnsafeRawPointer(self + i).loadUnaligned(as: SIMD8<Float>.self)
    }

    @inline(__always) func store8(_ v: SIMD8<Float>, _ i: Int) {
        UnsafeMutableRawPointer(self + i).storeBytes(of: v, as: SIMD8<Float>.self)
    }
}
