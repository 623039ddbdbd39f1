import { assertFramework } from "@rungs/core";
import { describe, expect, it } from "vitest";
import { seedText } from "../seeds";
import { flight } from "./flight";

// Issue 21 (item 2): a page per track in React Server Components — the switcher, the
// equivalents and every view's `track` — sends no client component but the ladder's.

const SOURCE = "packages/react/src/";
const jorgef = assertFramework(seedText("jorgef-engineering-ladders/jorgef-engineering-ladders.json"));
const trackPage = (track: { id: string }) => `/careers/${track.id}`;

describe("tracks in React Server Components", () => {
  it("TrackSwitcher, LevelStepper, ProgressionMatrix and LevelCompare of a track send no client component", async () => {
    const { LevelCompare, LevelStepper, ProgressionMatrix, TrackSwitcher } = await import("@rungs/react");
    const payload = await flight(
      <>
        <TrackSwitcher framework={jorgef} track="tech-lead" href={trackPage} />
        <LevelStepper framework={jorgef} track="tech-lead" currentLevel="tl5-tech-lead-5" />
        <ProgressionMatrix framework={jorgef} track="tech-lead" />
        <LevelCompare framework={jorgef} track="tech-lead" from="tl4-tech-lead-4" to="tl7-tech-lead-7" />
      </>,
    );
    expect(payload.clientReferences).toEqual([]);
    expect(payload.text).toContain('"aria-current":"page"');
    expect(payload.text).toContain('"href":"/careers/engineering-manager"');
  });

  it("a track's ladder sends only its client part, with the equivalents rendered and the other tracks' ids", async () => {
    const { LevelLadder } = await import("@rungs/react");
    const payload = await flight(<LevelLadder framework={jorgef} track="engineering-manager" trackHref={trackPage} />);
    expect(payload.clientReferences).toEqual([`${SOURCE}ladder/ladder-client.tsx#LadderClient`]);
    expect(payload.text).toContain('"className":"rungs-rung__detail rungs-rung__equivalents"');
    expect(payload.text).toContain('"href":"/careers/developer#developer-d5-developer-5"');
    expect(payload.text).toContain('"otherTracks":[{"key":"developer","ids":["developer","developer-d1-developer-1"');
  });
});
