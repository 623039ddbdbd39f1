import { join } from "node:path";
import { assertFramework, type Track } from "@rungs/core";
import { describe, expect, it } from "vitest";
import { SEEDS_DIR, seedText } from "../seeds";
import { decodeEntities } from "../ssr/html";
import { errorLines, runCli, SAMPLE_SEEDS } from "./run-cli";

// Issue 21 (item 6): `rungs render --track <key>` writes one track's page (the first track's
// by default); an unknown key is a usage error that lists the tracks; `--track-href` links
// the pages of a framework's tracks to each other (a switcher, and each level's equivalents).

const SLUG = "jorgef-engineering-ladders";
const path = join(SEEDS_DIR, SLUG, `${SLUG}.json`);
const framework = assertFramework(seedText(`${SLUG}/${SLUG}.json`));
const trackOf = (key: string) => framework.tracks.find((track) => track.key === key) as Track;

function bodyOf(html: string): string {
  return /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? "";
}

/** The names of the elements an opening tag starts, up to their closing tag: text, inline tags adding no space. */
function namesOf(html: string, open: string, close: string): string[] {
  return [...html.matchAll(new RegExp(`${open}([\\s\\S]*?)${close}`, "g"))].map((match) =>
    decodeEntities((match[1] ?? "").replace(/<[^>]*>/g, "")).trim(),
  );
}

const rungLabels = (html: string) =>
  namesOf(bodyOf(html), '<h2 class="rungs-rung__heading rungs-rung__header">', "</h2>").map(
    (name) => name.split(",")[0],
  );

describe("rungs render --track", () => {
  it("writes that track's levels only, says the track in the title, and warns that the page links to no other track", async () => {
    const [first, techLead] = await Promise.all([
      runCli(["render", path]),
      runCli(["render", path, "--track", "tech-lead"]),
    ]);
    expect(first?.code).toBe(0);
    expect(rungLabels(first.stdout)).toEqual(trackOf("developer").levels.map((level) => level.label));
    expect(techLead.code).toBe(0);
    expect(errorLines(techLead.stderr)).toEqual([]);
    expect(rungLabels(techLead.stdout)).toEqual(trackOf("tech-lead").levels.map((level) => level.label));
    for (const level of trackOf("developer").levels) expect(techLead.stdout).not.toContain(`id="${level.id}"`);
    expect(techLead.stdout).toContain(`<title>${framework.occupation.title}: Tech Lead</title>`);
    expect(techLead.stdout).not.toContain("<nav");
    // The equivalents are named, not links to pages that were not written.
    expect(techLead.stdout).toContain("<dd>D4 - Developer 4, Developer track</dd>");
    expect(techLead.stdout).not.toContain('href="#developer-');
    expect(techLead.stderr).toContain(
      `rungs render: ${path} has 4 tracks: the page shows Tech Lead only (--track for another), with no links to the others; give --track-href to link one page per track`,
    );
  });

  it("the matrix shows the track's levels as its columns", async () => {
    const run = await runCli(["render", path, "--view", "matrix", "--track", "engineering-manager"]);
    expect(run.code).toBe(0);
    const headers = namesOf(bodyOf(run.stdout), '<th scope="col"[^>]*>', "</th>");
    for (const level of trackOf("engineering-manager").levels) {
      expect(headers.some((header) => header.startsWith(level.label))).toBe(true);
    }
    for (const level of trackOf("developer").levels) {
      expect(headers.some((header) => header.startsWith(level.label))).toBe(false);
    }
  });

  it("--track-href: a switcher linking each track's page, the current one aria-current, and equivalents on their pages", async () => {
    const run = await runCli(["render", path, "--track", "tech-lead", "--track-href", "ladder-{track}.html"]);
    expect(run.code).toBe(0);
    expect(errorLines(run.stderr)).toEqual([]);
    expect(run.stderr).not.toContain("--track-href");
    const body = bodyOf(run.stdout);
    const nav = /<nav [^>]*aria-label="Engineering Ladders: tracks"[^>]*>([\s\S]*?)<\/nav>/.exec(body)?.[1] ?? "";
    const links = [...nav.matchAll(/<a [^>]*href="([^"]*)"([^>]*)>/g)].map((match) => ({
      href: match[1],
      current: /aria-current="page"/.test(match[2] ?? ""),
    }));
    expect(links).toEqual(
      framework.tracks.map((track) => ({ href: `ladder-${track.id}.html`, current: track.key === "tech-lead" })),
    );
    // TL4's equivalent D4 is on the developer track's page.
    const d4 = trackOf("developer").levels.find((level) => level.key === "d4-developer-4");
    expect(body).toContain(`href="ladder-developer.html#${d4?.id}"`);
    // The switcher comes before the ladder, and the page still loads no script of its own.
    expect(body.indexOf("<nav")).toBeLessThan(body.indexOf('<section aria-label="Engineering Ladders: career ladder"'));
    expect(body).not.toMatch(/<script\b|<button\b/);
  });

  it("an unknown --track is a usage error listing the tracks; so is a --track-href without {track} or not a page address", async () => {
    const cases = [
      ["render", path, "--track", "nope"],
      ["render", path, "--track-href", "ladder.html"],
      ["render", path, "--track-href", "javascript:alert('{track}')"],
      ["render", path, "--element", "--track", "tech-lead"],
      ["render", join(SEEDS_DIR, SAMPLE_SEEDS[0]), "--track", "manager"],
    ];
    const runs = await Promise.all(cases.map((args) => runCli(args)));
    runs.forEach((run, index) => {
      expect({ args: cases[index], code: run.code, stdout: run.stdout }).toEqual({
        args: cases[index],
        code: 2,
        stdout: "",
      });
    });
    // After the file's own warnings, as loading it gave them: the usage error, last.
    expect(runs[0]?.stderr).toMatch(
      /\nrungs render: --track must be one of developer, tech-lead, technical-program-manager, engineering-manager; got 'nope'\nRun 'rungs render --help' for usage\.\n$/,
    );
    expect(runs[1]?.stderr).toContain("--track-href must hold {track}");
    expect(runs[2]?.stderr).toContain("--track-href must be an http: or https: address");
    expect(runs[3]?.stderr).toContain("an element takes --attr track=<key>");
    // A 1.0 framework has one track, the default one.
    expect(runs[4]?.stderr).toContain("--track must be one of default; got 'manager'");
  });
});
