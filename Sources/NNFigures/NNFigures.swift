// NNFigures: figures and pages. It owns the figure models built from the tables (Plot/Figures),
// driving gnuplot (one clean gnuplot state per figure), report.html, compare's page and their
// shared HTML blocks. It reads tables and comparisons and must not train, run cells or decide
// a verdict.
