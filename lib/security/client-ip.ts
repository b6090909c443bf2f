// The address used for throttling. Behind a proxy the first X-Forwarded-For entry is the
// client; it is used only as a counter key and never stored with a person's data.
type HeaderSource = Headers | Record<string, string | string[] | undefined>;

export function clientIp(headers: HeaderSource | undefined): string {
  if (!headers) return "unknown";
  const read = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = read("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || read("x-real-ip") || "unknown";
}
