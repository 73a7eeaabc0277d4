import CBLAS

/// Settings of the BLAS library behind the matrix products.
public enum BLAS {
    /// Threads OpenBLAS uses inside one matrix product. Sweeps run cells in parallel and use 1
    /// here (more would oversubscribe the cores); one large run can use all cores.
    public static func setThreads(_ n: Int) { openblas_set_num_threads(Int32(max(1, n))) }
    public static var threads: Int { Int(openblas_get_num_threads()) }
}
