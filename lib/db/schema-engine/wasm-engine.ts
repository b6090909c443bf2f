// Loads Prisma's schema engine compiled to WebAssembly (`@prisma/schema-engine-wasm`) and wraps
// the calls we use. Prisma Migrate's native schema engine is a binary downloaded at install time,
// which these offline machines cannot do; the wasm build ships on npm and does the same diffing.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DiffParams, DiffTarget, SchemaContainer } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export type { DiffTarget, MigrationList, SchemaContainer } from "@prisma/schema-engine-wasm/schema_engine_bg";

type SchemaEngine = Awaited<ReturnType<typeof glue.SchemaEngine.new>>;

// The glue reports Rust panics through this global (see `__wbg_set_message_*` in
// schema_engine_bg.js); without it a panic surfaces as an opaque "cannot read properties" error.
declare global {
  var PRISMA_WASM_PANIC_REGISTRY: { set_message(message: string): void } | undefined;
}

let lastPanic: string | undefined;

let loaded = false;

/**
 * Instantiates the wasm module once per process. Node refuses the package's own entry point
 * (`import * as wasm from "./schema_engine_bg.wasm"`), so we compile the file ourselves and hand
 * its exports to the JS glue, which is what that entry point would have done.
 */
function loadEngineModule(): void {
  if (loaded) return;
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message: string) {
      lastPanic = message;
      if (process.env.SCHEMA_ENGINE_DEBUG) console.error(`[schema-engine] panic: ${message}`);
    },
  };
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmModule = new WebAssembly.Module(readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm")));

  // The wasm imports every function from one module name (the glue's file name); give it the
  // glue's exported functions under whatever name this build uses.
  const glueFunctions: WebAssembly.ModuleImports = {};
  for (const [name, value] of Object.entries(glue)) {
    if (typeof value === "function") glueFunctions[name] = value;
  }
  const imports: WebAssembly.Imports = {};
  for (const { module: moduleName } of WebAssembly.Module.imports(wasmModule)) imports[moduleName] = glueFunctions;

  const instance = new WebAssembly.Instance(wasmModule, imports);
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports["__wbindgen_start"];
  if (typeof start !== "function") throw new Error("@prisma/schema-engine-wasm: the module has no __wbindgen_start export.");
  start();
  loaded = true;
}

/**
 * The message of the last Rust panic, if any. A panic inside an engine callback can surface as
 * an uncaught `RuntimeError: unreachable` rather than a rejected promise; handlers use this to
 * say what actually went wrong.
 */
export function lastSchemaEnginePanic(): string | undefined {
  return lastPanic;
}

/** The engine's version (the prisma-engines commit it was built from). */
export function schemaEngineVersion(): string {
  loadEngineModule();
  return glue.version();
}

/** The engine's errors carry a Rust span trace after the message; keep what a person needs. */
function engineError(operation: string, error: unknown): Error {
  if (lastPanic !== undefined) {
    const message = `The schema engine panicked during ${operation}: ${lastPanic}`;
    lastPanic = undefined;
    return new Error(message, { cause: error });
  }
  if (error instanceof Error) {
    const message = error.message.split(/\n\s+0: /)[0]?.trim() ?? error.message;
    return new Error(`Schema engine ${operation} failed: ${message}`, { cause: error });
  }
  return new Error(`Schema engine ${operation} failed: ${String(error)}`);
}

const NO_FILTERS = { externalTables: [], externalEnums: [] } satisfies DiffParams["filters"];

/** One engine instance bound to a driver adapter factory. Call `close()` when done. */
export class WasmSchemaEngine {
  private constructor(private engine: SchemaEngine | undefined) {}

  static async open(schemaFiles: SchemaContainer[], adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<WasmSchemaEngine> {
    loadEngineModule();
    // The engine forwards its tracing output here; only worth reading when debugging the engine.
    const log = (line: unknown) => {
      if (process.env.SCHEMA_ENGINE_DEBUG) console.error(`[schema-engine] ${String(line)}`);
    };
    try {
      const engine = await glue.SchemaEngine.new(
        { datamodels: schemaFiles.map((file): [string, string] => [file.path, file.content]) },
        log,
        bindMigrationAwareSqlAdapterFactory(adapterFactory),
      );
      return new WasmSchemaEngine(engine);
    } catch (error) {
      throw engineError("start-up", error);
    }
  }

  /**
   * The SQL script that takes `from` to `to`, or `null` when they already agree. Uses the
   * engine's exit code rather than the text, which for an empty diff is a comment.
   */
  async diffScript(from: DiffTarget, to: DiffTarget): Promise<string | null> {
    const engine = this.engine;
    if (!engine) throw new Error("The schema engine was already closed.");
    try {
      const result = await engine.diff({ from, to, script: true, exitCode: true, filters: NO_FILTERS });
      if (result.exitCode === 0) return null;
      if (result.exitCode !== 2 || result.stdout === null) {
        throw new Error(`unexpected result (exit code ${result.exitCode})`);
      }
      return result.stdout;
    } catch (error) {
      throw engineError("diff", error);
    }
  }

  close(): void {
    this.engine?.free();
    this.engine = undefined;
  }
}
