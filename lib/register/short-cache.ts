// A few seconds of memory for the register's reads. The register is the busiest page and the
// API's main endpoint, and the same searches repeat (a commissioners' team, a client polling);
// answering repeats from memory for a few seconds keeps each instance's database work flat under
// load. Awards change a few times a day, so a change shows on the register within TTL_MS on every
// instance. Concurrent misses share one load, so a burst never queries the database twice.

export type ShortCache = <T>(key: string, load: () => Promise<T>) => Promise<T>;

export function createShortCache(ttlMs: number, maxEntries: number, now: () => number = Date.now): ShortCache {
  const entries = new Map<string, { expires: number; value: Promise<unknown> }>();
  return <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const time = now();
    const hit = entries.get(key);
    if (hit && hit.expires > time) return hit.value as Promise<T>;
    if (entries.size >= maxEntries) {
      for (const [k, e] of entries) if (e.expires <= time) entries.delete(k);
      // Still full of live entries: drop the oldest (Map keeps insertion order).
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
    }
    const value = load();
    entries.set(key, { expires: time + ttlMs, value });
    // A failed load is not remembered: the next request tries again.
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  };
}
