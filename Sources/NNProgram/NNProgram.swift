// NNProgram: any training program as the engine of a cell. It owns the contract's parts: the
// cell's parameters as JSON, the command line with its placeholders, the metric lines a program
// writes (or prints), and running the program in its own process group with a time limit,
// capped output and its resource usage. It must not know run files, sweeps or tables.
