/** One measured figure, as written to bench/results.json. */
export type BenchFigure = {
  /** Dotted and unique across benches, e.g. "scoring.msPerOrganisation". */
  name: string;
  value: number;
  unit: string;
  /** A comparison the runner can check, such as "< 0.1" or ">= 1000". */
  target: string;
};

/** What every bench module exports as its default. */
export type Bench = {
  name: string;
  run: () => BenchFigure[] | Promise<BenchFigure[]>;
};
