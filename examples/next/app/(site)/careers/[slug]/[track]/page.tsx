import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { careerSlugs, loadCareer, trackById } from "../../../../../lib/careers";
import { CareerPage, careerMetadata } from "../../career-page";

interface TrackPageProps {
  params: Promise<{ slug: string; track: string }>;
}

/**
 * A page for each track of a ladder but its first, which is the ladder's own page
 * (`/careers/<slug>`): one address per track. Generated at build time; any other is a 404.
 */
export function generateStaticParams(): { slug: string; track: string }[] {
  return careerSlugs().flatMap((slug) =>
    loadCareer(slug)
      .tracks.slice(1)
      .map((track) => ({ slug, track: track.id })),
  );
}
export const dynamicParams = false;

export async function generateMetadata({ params }: TrackPageProps): Promise<Metadata> {
  const { slug, track: trackId } = await params;
  const framework = loadCareer(slug);
  const track = trackById(framework, trackId);
  return track === undefined ? {} : careerMetadata(framework, track);
}

/** One track of a ladder ("Tech Lead", "Engineering Manager"), its levels and matrix. */
export default async function TrackPage({ params }: TrackPageProps) {
  const { slug, track: trackId } = await params;
  const framework = loadCareer(slug);
  const track = trackById(framework, trackId);
  if (track === undefined) notFound();
  return <CareerPage slug={slug} framework={framework} track={track} />;
}
