import { LevelLadder, TrackSwitcher } from "@rungs/react";
import { version } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { escapeHtml, seeds } from "./render";

// Issue 21 (item 2), in React 18 and 19: each track of every seed renders on the server
// with every statement of that track in the HTML (a career page per track), its levels'
// equivalents as links, and the switcher marking it.

const tracked = seeds.filter(([, , framework]) => framework.tracks.length > 1);

describe.each(tracked)(`tracks of seeds/%s in React ${version.split(".")[0]}`, (_file, text, framework) => {
  it.each(framework.tracks.map((track) => [track.key, track] as const))(
    "the %s track has every statement and equivalent of its own, and the switcher marks it",
    (_key, track) => {
      const html = renderToString(
        <>
          <TrackSwitcher framework={text} track={track.key} href={(each) => `/t/${each.id}`} />
          <LevelLadder framework={text} track={track.key} trackHref={(each) => `/t/${each.id}`} />
        </>,
      );
      const statements = [...track.allLevels, ...track.levels.flatMap((level) => level.statements)];
      const missing = statements.filter((statement) => !html.includes(`id="${statement.id}"`));
      expect(missing).toEqual([]);
      for (const level of track.levels) {
        expect(html).toContain(escapeHtml(level.label));
        for (const equivalent of level.equivalents ?? []) {
          const other = framework.tracks.find((each) => each.key === equivalent.track);
          const id = other?.levels.find((each) => each.key === equivalent.level)?.id;
          expect(html).toContain(`href="/t/${other?.id}#${id}"`);
        }
      }
      expect(html).toContain(`href="/t/${track.id}" aria-current="page"`);
    },
  );
});

describe("the seeds", () => {
  it("include frameworks with tracks", () => {
    expect(tracked.length).toBeGreaterThanOrEqual(2);
  });
});
