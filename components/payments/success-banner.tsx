"use client";
import { useEffect, useRef, type ReactNode } from "react";
import { NotificationBanner } from "@/components/ui/notification-banner";

/**
 * The success banner after a redirect, taking focus so keyboard and screen-reader users land on
 * what just happened rather than at the top of the page.
 */
export function SuccessBanner({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="focus:outline-none">
      <NotificationBanner>{children}</NotificationBanner>
    </div>
  );
}
