import type { Framework, Track } from "@rungs/core";
import { FrameworkAttribution, LevelLadder, ProgressionMatrix, TrackSwitcher } from "@rungs/react";
import type { Metadata } from "next";
import { describeTrack, trackPath } from "../../../lib/careers";

interface CareerPageProps {
  /** The ladder's folder in `seeds/`: its pages are under `/careers/<slug>`. */
  slug: string;
  framework: Framework;
  track: Track;
}

/** The title and description of a track's page. */
export function careerMetadata(framework: Framework, track: Track): Metadata {
  const title =
    framework.tracks.length > 1
      ? `${framework.occupation.title}: ${track.label} levels`
      : `${framework.occupation.title}: levels`;
  return { title, description: describeTrack(framework, track) };
}

/**
 * A company ladder's career page for one track, all of it server components: links to its
 * other tracks (`TrackSwitcher`, nothing for a ladder with one), the ladder (its areas,
 * level descriptions and details, proficiency labels, examples, and each level's
 * equivalents in the other tracks as links to their pages) and the matrix of every level,
 * then the sources. Only the ladder's rungs open and close in the browser; the rest is
 * HTML. The reader is placed on no level: this is the company's public ladder, not a
 * self-assessment.
 */
export function CareerPage({ slug, framework, track }: CareerPageProps) {
  // One function for the switcher's links and the equivalents' links: a track's page.
  const trackHref = (other: Track) => trackPath(slug, framework, other);
  const heading =
    framework.tracks.length > 1 ? `${framework.occupation.title}: ${track.label}` : framework.occupation.title;
  return (
    <>
      <h1>{heading}</h1>
      <p>{describeTrack(framework, track)}</p>
      {track.description !== undefined && <p>{track.description}</p>}
      <TrackSwitcher framework={framework} track={track.key} href={trackHref} />

      <section aria-labelledby="section-levels" data-measure="levels">
        <h2 id="section-levels">Levels</h2>
        <LevelLadder
          framework={framework}
          track={track.key}
          trackHref={trackHref}
          headingLevel={3}
          attribution={false}
        />
      </section>

      <section aria-labelledby="section-matrix" data-measure="matrix">
        <h2 id="section-matrix">Every level side by side</h2>
        <ProgressionMatrix framework={framework} track={track.key} attribution={false} />
      </section>

      <section aria-labelledby="section-sources" data-measure="sources">
        <h2 id="section-sources">Sources</h2>
        <FrameworkAttribution framework={framework} />
      </section>
    </>
  );
}
