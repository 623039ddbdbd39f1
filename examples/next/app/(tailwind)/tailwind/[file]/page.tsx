import { FrameworkAttribution, LevelLadder } from "@rungs/react";
import type { Metadata } from "next";
import Link from "next/link";
import { describeFramework, fileParams, loadFramework } from "../../../../lib/frameworks";

interface TailwindPageProps {
  params: Promise<{ file: string }>;
}

export const generateStaticParams = fileParams;
export const dynamicParams = false;

export async function generateMetadata({ params }: TailwindPageProps): Promise<Metadata> {
  const framework = loadFramework((await params).file);
  return {
    title: `${framework.occupation.title}: levels, Tailwind CSS`,
    description: `${describeFramework(framework)} On a page styled with Tailwind CSS v4.`,
  };
}

/**
 * An occupation's levels on a page styled with Tailwind CSS v4, the way a shadcn/ui portal
 * is: host markup in utility classes, Rungs' ladder in the host's palette (globals.css maps
 * the tokens), and utility classes in the ladder's `className` that win over Rungs' own
 * background and font size — scripts/check-pages.mjs checks both in Chromium.
 */
export default async function TailwindPage({ params }: TailwindPageProps) {
  const { file } = await params;
  const framework = loadFramework(file);
  const levels = framework.levels;
  return (
    <>
      <div className="mb-8 flex flex-col items-start gap-3">
        <p className="text-sm font-medium text-muted-foreground">Styled with Tailwind CSS v4</p>
        <h1 className="text-3xl font-semibold tracking-tight">{framework.occupation.title}</h1>
        <p className="max-w-prose text-muted-foreground">{describeFramework(framework)}</p>
        <Link
          href={`/assessment/${file}`}
          className="inline-flex items-center rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground hover:bg-primary/90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
        >
          Assess yourself: {framework.occupation.title}
        </Link>
      </div>

      <section aria-labelledby="section-levels" className="mb-8">
        <h2 id="section-levels" className="mb-4 text-xl font-semibold tracking-tight">
          Levels
        </h2>
        {/* bg-muted and text-sm override Rungs' own background and font size: @layer rungs comes first. */}
        <LevelLadder
          framework={framework}
          currentLevel={levels[0]?.key}
          targetLevel={levels[1]?.key}
          headingLevel={3}
          attribution={false}
          className="rounded-xl border border-border bg-muted p-4 text-sm"
        />
      </section>

      <section aria-labelledby="section-sources">
        <h2 id="section-sources" className="mb-4 text-xl font-semibold tracking-tight">
          Sources
        </h2>
        <FrameworkAttribution framework={framework} />
      </section>
    </>
  );
}
