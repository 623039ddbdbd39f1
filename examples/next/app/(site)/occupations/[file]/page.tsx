import { FrameworkAttribution, LevelCompare, LevelLadder, ProgressionMatrix } from "@rungs/react";
import type { Metadata } from "next";
import Link from "next/link";
import { describeFramework, fileParams, loadFramework } from "../../../../lib/frameworks";

interface OccupationPageProps {
  params: Promise<{ file: string }>;
}

/** One page per file in `seeds/`, generated at build time; any other name is a 404. */
export const generateStaticParams = fileParams;
export const dynamicParams = false;

export async function generateMetadata({ params }: OccupationPageProps): Promise<Metadata> {
  const framework = loadFramework((await params).file);
  return { title: `${framework.occupation.title}: levels`, description: describeFramework(framework) };
}

/**
 * An occupation's career page, as a server component: the framework is parsed here, on the
 * server, and handed to Rungs' components as a `Framework`. The reader is placed on the
 * first level and aims for the second.
 */
export default async function OccupationPage({ params }: OccupationPageProps) {
  const { file } = await params;
  const framework = loadFramework(file);
  const levels = framework.levels;
  const first = levels[0]?.key;
  const second = levels[1]?.key;
  const last = levels.at(-1)?.key;
  return (
    <>
      <h1>{framework.occupation.title}</h1>
      <p>{describeFramework(framework)}</p>
      <p>
        <Link href={`/assessment/${file}`}>Assess yourself against these levels</Link>
        {" · "}
        <Link href={`/control/${file}`}>The same statements in plain HTML</Link>
      </p>

      <section aria-labelledby="section-levels" data-measure="levels">
        <h2 id="section-levels">Levels</h2>
        <LevelLadder
          framework={framework}
          currentLevel={first}
          targetLevel={second}
          headingLevel={3}
          attribution={false}
        />
      </section>

      <section aria-labelledby="section-matrix" data-measure="matrix">
        <h2 id="section-matrix">Every level side by side</h2>
        <ProgressionMatrix framework={framework} currentLevel={first} targetLevel={second} attribution={false} />
      </section>

      {first !== undefined && last !== undefined && first !== last && (
        <section aria-labelledby="section-compare" data-measure="compare">
          <h2 id="section-compare">From the first level to the last</h2>
          <LevelCompare framework={framework} from={first} to={last} attribution={false} />
        </section>
      )}

      <section aria-labelledby="section-sources" data-measure="sources">
        <h2 id="section-sources">Sources</h2>
        <FrameworkAttribution framework={framework} />
      </section>
    </>
  );
}
