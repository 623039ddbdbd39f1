import type { Metadata } from "next";
import Link from "next/link";
import { fileParams, loadFramework } from "../../../../lib/frameworks";
import { SelfAssessment } from "./self-assessment";

interface AssessmentPageProps {
  params: Promise<{ file: string }>;
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

/** The server half of the self-assessment: parses the framework, hands it to the client half. */
export default async function AssessmentPage({ params }: AssessmentPageProps) {
  const { file } = await params;
  const framework = loadFramework(file);
  return (
    <>
      <h1>{framework.occupation.title}: where are you?</h1>
      <p>
        Open a level and check every statement that describes your work. The level you reach is marked "You are here".{" "}
        <Link href={`/occupations/${file}`}>Back to the levels</Link>
      </p>
      <SelfAssessment framework={framework} />
    </>
  );
}
