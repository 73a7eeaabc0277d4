// NNPlan: the run file and the plan. It owns reading a run file (YAML, with its limits and its
// one-line errors), the typed settings of a cell (`RunConfig`) and their columns, grids,
// presets, `exclude:`, seeds and cell ids (`SweepPlan`), the tuning protocol (`TuneSpec`,
// `TunePlan`), and the option reference written from the engine's declarations. Its input is
// text and its output a plan of cells. It must not know results folders, records, tables,
// figures or clusters: nothing here writes a file.
