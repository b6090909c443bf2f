import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Only `migrate deploy` on a networked machine needs this; the app applies migrations itself.
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
