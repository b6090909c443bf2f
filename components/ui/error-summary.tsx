"use client";
import { useEffect, useRef } from "react";

export type SummaryError = { field: string; message: string };

/**
 * The GOV.UK error summary: a list of problems linking to their fields. It takes focus when it
 * appears so screen-reader and keyboard users learn at once that something needs fixing. After a
 * full page load (a GET form) that focus counts as focus-visible, so the yellow focus background
 * is kept off the red links, which would fail contrast on it; the focus bars still show.
 */
export function ErrorSummary({ errors, title = "There is a problem" }: { errors: SummaryError[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => `${e.field}:${e.message}`).join("|");
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="border-4 border-error p-4 mb-8 focus:outline-none focus-visible:bg-white">
      <h2 id="error-summary-title" className="text-xl font-bold mt-0 mb-3">{title}</h2>
      <ul className="list-none p-0 m-0">
        {errors.map((error) => (
          <li key={`${error.field}-${error.message}`} className="mb-1">
            <a href={`#${error.field}`} className="font-bold text-error visited:text-error">{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
