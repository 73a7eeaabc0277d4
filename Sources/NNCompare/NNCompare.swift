// NNCompare: comparison, as functions over tables: matching the cells of two sweeps, the paired
// tests and the gate's verdict, ranking the settings of one sweep, and the terminal summary. It
// reads tables through NNSweepRunner's results model and must not draw figures or write pages.
