"use client";
import { useEffect, useRef } from "react";
import { NotificationBanner } from "@/components/ui/notification-banner";

/** The confirmation after a redirect, taking focus so keyboard and screen-reader users land on it. */
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
