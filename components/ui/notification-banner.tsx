import type { ReactNode } from "react";

/** The GOV.UK success banner: tells someone what they just did worked. */
export function NotificationBanner({ title = "Success", children }: { title?: string; children: ReactNode }) {
  return (
    <div role="status" aria-labelledby="notification-banner-title" className="border-4 border-success mb-8">
      <h2 id="notification-banner-title" className="bg-success text-white text-base font-bold m-0 px-4 py-1">{title}</h2>
      <div className="p-4">{children}</div>
    </div>
  );
}
