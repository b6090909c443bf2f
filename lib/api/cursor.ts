// Cursors are opaque to API clients: base64url JSON of where the last page ended. They are checked
// on the way back in, so a hand-made or stale cursor is a 400, never a database error. Pure.
import { z } from "zod";
import type { RegisterCursor } from "@/lib/register/list-register";
import { REGISTER_SORTS, type RegisterSort } from "@/lib/register/register-query";

const cursorSchema = z.object({ s: z.enum(REGISTER_SORTS), k: z.string().max(200), n: z.string().max(300), i: z.string().max(100) });

export function encodeCursor(cursor: RegisterCursor): string {
  return Buffer.from(JSON.stringify({ s: cursor.sort, k: cursor.key, n: cursor.name, i: cursor.id })).toString("base64url");
}

export type DecodedCursor = { ok: true; cursor: RegisterCursor } | { ok: false; message: string };

export function decodeCursor(text: string, sort: RegisterSort): DecodedCursor {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return { ok: false, message: "cursor is not one this API gave out" };
  }
  const parsed = cursorSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: "cursor is not one this API gave out" };
  if (parsed.data.s !== sort) return { ok: false, message: "cursor belongs to a different sort order: keep the same sort for every page" };
  return { ok: true, cursor: { sort: parsed.data.s, key: parsed.data.k, name: parsed.data.n, id: parsed.data.i } };
}
