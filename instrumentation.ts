// Runs once when the server starts: refuse to start with missing or bad configuration, then
// start the background jobs (email delivery, award expiry reminders).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getEnv } = await import("@/lib/env");
    getEnv();
    const { startBackgroundJobs } = await import("@/lib/jobs/start");
    await startBackgroundJobs();
  }
}
