import "@rungs/react/styles.css";
import "./site.css";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: { template: "%s · Rungs careers", default: "Career frameworks · Rungs careers" },
  description:
    "Career frameworks for several occupations: what each level takes, level by level, with a self-assessment.",
};

/**
 * The root layout of every page but the Tailwind ones (app/(tailwind) has its own, so
 * Tailwind's preflight never reaches these): a skip link, the site header, the page in
 * `<main>`. Rungs' stylesheet is imported here once.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/">Rungs careers</Link>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
