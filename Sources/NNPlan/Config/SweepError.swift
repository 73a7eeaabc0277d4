import NNData
import NNEngine

/// An error that stops a sweep before (or instead of) training: one line for the user.
public struct SweepError: Error, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}
