"use client";
import { useEffect, useRef } from "react";
import { NotificationBanner } from "@/components/ui/notification-banner";

/**
 * The confirmation after a redirect. It takes focus so keyboard and screen-reader users land on
 * what just happened rather than at the top of the page.
 */
export function SuccessBanner({ message }: { message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [message]);
  return (
    <div ref={ref} tabIndex={-1} className="focus:outline-none">
      <NotificationBanner>
        <p className="mb-0 font-bold">{message}</p>
      </NotificationBanner>
    </div>
  );
}
