import { checkedFromLink } from "@rungs/core";
import type { Metadata } from "next";
import Link from "next/link";
import { fileParams, loadFramework } from "../../../../lib/frameworks";
import { SelfAssessment } from "./self-assessment";

interface AssessmentPageProps {
  params: Promise<{ file: string }>;
  /** `?assessment=<code>`: a result shared with the summary's "Copy link". */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateStaticParams = fileParams;
export const dynamicParams = false;

export async function generateMetadata({ params }: AssessmentPageProps): Promise<Metadata> {
  const framework = loadFramework((await params).file);
  const title = framework.occupation.title;
  return {
    title: `${title}: self-assessment`,
    description: `Check what you already do as a ${title} and see which level you reach and what is left for the next one.`,
  };
}

/** What a reader is told when the link's result cannot be shown; nothing when it had none. */
const REFUSED: Record<string, string> = {
  "other-framework": "The result in this link was made for another version of this framework, so it starts empty.",
  "unsupported-version": "The result in this link was made by a newer version of this site, so it starts empty.",
  malformed: "The result in this link is damaged (was it cut short?), so it starts empty.",
  empty: "The link holds no result, so it starts empty.",
};

/**
 * The server half of the self-assessment: parses the framework, restores a shared result
 * from the query (`checkedFromLink`), and hands both to the client half. The checked ids
 * are worked out here, once, and passed down as `defaultChecked`: the server's HTML and
 * the browser's first render start from the same boxes, so nothing mismatches on hydration.
 * Reading `searchParams` makes the page render per request (its HTML depends on the link).
 */
export default async function AssessmentPage({ params, searchParams }: AssessmentPageProps) {
  const { file } = await params;
  const framework = loadFramework(file);
  const restored = checkedFromLink(framework, await searchParams);
  const refused = restored.ok || restored.reason === "absent" ? undefined : REFUSED[restored.reason];
  return (
    <>
      <h1>{framework.occupation.title}: where are you?</h1>
      <p>
        Open a level and check every statement that describes your work. The level you reach is marked "You are here".{" "}
        <Link href={`/occupations/${file}`}>Back to the levels</Link>
      </p>
      {refused && (
        <p className="notice" data-refused={restored.ok ? undefined : restored.reason}>
          {refused}
        </p>
      )}
      <SelfAssessment framework={framework} defaultChecked={restored.checked} />
    </>
  );
}
