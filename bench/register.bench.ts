/**
 * The register under load, on the production build: the public register page and
 * GET /api/v1/organisations with 2,000 providers and 100,000 evidence items, 20 connections for
 * 10 seconds each cycling through 60 different searches (the register keeps answers for five
 * seconds, so one repeated URL would measure only memory), next to /api/health on the same server
 * in the same run. Also how many SQL
 * statements each request costs, counted by PostgreSQL itself (pg_stat_database.xact_commit: every
 * statement outside an explicit transaction commits once).
 */
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { applyMigrations } from "../lib/db/migrate";
import { findFreePort, startEmbeddedPostgres } from "../lib/db/embedded";
import { loadBenchWorld } from "./register.data";
import type { Bench, BenchFigure } from "./types";

const DIST_DIR = ".next-bench";
const CONNECTIONS = 20;
const DURATION_SECONDS = 10;
const SQL_SAMPLE = 50;

type Load = { p95Ms: number; requestsPerSecond: number; non2xx: number };

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

/** `next build` into its own folder; it rewrites tsconfig.json for a custom distDir, so put it back. */
async function build(env: NodeJS.ProcessEnv): Promise<void> {
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  try {
    await run("npx", ["next", "build"], env);
  } finally {
    writeFileSync("tsconfig.json", tsconfig);
  }
}

async function waitForHealth(base: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error("The app did not start within a minute");
}

function p95(latencies: number[]): number {
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
}

/** Load on one server, each connection cycling through `paths` (so caches see a realistic mix, not one URL). */
async function load(base: string, paths: string[], headers: Record<string, string> = {}): Promise<Load> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const requests = paths.map((path) => ({ method: "GET" as const, path }));
    const instance = autocannon({ url: base, connections: CONNECTIONS, duration: DURATION_SECONDS, headers, requests }, (error, done) => (error ? reject(error) : resolve(done)));
    // autocannon reports percentiles without p95, so every latency is kept and p95 taken here.
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return { p95Ms: Math.round(p95(latencies) * 10) / 10, requestsPerSecond: Math.round(result.requests.average), non2xx: result.non2xx };
}

async function warmUp(url: string, headers: Record<string, string> = {}): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`${url} answered ${response.status} while warming up`);
    await response.arrayBuffer();
  }
}

/** Statements committed in the database, after waiting for every backend to report its counts. */
async function committed(url: string): Promise<number> {
  // Idle backends report their statistics within about ten seconds (PostgreSQL 15).
  await sleep(11_000);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>("SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = current_database()");
    return Number(rows[0]?.n ?? Number.NaN);
  } finally {
    await client.end();
  }
}

/** Statements per request, over SQL_SAMPLE different URLs so that no answer comes from the register's cache. */
async function statementsPerRequest(dbUrl: string, urls: string[], headers: Record<string, string>): Promise<number> {
  const idleStart = await committed(dbUrl);
  const idleEnd = await committed(dbUrl);
  const overhead = idleEnd - idleStart;
  const start = await committed(dbUrl);
  for (const url of urls.slice(0, SQL_SAMPLE)) await (await fetch(url, { headers })).arrayBuffer();
  const end = await committed(dbUrl);
  return Math.round(((end - start - overhead) / SQL_SAMPLE) * 10) / 10;
}

const bench: Bench = {
  name: "register",
  async run(): Promise<BenchFigure[]> {
    const dataDir = ".data/bench-postgres";
    rmSync(dataDir, { recursive: true, force: true });
    const database = await startEmbeddedPostgres({ dataDir, database: "bench", persistent: false, preferredPort: 56_400 });
    let server: ChildProcess | undefined;
    try {
      await applyMigrations(database.url);
      const { apiKey } = await loadBenchWorld(database.url);
      const port = await findFreePort(3_900);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: DIST_DIR,
        DATABASE_URL: database.url,
        NEXTAUTH_SECRET: "bench-only-secret-that-is-long-enough-000",
        NEXTAUTH_URL: `http://localhost:${port}`,
        CQM_JOBS: "off",
        API_RATE_LIMIT_PER_MINUTE: "1000000",
      };
      if (process.env.BENCH_SKIP_BUILD !== "1") await build(env);
      server = spawn("npx", ["next", "start", "-p", String(port)], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
      const base = `http://localhost:${port}`;
      await waitForHealth(base);
      const auth = { authorization: `Bearer ${apiKey}` };
      // 60 different searches each: three sort orders, twenty pages (or page sizes) of each.
      const sorts = ["name", "level", "expiry"];
      const registerPaths = sorts.flatMap((sort) => Array.from({ length: 20 }, (_, i) => `/register?sort=${sort}&page=${i + 1}`));
      const apiPaths = sorts.flatMap((sort) => Array.from({ length: 20 }, (_, i) => `/api/v1/organisations?sort=${sort}&limit=${10 + i}`));
      await warmUp(`${base}/api/health`);
      await warmUp(`${base}/register`);
      await warmUp(`${base}/api/v1/organisations`, auth);

      const bare = await load(base, ["/api/health"]);
      const register = await load(base, registerPaths);
      const api = await load(base, apiPaths, auth);
      for (const [name, result] of Object.entries({ bare, register, api })) {
        console.log(`  ${name}: ${result.requestsPerSecond} requests/s, p95 ${result.p95Ms} ms, non-2xx ${result.non2xx}`);
        if (result.non2xx > 0) throw new Error(`${name} answered ${result.non2xx} requests with an error`);
      }
      // Searches not asked before, so every one reaches the database.
      const fresh = (path: (i: number) => string) => Array.from({ length: SQL_SAMPLE }, (_, i) => `${base}${path(i)}`);
      const sqlRegister = await statementsPerRequest(database.url, fresh((i) => `/register?q=Provider&page=${i + 1}`), {});
      const sqlApi = await statementsPerRequest(database.url, fresh((i) => `/api/v1/organisations?q=Provider&limit=${i + 1}`), auth);
      console.log(`  SQL statements per request: register ${sqlRegister}, API ${sqlApi}`);

      return [
        { name: "register.p95Ms", value: register.p95Ms, unit: "ms", target: "< 100" },
        { name: "register.requestsPerSecond", value: register.requestsPerSecond, unit: "req/s", target: "> 0" },
        { name: "api.organisations.p95Ms", value: api.p95Ms, unit: "ms", target: "< 100" },
        { name: "api.organisations.requestsPerSecond", value: api.requestsPerSecond, unit: "req/s", target: "> 0" },
        { name: "bare.p95Ms", value: bare.p95Ms, unit: "ms", target: "< 100" },
        { name: "bare.requestsPerSecond", value: bare.requestsPerSecond, unit: "req/s", target: "> 0" },
        { name: "api.organisations.ratioToBare", value: Math.round((api.requestsPerSecond / bare.requestsPerSecond) * 100) / 100, unit: "ratio", target: "> 0" },
        { name: "sql.maxQueriesPerRequest", value: Math.max(sqlRegister, sqlApi), unit: "statements", target: "<= 5" },
      ];
    } finally {
      if (server?.pid) {
        try {
          process.kill(-server.pid, "SIGTERM");
        } catch {
          // already gone
        }
      }
      await database.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

export default bench;
