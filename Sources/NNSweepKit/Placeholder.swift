public enum NNSweepKitPlaceholder {}
