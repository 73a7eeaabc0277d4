import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// One figure of a sweep: its script `plots/NAME.gp`, its data and its images.
public struct SweepFigure: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Training and validation loss per epoch.
        case loss
        /// The final metric over two axes.
        case heatmap
        /// Learning rate per epoch.
        case learningRate = "lr"
        /// The final metric per cell, with error bars over seeds.
        case finalMetric = "final"
        /// Per-layer activation statistics and gradient norms at init and after epoch 1.
        case layers
        /// The final metric against a numeric axis, with 95% interval bands over seeds.
        case sensitivity
        /// Training and validation accuracy per epoch (classification).
        case accuracy
        /// The loss on the training samples in training and in evaluation mode per epoch.
        case modes
        /// Every cell as a line across the grid's axes and the final metric.
        case parallel
        /// The share of the final metric's variance each axis and pair of axes explains.
        case importance
        /// Epochs and seconds to a tuned grid's validation target, per method.
        case timeToTarget = "time-to-target"
        /// The fraction of data sets within a factor of the best time to the target.
        case performanceProfile = "performance-profile"
        /// Each method's rank per data set and its mean rank.
        case rankTable = "rank-table"
        /// The probability that one method beats another, averaged over the data sets.
        case improvement = "probability-of-improvement"
    }

    /// The file name stem in `plots/`.
    public let name: String
    public let kind: Kind
    public let title: String
    /// A sentence or two saying what the figure shows and how it was averaged.
    public let caption: String
    public let width: Int
    public let height: Int
    /// The script and its data files, relative to the sweep folder.
    public let script: String
    public let dataFiles: [String]

    /// `plots/NAME.png` or `plots/NAME.svg`, relative to the sweep folder.
    public func image(_ format: String) -> String { ResultsLayout.inPlots("\(name).\(format)") }
}
