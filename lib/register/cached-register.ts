import "server-only";
import { todayInLondon, type IsoDate } from "@/lib/dates";
import { listRegisterAfter, listRegisterPage, registerAreas, type RegisterCursor, type RegisterPage, type RegisterSlice } from "@/lib/register/list-register";
import type { RegisterFilters } from "@/lib/register/register-query";
import { createShortCache } from "@/lib/register/short-cache";

// The busy readers (the register pages and the API's list) go through here; the CSV export and
// the tests read the register directly, so they always see the latest.
const REGISTER_TTL_MS = 5_000;
const cache = createShortCache(REGISTER_TTL_MS, 1_000);

export function cachedRegisterPage(filters: RegisterFilters, page: number, today: IsoDate = todayInLondon()): Promise<RegisterPage> {
  return cache(JSON.stringify(["page", filters, page, today]), () => listRegisterPage(filters, page, today));
}

export function cachedRegisterSlice(filters: RegisterFilters, cursor: RegisterCursor | null, limit: number, today: IsoDate = todayInLondon()): Promise<RegisterSlice> {
  return cache(JSON.stringify(["slice", filters, cursor, limit, today]), () => listRegisterAfter(filters, cursor, limit, today));
}

export function cachedRegisterAreas(): Promise<string[]> {
  return cache("areas", registerAreas);
}
