// NNStatistics: statistics as pure functions over numbers: descriptive summaries and Student t
// intervals, paired and Welch t tests, Holm's correction, the interquartile mean with its
// bootstrap interval, a functional ANOVA. Checked against SciPy's values. It must not know
// plans, tables, files or figures.
