import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "The register API" };

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: { enum?: string[]; default?: unknown; type?: string } };
type Operation = { summary: string; parameters: Parameter[] };

function allowed(p: Parameter): string {
  if (p.schema?.enum) return p.schema.enum.join(", ");
  return p.schema?.type === "integer" ? "a whole number" : "text";
}

// Written from the OpenAPI document itself, so this page and the machine-readable description
// always agree.
export default async function ApiDocsPage() {
  await connection();
  const base = getEnv().NEXTAUTH_URL;
  const doc = openApiDocument(base) as { paths: Record<string, { get: Operation }> };
  return (
    <>
      <h1>The register API</h1>
      <p className="text-xl">A read-only JSON API for commissioning bodies&apos; own systems: the same register, profiles and awards commissioners see on screen.</p>
      <h2>Getting a key</h2>
      <p>Sign in as a commissioner and open <Link href="/commissioner/api-keys">API keys</Link>. Send the key with every request:</p>
      <pre tabIndex={0} role="region" aria-label="Example request" className="bg-panel p-3 overflow-x-auto"><code>{`curl -H "Authorization: Bearer $CQM_API_KEY" "${base}/api/v1/organisations?level=2&limit=10"`}</code></pre>
      <p>Each key may make a limited number of requests a minute; the headers <code>X-RateLimit-Limit</code> and <code>X-RateLimit-Remaining</code> say where you are. A revoked key stops working at once.</p>
      <h2>Endpoints</h2>
      {Object.entries(doc.paths).map(([path, { get }]) => (
        <section key={path} aria-labelledby={`ep-${path}`}>
          <h3 id={`ep-${path}`} className="font-mono break-all">GET {path}</h3>
          <p>{get.summary}.</p>
          {get.parameters.length > 0 ? (
            <table className="w-full border-collapse mb-6">
              <caption className="text-left font-bold mb-2">Parameters of GET {path}</caption>
              <thead>
                <tr className="border-b-2 border-ink text-left">
                  <th scope="col" className="py-2 pr-4">Name</th>
                  <th scope="col" className="py-2 pr-4">Values</th>
                  <th scope="col" className="py-2">What it does</th>
                </tr>
              </thead>
              <tbody>
                {get.parameters.map((p) => (
                  <tr key={p.name} className="border-b border-border align-top">
                    <th scope="row" className="py-2 pr-4 text-left font-mono">{p.name}{p.in === "path" ? " (in the path)" : ""}</th>
                    <td className="py-2 pr-4">{allowed(p)}{p.schema?.default !== undefined ? ` (default ${String(p.schema.default)})` : ""}</td>
                    <td className="py-2">{p.description ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ))}
      <h2>Pages and errors</h2>
      <p>Lists come in pages: pass the <code>next</code> value you get back as <code>cursor</code> to get the next page, keeping the other parameters the same. <code>next</code> is <code>null</code> on the last page.</p>
      <p>Errors are JSON: <code>{`{"error": {"code": "BAD_REQUEST", "message": "level must be one of 1, 2, 3, not-yet, none", "param": "level"}}`}</code>, with status 400 (a parameter is wrong, named in <code>param</code>), 401 (no key, or it is unknown or revoked), 404 (not found) or 429 (too many requests; wait for the seconds in <code>Retry-After</code>).</p>
      <h2>Machine-readable description</h2>
      <p>The <a href="/api/v1/openapi.json">OpenAPI 3.1 document</a> describes every endpoint, parameter and response.</p>
    </>
  );
}
