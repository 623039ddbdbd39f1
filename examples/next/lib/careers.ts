import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { allStatements, assertFramework, type Framework, type Track } from "@rungs/core";

/**
 * The repository's `seeds/` folder, read at build time only (`next build` runs in this
 * package's folder), as `lib/frameworks.ts` reads the flat seeds.
 */
const SEEDS = join(process.cwd(), "..", "..", "seeds");

/**
 * The real company ladders in format 1.1 (areas, tracks, level descriptions, examples): each
 * a folder `seeds/<slug>/` holding `<slug>.json`, sorted. One career site each.
 */
export function careerSlugs(): string[] {
  return readdirSync(SEEDS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(SEEDS, entry.name, `${entry.name}.json`)))
    .map((entry) => entry.name)
    .sort();
}

const parsed = new Map<string, Framework>();

/**
 * The ladder in `seeds/<slug>/<slug>.json`, parsed and checked on the server. A file that is
 * not a valid framework fails the build (`assertFramework` throws), so a broken seed never
 * becomes a page.
 */
export function loadCareer(slug: string): Framework {
  const known = parsed.get(slug);
  if (known) return known;
  if (!careerSlugs().includes(slug)) throw new Error(`No ladder seeds/${slug}/${slug}.json`);
  const framework = assertFramework(readFileSync(join(SEEDS, slug, `${slug}.json`), "utf8"));
  parsed.set(slug, framework);
  return framework;
}

/** Route parameters of `/careers/<slug>`: every ladder, shown on its first track. */
export function careerParams(): { slug: string }[] {
  return careerSlugs().map((slug) => ({ slug }));
}

/**
 * The page of one track. The first track is the ladder's own page (`/careers/<slug>`), so
 * a ladder with one track has one address; each other track has `/careers/<slug>/<track id>`
 * (ids are URL-safe and unique among the tracks). A level's id starts with its track's id,
 * so `${trackPath(…)}#${level.id}` names the track twice over and opens that rung.
 */
export function trackPath(slug: string, framework: Framework, track: Pick<Track, "key" | "id">): string {
  return track.key === framework.tracks[0]?.key ? `/careers/${slug}` : `/careers/${slug}/${track.id}`;
}

/** The track a page shows: the one whose id is `trackId`, the first without one; `undefined` for an unknown id. */
export function trackById(framework: Framework, trackId?: string): Track | undefined {
  if (trackId === undefined) return framework.tracks[0];
  return framework.tracks.find((track) => track.id === trackId);
}

/** A sentence for meta descriptions and intros: what the track's levels cover. */
export function describeTrack(framework: Framework, track: Track): string {
  const first = track.levels[0]?.label ?? "";
  const last = track.levels.at(-1)?.label ?? "";
  const count = allStatements(framework, { track: track.key }).length;
  const name =
    framework.tracks.length > 1 ? `${framework.occupation.title}, ${track.label} track` : framework.occupation.title;
  return `${name}: ${track.levels.length} levels from ${first} to ${last}, ${count} statements of what each level takes.`;
}
