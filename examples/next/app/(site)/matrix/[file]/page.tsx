import { ProgressionMatrix } from "@rungs/react";
import type { Metadata } from "next";
import Link from "next/link";
import { fileParams, loadFramework } from "../../../../lib/frameworks";

interface MatrixPageProps {
  params: Promise<{ file: string }>;
}

export const generateStaticParams = fileParams;
export const dynamicParams = false;

export async function generateMetadata({ params }: MatrixPageProps): Promise<Metadata> {
  const framework = loadFramework((await params).file);
  return {
    title: `${framework.occupation.title}: all levels`,
    description: `Every level of the ${framework.occupation.title} career framework in one table, theme by theme.`,
  };
}

/**
 * Only a server-rendered matrix: nothing on this page is interactive, so it should send no
 * Rungs JavaScript to the browser. The check script prints what it does send.
 */
export default async function MatrixPage({ params }: MatrixPageProps) {
  const { file } = await params;
  const framework = loadFramework(file);
  return (
    <>
      <h1>{framework.occupation.title}: all levels</h1>
      <p>
        <Link href={`/occupations/${file}`}>Levels one by one, and what changes between them</Link>
      </p>
      <ProgressionMatrix framework={framework} />
    </>
  );
}
