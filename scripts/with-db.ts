// Runs a command (next dev / next start) with a database ready: DATABASE_URL's server when set,
// otherwise an embedded PostgreSQL whose data lives in .data/ and survives restarts. Pending
// migrations are applied and demo data is seeded once before the command starts.
//   tsx scripts/with-db.ts next dev        tsx scripts/with-db.ts --migrate-only
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";
import { seedDatabase } from "./seed-database";

const args = process.argv.slice(2);
const migrateOnly = args[0] === "--migrate-only";
const seedOnly = args[0] === "--seed-only";
const command = migrateOnly || seedOnly ? [] : args;

function log(message: string) {
  console.log(`[cqm] ${message}`);
}

/** A development secret generated once and kept beside the embedded data, so sessions survive restarts. */
function developmentSecret(dataRoot: string): string {
  const file = path.join(dataRoot, "dev-nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataRoot, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  const env = { ...process.env };
  const dataRoot = path.resolve(env.CQM_DATA_DIR ?? ".data");
  const ephemeral = env.CQM_EPHEMERAL_DB === "1";
  let embedded: EmbeddedDatabase | undefined;

  if (!env.DATABASE_URL) {
    const dataDir = path.join(dataRoot, "postgres");
    log(`No DATABASE_URL: starting the embedded PostgreSQL (data in ${path.relative(process.cwd(), dataDir)})`);
    const preferredPort = env.CQM_PG_PORT ? Number(env.CQM_PG_PORT) : undefined;
    embedded = await startEmbeddedPostgres({ dataDir, database: "cqm", persistent: !ephemeral, ...(preferredPort ? { preferredPort } : {}) });
    env.DATABASE_URL = embedded.url;
    log(`PostgreSQL is listening on 127.0.0.1:${embedded.port}`);
  }

  let stopping = false;
  const stopDatabase = async () => {
    if (!embedded) return;
    log("Stopping the embedded PostgreSQL");
    await embedded.stop();
    if (ephemeral) rmSync(dataRoot, { recursive: true, force: true });
  };

  try {
    if (!seedOnly) {
      const applied = await applyMigrations(env.DATABASE_URL);
      log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date");
    }
    if (!migrateOnly) {
      const seeded = await seedDatabase(env.DATABASE_URL, env);
      log(seeded);
    }
  } catch (error) {
    console.error(`[cqm] ${error instanceof Error ? error.message : String(error)}`);
    await stopDatabase();
    process.exit(1);
  }

  if (command.length === 0) {
    await stopDatabase();
    return;
  }

  if (!env.NEXTAUTH_SECRET && command.includes("dev")) env.NEXTAUTH_SECRET = developmentSecret(dataRoot);
  env.NEXTAUTH_URL ??= "http://localhost:3000";
  // These machines are offline; nothing should try to phone home.
  env.NEXT_TELEMETRY_DISABLED ??= "1";

  const [bin, ...rest] = command as [string, ...string[]];
  const child = spawn(bin, rest, { stdio: "inherit", env });
  const forward = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on("SIGINT", () => forward("SIGINT"));
  process.on("SIGTERM", () => forward("SIGTERM"));
  child.on("exit", async (code, signal) => {
    await stopDatabase();
    process.exit(code ?? (signal ? 0 : 1));
  });
}

main().catch((error: unknown) => {
  console.error(`[cqm] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
