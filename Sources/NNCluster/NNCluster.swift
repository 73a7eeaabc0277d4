// NNCluster: cluster back ends. It owns writing a sweep as a Slurm job array over shards with a
// collect step after it. It runs nothing itself: the nodes run `nnsweep run --shard` and
// `nnsweep collect`, which NNSweepRunner and NNFigures do.
