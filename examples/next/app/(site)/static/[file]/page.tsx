import { AssessmentResult, LevelStepper, StatementCard } from "@rungs/react";
import type { Metadata } from "next";
import Link from "next/link";
import { fileParams, loadFramework } from "../../../../lib/frameworks";

interface StaticPageProps {
  params: Promise<{ file: string }>;
}

export const generateStaticParams = fileParams;
export const dynamicParams = false;

export async function generateMetadata({ params }: StaticPageProps): Promise<Metadata> {
  const framework = loadFramework((await params).file);
  return {
    title: `${framework.occupation.title}: the first level`,
    description: `Where the ${framework.occupation.title} levels start, and what the first one takes, statement by statement.`,
  };
}

/**
 * Only server components: a stepper, the first level's statements as cards, and a saved
 * result (someone who meets the first level) as `AssessmentResult`, the summary without
 * buttons. Nothing here is interactive, so the page must load no Rungs JavaScript (issue
 * 19); the check script asserts it. (`AssessmentSummary` would load its buttons' client
 * module: Next loads every client module a page's imports reach.)
 */
export default async function StaticPage({ params }: StaticPageProps) {
  const { file } = await params;
  const framework = loadFramework(file);
  const first = framework.levels[0];
  return (
    <>
      <h1>{framework.occupation.title}: the first level</h1>
      <p>
        <Link href={`/occupations/${file}`}>Every level</Link>
      </p>
      <LevelStepper framework={framework} currentLevel={first?.key} />
      <h2>What {first?.label ?? "the first level"} takes</h2>
      <ul className="cards">
        {first?.statements.map((statement) => (
          <StatementCard key={statement.id} as="li" statement={statement} level={first} headingLevel={3} />
        ))}
      </ul>
      <AssessmentResult
        framework={framework}
        checked={first?.statements.map((statement) => statement.id)}
        headingLevel={2}
      />
    </>
  );
}
