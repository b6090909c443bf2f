// Runs `prisma generate` on machines that cannot download Prisma's schema-engine binary.
// generate never uses that engine, so any existing file satisfies the CLI's check; we only
// set the variable when the real engine is absent so networked machines behave normally.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const enginesDir = path.resolve("node_modules/@prisma/engines");
const hasEngine = existsSync(enginesDir) && readdirSync(enginesDir).some((f) => f.startsWith("schema-engine"));
const env = { ...process.env };
if (!hasEngine && !env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = "/bin/true";

const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
