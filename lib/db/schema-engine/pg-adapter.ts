// The driver adapter the wasm schema engine talks to Postgres through. It is `@prisma/adapter-pg`
// with three corrections the engine needs and the stock adapter lacks:
//  - Postgres's internal `"char"` type (pg_constraint.contype, confdeltype, …), which the
//    engine's catalog queries select, is passed on as the engine's `Character` type; adapter-pg
//    throws "unsupported native type" for it.
//  - Shadow databases are created and dropped by us. adapter-pg's `connectToShadowDb` builds its
//    pool from `{ connectionString, database }`, where node-postgres lets the connection string
//    win, so the "shadow" pool would point at the main database; it also drops the database
//    while its own pool is still connected to it.
//  - Scripts (migration files replayed into the shadow database) are sent whole, as our runner
//    in lib/db/migrate.ts sends them. adapter-pg splits them on every ";", which breaks any
//    migration with a semicolon inside a string or a function body.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, DriverAdapterError } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, SqlResultSet } from "@prisma/driver-adapter-utils";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

// Positions of `"char"` columns per result, keyed by the rows array: adapter-pg returns the
// driver's rows array as is, so `queryRaw` below can find what the pool saw.
const charColumnsByRows = new WeakMap<unknown[], number[]>();

/**
 * A pool that hides `"char"` columns from adapter-pg's type check (which would throw) by
 * describing them as text, and remembers where they were.
 */
function createPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 4 });
  // An idle client dies when its database is dropped WITH (FORCE); that is expected, not fatal.
  pool.on("error", () => {});
  // adapter-pg only ever calls `query(config)` and awaits the result.
  const query: (config: string | pg.QueryConfig) => Promise<pg.QueryResult> = pool.query.bind(pool);
  const queryHidingCharColumns = async (config: string | pg.QueryConfig): Promise<pg.QueryResult> => {
    const result = await query(config);
    const positions: number[] = [];
    (result.fields ?? []).forEach((field, index) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        positions.push(index);
      }
    });
    if (positions.length > 0 && Array.isArray(result.rows)) charColumnsByRows.set(result.rows, positions);
    return result;
  };
  Object.defineProperty(pool, "query", { value: queryHidingCharColumns });
  return pool;
}

/**
 * Reports `"char"` columns as the engine's `Character` type: its catalog reader asks for a char
 * there (a text value fails as soon as a CHECK constraint, or on PostgreSQL 18 any NOT NULL
 * constraint, appears in pg_constraint) and reads other char columns through that type too.
 */
async function queryRaw(adapter: SqlDriverAdapter, query: SqlQuery): Promise<SqlResultSet> {
  const result = await adapter.queryRaw(query);
  for (const index of charColumnsByRows.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
  return result;
}

/** Maps a node-postgres error the way adapter-pg does, so the engine can show Postgres's message. */
function toAdapterError(error: unknown): unknown {
  if (error instanceof pg.DatabaseError) {
    return new DriverAdapterError({
      kind: "postgres",
      code: error.code ?? "N/A",
      severity: error.severity ?? "N/A",
      message: error.message,
      detail: error.detail,
      column: error.column,
      hint: error.hint,
      originalCode: error.code,
      originalMessage: error.message,
    });
  }
  return error;
}

async function openAdapter(connectionString: string, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
  const pool = createPool(connectionString);
  const adapter = await new PrismaPg(pool).connect();
  let disposed = false;
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => queryRaw(adapter, query),
    executeRaw: (query) => adapter.executeRaw(query),
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    getConnectionInfo: () => adapter.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    executeScript: async (script) => {
      try {
        await pool.query(script);
      } catch (error) {
        throw toAdapterError(error);
      }
    },
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      await adapter.dispose();
      // We passed the pool in, so adapter-pg leaves ending it to us.
      await pool.end();
      await onDispose?.();
    },
  };
}

/**
 * Connects the engine to `databaseUrl` and creates shadow databases next to it on the same
 * server (the role needs CREATEDB). `close()` disposes every connection and drops any shadow
 * database the engine left behind.
 */
export class PgSchemaEngineAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly open = new Set<SqlDriverAdapter>();

  constructor(private readonly databaseUrl: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    return this.track(await openAdapter(this.databaseUrl));
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_shadow_${randomBytes(8).toString("hex")}`;
    await this.onServer(`CREATE DATABASE "${name}"`);
    const adapter = await openAdapter(withDatabase(this.databaseUrl, name), () =>
      this.onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    );
    return this.track(adapter);
  }

  async close(): Promise<void> {
    const adapters = [...this.open];
    this.open.clear();
    await Promise.all(adapters.map((adapter) => adapter.dispose()));
  }

  private track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    this.open.add(adapter);
    const dispose = adapter.dispose;
    adapter.dispose = async () => {
      this.open.delete(adapter);
      await dispose();
    };
    return adapter;
  }

  private async onServer(sql: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}
