import { describe, expect, it } from "vitest";
import { createShortCache } from "@/lib/register/short-cache";

function clock(start = 0) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe("the register's short cache", () => {
  it("answers a repeat from memory until the time is up, then loads again", async () => {
    const c = clock();
    const cache = createShortCache(5_000, 10, c.now);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache("a", load)).toBe(1);
    c.advance(4_999);
    expect(await cache("a", load)).toBe(1);
    c.advance(1);
    expect(await cache("a", load)).toBe(2);
  });

  it("shares one load between requests that arrive together", async () => {
    const cache = createShortCache(5_000, 10, clock().now);
    let loads = 0;
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 5));
    expect(await Promise.all([cache("a", load), cache("a", load), cache("a", load)])).toEqual([1, 1, 1]);
  });

  it("keeps different keys apart", async () => {
    const cache = createShortCache(5_000, 10, clock().now);
    expect(await cache("level=1", async () => "one")).toBe("one");
    expect(await cache("level=2", async () => "two")).toBe("two");
  });

  it("does not remember a failure", async () => {
    const cache = createShortCache(5_000, 10, clock().now);
    await expect(cache("a", async () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await cache("a", async () => "recovered")).toBe("recovered");
  });

  it("never holds more than its limit", async () => {
    const c = clock();
    const cache = createShortCache(5_000, 2, c.now);
    let loads = 0;
    const load = async () => ++loads;
    await cache("a", load);
    await cache("b", load);
    await cache("c", load);
    expect(await cache("a", load)).toBe(4);
  });
});
