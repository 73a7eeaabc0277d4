public enum NNDataPlaceholder {}
