import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Messages on standard error. A message that cannot be written (stderr closed, or redirected to
/// a full disk) is dropped: it must not end the process the way `FileHandle.write` does.
public enum StandardError {
    public static func write(_ text: String) {
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                #if canImport(Glibc)
                    Glibc.write(2, raw.baseAddress! + done, bytes.count - done)
                #else
                    Darwin.write(2, raw.baseAddress! + done, bytes.count - done)
                #endif
            }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            done += n
        }
    }
}
