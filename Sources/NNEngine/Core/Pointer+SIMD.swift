/// Eight floats at a time from raw float memory: element-wise activation loops use these so that
/// the compiler emits vector instructions whatever the pointers' aliasing. Each lane computes
/// exactly what the scalar code would. (The optimizer updates are C kernels, see CKernels.)
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
