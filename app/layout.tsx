import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { SiteHeader } from "@/components/layout/site-header";

export const metadata: Metadata = {
  title: { default: "Coproduction Quality Mark", template: "%s – Coproduction Quality Mark" },
  description: "A quality mark for how well mental health and social care services coproduce with the people who use them.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a href="#main-content" className="sr-only focus:not-sr-only focus:absolute focus:p-3 focus:m-2 focus:z-10">
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main-content" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
          {children}
        </main>
        <footer className="border-t-4 border-brand mt-12">
          <div className="mx-auto max-w-5xl px-4 py-6 text-muted">
            <p className="mb-0">Built on the Leeds mental health I Statements, written by people with lived experience.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
