/**
 * Runs the registered benches, prints each figure against its target and writes every figure to
 * bench/results.json. Usage: `npm run bench` (all) or `npm run bench -- scoring` (names containing
 * "scoring"; other figures already in results.json are kept).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Bench, BenchFigure } from "./types";

/** One line per bench module; each exports a `Bench` as its default. */
const BENCH_MODULES = [
  "./scoring.bench.ts",
  "./register.bench.ts",
];

const RESULTS_PATH = fileURLToPath(new URL("./results.json", import.meta.url));

type StoredFigure = { value: number; unit: string; target: string };

function isBench(value: unknown): value is Bench {
  if (typeof value !== "object" || value === null) return false;
  return typeof Reflect.get(value, "name") === "string" && typeof Reflect.get(value, "run") === "function";
}

async function loadBench(specifier: string): Promise<Bench> {
  const loaded: unknown = await import(specifier);
  const bench = typeof loaded === "object" && loaded !== null ? Reflect.get(loaded, "default") : undefined;
  if (!isBench(bench)) throw new Error(`${specifier} must export a Bench ({ name, run }) as its default`);
  return bench;
}

/** Whether a value meets a target written as "< 0.1", "<= 5", "> 100" or ">= 100"; null if the target is not a comparison. */
function meetsTarget(value: number, target: string): boolean | null {
  const match = /^\s*(<=|>=|<|>)\s*(-?\d+(?:\.\d+)?)\s*$/.exec(target);
  if (match === null) return null;
  const limit = Number(match[2]);
  switch (match[1]) {
    case "<": return value < limit;
    case "<=": return value <= limit;
    case ">": return value > limit;
    default: return value >= limit;
  }
}

function readStoredResults(): Record<string, StoredFigure> {
  if (!existsSync(RESULTS_PATH)) return {};
  const parsed: unknown = JSON.parse(readFileSync(RESULTS_PATH, "utf8"));
  return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, StoredFigure>) : {};
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const benches = await Promise.all(BENCH_MODULES.map(loadBench));
  const selected = benches.filter((bench) => filter === undefined || bench.name.includes(filter));
  if (selected.length === 0) {
    console.error(`No bench name contains "${filter ?? ""}". Benches: ${benches.map((b) => b.name).join(", ")}`);
    process.exitCode = 1;
    return;
  }

  const figures: BenchFigure[] = [];
  for (const bench of selected) {
    console.log(`\n▶ ${bench.name}`);
    for (const figure of await bench.run()) {
      const met = meetsTarget(figure.value, figure.target);
      const verdict = met === null ? "" : met ? "  ✓ meets target" : "  ✗ MISSES target";
      console.log(`  ${figure.name}: ${figure.value} ${figure.unit} (target ${figure.target})${verdict}`);
      figures.push(figure);
    }
  }

  // A filtered run keeps the other benches' last figures; a full run starts afresh.
  const results = filter === undefined ? {} : readStoredResults();
  for (const { name, value, unit, target } of figures) results[name] = { value, unit, target };
  // Sorted keys, one figure per block, so concurrent branches adding benches merge cleanly.
  const sorted = Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(RESULTS_PATH, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`\nWrote ${figures.length} figure(s) to bench/results.json`);
}

await main();
