import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/**
 * For pages: a resource the actor may not reach is shown as "page not found" (404), exactly as
 * one that does not exist, so other tenants' records cannot even be confirmed.
 */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && (error.kind === "NOT_FOUND" || error.kind === "FORBIDDEN")) notFound();
    throw error;
  }
}
