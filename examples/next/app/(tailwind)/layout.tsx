import "./globals.css";
import "@rungs/react/styles.css";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: { template: "%s · Rungs careers", default: "Career frameworks · Rungs careers" },
  description: "A career framework on a page styled with Tailwind CSS v4 and shadcn/ui-style variables.",
};

/**
 * The root layout of the pages styled with Tailwind CSS v4, as a shadcn/ui portal is. A root
 * layout of its own, so Tailwind's stylesheet (and its preflight) is loaded by these pages
 * only: moving between root layouts is a full page load. Rungs' stylesheet is imported from
 * JavaScript, as published, and after globals.css on purpose: the layer order globals.css
 * declares is what lets utilities win, not the order of the files (checked: with `rungs`
 * declared last, the ladder keeps Rungs' background and font size).
 */
export default function TailwindLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="bg-background font-sans text-foreground antialiased">
        <a
          href="#main"
          className="sr-only rounded-md bg-background px-4 py-2 text-primary focus:not-sr-only focus:absolute focus:start-2 focus:top-2"
        >
          Skip to content
        </a>
        <header className="border-b border-border">
          <div className="mx-auto max-w-5xl px-4 py-3">
            <Link href="/" className="font-semibold hover:underline">
              Rungs careers
            </Link>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
          {children}
        </main>
      </body>
    </html>
  );
}
