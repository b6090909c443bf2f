// Checks on what arrives at the public feedback form. Pure: works on the Request only.

/** Larger than any real form: six comments of 1,000 characters, each percent-encoded, fit well inside. */
export const MAX_FORM_BYTES = 128 * 1024;

function hostOf(value: string | null): string | null {
  if (!value || value === "null") return null;
  try {
    return new URL(value).host.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Whether a POST came from our own pages. Browsers send Origin on every form POST (and
 * Sec-Fetch-Site on newer ones); it must name this host, or the host people use (`publicUrl`,
 * behind a proxy). An "Origin: null" is refused. A very old browser that sends neither Origin nor
 * Sec-Fetch-Site is let through on its Referer, or on nothing: refusing it would refuse a real
 * person, and a forged cross-site post needs a browser that sends those headers anyway.
 */
export function isSameSitePost(request: Request, publicUrl?: string): boolean {
  const hosts = new Set<string>();
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) hosts.add((host.split(",")[0] ?? "").trim().toLowerCase());
  const publicHost = hostOf(publicUrl ?? null);
  if (publicHost) hosts.add(publicHost);

  const origin = request.headers.get("origin");
  if (origin !== null) {
    const originHost = hostOf(origin);
    return originHost !== null && hosts.has(originHost);
  }
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null) return fetchSite === "same-origin" || fetchSite === "none";
  const referer = request.headers.get("referer");
  if (referer !== null) {
    const refererHost = hostOf(referer);
    return refererHost !== null && hosts.has(refererHost);
  }
  return true;
}

export type FormBody = { kind: "OK"; form: URLSearchParams } | { kind: "TOO_LARGE" };

/** Reads an urlencoded form body, stopping at MAX_FORM_BYTES. Anything else reads as an empty form. */
export async function readFormBody(request: Request, maxBytes = MAX_FORM_BYTES): Promise<FormBody> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { kind: "TOO_LARGE" };
  const type = ((request.headers.get("content-type") ?? "").split(";")[0] ?? "").trim().toLowerCase();
  if (!request.body) return { kind: "OK", form: new URLSearchParams() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { kind: "TOO_LARGE" };
    }
    chunks.push(value);
  }
  if (type !== "application/x-www-form-urlencoded") return { kind: "OK", form: new URLSearchParams() };
  return { kind: "OK", form: new URLSearchParams(Buffer.concat(chunks).toString("utf8")) };
}
