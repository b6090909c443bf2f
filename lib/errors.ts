// Errors a user may see. Anything else is logged without personal data and shown as a kind,
// generic message (see toUserMessage).
export type AppErrorKind = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID" | "RATE_LIMITED" | "UNAUTHENTICATED";

export class AppError extends Error {
  constructor(
    readonly kind: AppErrorKind,
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "page") => new AppError("NOT_FOUND", `We could not find that ${what}.`);
export const forbidden = () => new AppError("FORBIDDEN", "You do not have permission to do that.");

export const HTTP_STATUS: Record<AppErrorKind, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  INVALID: 400,
  RATE_LIMITED: 429,
  UNAUTHENTICATED: 401,
};

export function toUserMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  return "Something went wrong on our side. Nothing you entered has been lost; please try again in a moment.";
}
