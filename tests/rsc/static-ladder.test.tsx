import { assertFramework } from "@rungs/core";
import { describe, expect, it } from "vitest";
import { seedText } from "../seeds";
import { flight } from "./flight";

// Issue 21 (item 6): a ladder with nothing to open (`interactive={false}`, the CLI's static
// page) renders its rungs as headed sections on the server and sends no client reference,
// where the same ladder as an accordion sends its client part.

const seeds = ["infracloud-engineering", "sourcegraph-product", "jorgef-engineering-ladders"].map((slug) =>
  assertFramework(seedText(`${slug}/${slug}.json`)),
);

describe("LevelLadder interactive={false} in React Server Components", () => {
  it.each(seeds)("$occupation.title: no client reference, and no button", async (framework) => {
    const { LevelLadder } = await import("@rungs/react");
    const payload = await flight(<LevelLadder framework={framework} interactive={false} headingLevel={2} />);
    expect(payload.clientReferences).toEqual([]);
    expect(payload.text).not.toContain('"button"');
    expect(payload.text).toContain('"className":"rungs-rung__heading rungs-rung__header"');
    for (const level of framework.levels) expect(payload.text).toContain(`"id":"${level.id}"`);
    if (framework.areas.length > 0) expect(payload.text).toContain('"className":"rungs-area__heading"');
  });

  it("raw JSON is parsed on the server and the open state's props change nothing", async () => {
    const { LevelLadder } = await import("@rungs/react");
    const text = seedText("sourcegraph-product/sourcegraph-product.json");
    const payload = await flight(
      <LevelLadder framework={text} interactive={false} type="single" defaultValue="" query="roadmap" />,
    );
    expect(payload.clientReferences).toEqual([]);
    // The root section's own props, up to its children: no open state reaches the DOM.
    const section = /\["\$","section",null,\{(.*?)"children"/.exec(payload.text)?.[1];
    expect(section).toContain('"aria-label"');
    expect(section).not.toMatch(/"defaultValue"|"type"/);
    const interactive = await flight(<LevelLadder framework={text} />);
    expect(interactive.clientReferences).toEqual(["packages/react/src/ladder/ladder-client.tsx#LadderClient"]);
  });

  it("a track's page as rungs render writes it (switcher, static ladder, equivalents on their pages): no client reference", async () => {
    const { LevelLadder, TrackSwitcher } = await import("@rungs/react");
    const text = seedText("jorgef-engineering-ladders/jorgef-engineering-ladders.json");
    const href = (track: { id: string }) => `ladder-${track.id}.html`;
    const payload = await flight(
      <>
        <TrackSwitcher framework={text} track="tech-lead" href={href} />
        <LevelLadder framework={text} track="tech-lead" trackHref={href} interactive={false} headingLevel={2} />
      </>,
    );
    expect(payload.clientReferences).toEqual([]);
    expect(payload.text).toContain('"href":"ladder-developer.html"');
    expect(payload.text).toContain('"aria-current":"page"');
    expect(payload.text).toContain('"href":"ladder-developer.html#developer-d4-developer-4"');
    expect(payload.text).not.toContain('"button"');
  });

  it("sends the error panel for input it cannot use", async () => {
    const { LevelLadder } = await import("@rungs/react");
    const payload = await flight(<LevelLadder framework="{ not json" interactive={false} />);
    expect(payload.clientReferences).toEqual([]);
    expect(payload.text).toContain('"role":"alert"');
  });
});
