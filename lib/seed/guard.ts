/** Demo accounts have a published password: never create them in production by accident. */
export function assertDemoSeedAllowed(env: Record<string, string | undefined>): void {
  if (env.NODE_ENV === "production" && env.SEED_DEMO !== "1") {
    throw new Error("Refusing to load demo data with NODE_ENV=production. Set SEED_DEMO=1 if you really want demo accounts.");
  }
}
