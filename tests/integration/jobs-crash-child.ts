// Run by jobs.test.ts in its own process (tsx), to be killed with SIGKILL mid-delivery: an app
// instance that dies without any chance to clean up.
import { startJobRunner } from "@/lib/jobs/runner";
import { FAST_TUNING } from "./jobs-support";

const databaseUrl = process.env.DATABASE_URL;
const smtpUrl = process.env.SMTP_URL;
if (!databaseUrl || !smtpUrl) throw new Error("DATABASE_URL and SMTP_URL are needed");

await startJobRunner({ databaseUrl, smtpUrl, baseUrl: "http://localhost:3000", mailFrom: "no-reply@cqm.invalid", tuning: FAST_TUNING, log: (m) => console.log(m) });
console.log("ready");
