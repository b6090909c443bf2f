"use client";
import { useEffect, useRef, type ReactNode } from "react";
import { NotificationBanner } from "@/components/ui/notification-banner";

/**
 * The confirmation after a redirect. It takes focus so keyboard and screen-reader users land on
 * what just happened rather than at the top of the page. A one-line `message`, or richer children.
 */
export function SuccessBanner({ message, children }: { message?: string; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [message]);
  return (
    <div ref={ref} tabIndex={-1} className="focus:outline-none">
      <NotificationBanner>{children ?? <p className="mb-0 font-bold">{message}</p>}</NotificationBanner>
    </div>
  );
}
