// NNSweepRunner: the sweep. It owns running the cells of a plan (in parallel, resumable, with
// their data prepared once), each cell's record and training state, the results folder (its
// layout, its ownership rules, atomic writes and locks), the tables that one results model
// writes and reads, tuning with successive halving, and collecting shards. It must not know how
// figures are drawn (a caller hands it `SweepOptions.drawFigures`) nor how a cluster is driven.
