import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { careerParams, loadCareer, trackById } from "../../../../lib/careers";
import { CareerPage, careerMetadata } from "../career-page";

interface LadderPageProps {
  params: Promise<{ slug: string }>;
}

/** One page per real ladder in `seeds/<slug>/`, generated at build time; any other name is a 404. */
export const generateStaticParams = careerParams;
export const dynamicParams = false;

export async function generateMetadata({ params }: LadderPageProps): Promise<Metadata> {
  const framework = loadCareer((await params).slug);
  const track = trackById(framework);
  return track === undefined ? {} : careerMetadata(framework, track);
}

/** A ladder's own page: its first track (the only one of most ladders). */
export default async function LadderPage({ params }: LadderPageProps) {
  const { slug } = await params;
  const framework = loadCareer(slug);
  const track = trackById(framework);
  if (track === undefined) notFound();
  return <CareerPage slug={slug} framework={framework} track={track} />;
}
