import type { Framework } from "@rungs/core";
import { LevelLadder, TrackSwitcher, useAssessment } from "@rungs/react";
import { act, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { expectNoAxeViolations } from "../axe";
import { seed } from "../fixtures";
import { jorgef, postman } from "./format-1-1";

const rungLabels = (container: HTMLElement) =>
  [...container.querySelectorAll(".rungs-rung__label")].map((label) => label.firstChild?.textContent);
const trigger = (name: RegExp | string) => screen.getByRole("button", { name });
const contentOf = (name: RegExp | string) =>
  document.getElementById(trigger(name).getAttribute("aria-controls") ?? "") as HTMLElement;

function goTo(hash: string) {
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  });
}

/** A host page: the switcher and the ladder, the track in state, as Storybook and the elements hold it. */
function TrackedLadder({ framework, idPrefix = "" }: { framework: Framework; idPrefix?: string }) {
  const [track, setTrack] = useState<string | undefined>(undefined);
  return (
    <>
      <TrackSwitcher framework={framework} track={track} idPrefix={idPrefix} onTrackChange={setTrack} />
      <LevelLadder framework={framework} track={track} idPrefix={idPrefix} onTrackChange={setTrack} />
    </>
  );
}

// jsdom lays nothing out and has no scrollIntoView: a spy stands in, and says where the page went.
const scrolledTo = vi.fn();
beforeEach(() => {
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolledTo(this.id);
  };
});
function AssessedContributor() {
  const assessment = useAssessment(postman, { track: "open-source-contributor" });
  return <LevelLadder assessment={assessment} />;
}

afterEach(() => {
  window.history.replaceState(null, "", "/");
  delete (Element.prototype as Partial<Element>).scrollIntoView;
  scrolledTo.mockClear();
});

describe("LevelLadder with tracks", () => {
  it("shows the first track by default, and the track given", () => {
    const { container, rerender } = render(<LevelLadder framework={jorgef} />);
    expect(rungLabels(container)).toEqual(jorgef.tracks[0]?.levels.map((level) => level.label));
    rerender(<LevelLadder framework={jorgef} track="engineering-manager" />);
    expect(rungLabels(container)).toEqual([
      "EM5 - Engineering Manager 5",
      "EM6 - Engineering Manager 6",
      "EM7 - Engineering Manager 7",
    ]);
    expect(trigger(/^EM6/).textContent).toContain("Level 2 of 3");
  });

  it("lists a level's equivalents in the other tracks, each a link to that level", async () => {
    const { container } = render(
      <LevelLadder framework={jorgef} track="tech-lead" defaultValue={["tl5-tech-lead-5"]} />,
    );
    const panel = contentOf(/^TL5/);
    const group = panel.querySelector(".rungs-rung__equivalents") as HTMLElement;
    expect(group.querySelector("dt")?.textContent).toBe("Equivalent to");
    expect([...group.querySelectorAll("dd")].map((dd) => dd.textContent)).toEqual([
      "D5 - Developer 5, Developer track",
      "TPM5 - Technical Program Manager 5, Technical Program Manager track",
      "EM5 - Engineering Manager 5, Engineering Manager track",
    ]);
    expect(
      within(group)
        .getAllByRole("link")
        .map((link) => link.getAttribute("href")),
    ).toEqual([
      "#developer-d5-developer-5",
      "#technical-program-manager-tpm5-technical-program-manager-5",
      "#engineering-manager-em5-engineering-manager-5",
    ]);
    await expectNoAxeViolations(container);
  });

  it("links equivalents to their track's page with trackHref", () => {
    render(
      <LevelLadder
        framework={jorgef}
        idPrefix="l-"
        trackHref={(track) => `/careers/${track.id}`}
        defaultValue={["d4-developer-4"]}
      />,
    );
    const hrefs = within(contentOf(/^D4/))
      .getAllByRole("link")
      .map((link) => link.getAttribute("href"));
    expect(hrefs).toEqual([
      "/careers/tech-lead#l-tech-lead-tl4-tech-lead-4",
      "/careers/technical-program-manager#l-technical-program-manager-tpm4-technical-program-manager-4",
    ]);
  });

  it("names equivalents as text in a ladder with no client part, which could not follow them, unless trackHref says where", () => {
    const { unmount } = render(<LevelLadder framework={jorgef} interactive={false} />);
    const group = document.querySelector("#developer-d4-developer-4 .rungs-rung__equivalents") as HTMLElement;
    expect(group.querySelector("dd")?.textContent).toBe("TL4 - Tech Lead 4, Tech Lead track");
    expect(within(group).queryAllByRole("link")).toEqual([]);
    unmount();
    render(<LevelLadder framework={jorgef} interactive={false} trackHref={(track) => `${track.id}.html`} />);
    const links = document.querySelectorAll("#developer-d4-developer-4 .rungs-rung__equivalents a");
    expect(links[0]?.getAttribute("href")).toBe("tech-lead.html#tech-lead-tl4-tech-lead-4");
  });

  it("says nothing of equivalents for a level without them, and a 1.0 framework renders no equivalents", () => {
    const { container, unmount } = render(<LevelLadder framework={jorgef} defaultValue={["d1-developer-1"]} />);
    expect(contentOf(/^D1/).querySelector(".rungs-rung__equivalents")).toBeNull();
    unmount();
    render(<LevelLadder framework={seed} />);
    expect(container.querySelector(".rungs-rung__equivalents")).toBeNull();
  });

  it("shows the error panel for a track the framework does not have", () => {
    render(<LevelLadder framework={postman} track="designer" />);
    expect(screen.getByRole("alert").textContent).toContain("There is no track “designer” in this framework.");
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("follows a link to another track's level: onTrackChange, then the rung opens", () => {
    const { container } = render(<TrackedLadder framework={jorgef} idPrefix="l-" />);
    goTo("#l-engineering-manager-em6-engineering-manager-6");
    expect(rungLabels(container)[0]).toBe("EM5 - Engineering Manager 5");
    expect(trigger(/^EM6/).getAttribute("aria-expanded")).toBe("true");
    expect(scrolledTo.mock.calls).toEqual([["l-engineering-manager-em6-engineering-manager-6"]]);
    const current = screen.getByRole("link", { current: true });
    expect(current.textContent).toContain("Engineering Manager");
  });

  it("follows a link to another track (the switcher's) and a link back to a level of the first", () => {
    const { container } = render(<TrackedLadder framework={postman} />);
    goTo("#open-source-contributor");
    expect(rungLabels(container)[0]).toBe("Open Source Contributor I");
    goTo("#ospo-engineer-ospo-engineer-ii");
    expect(rungLabels(container)[0]).toBe("OSPO Engineer I");
    expect(trigger(/^OSPO Engineer II\b/).getAttribute("aria-expanded")).toBe("true");
    // The switch to a track scrolls nowhere (no rung is named); the link back to a level does.
    expect(scrolledTo.mock.calls).toEqual([["ospo-engineer-ospo-engineer-ii"]]);
  });

  it("ignores a link to another track without onTrackChange", () => {
    const { container } = render(<LevelLadder framework={jorgef} />);
    goTo("#tech-lead-tl4-tech-lead-4");
    expect(rungLabels(container)[0]).toBe("D1 - Developer 1");
    expect(screen.queryAllByRole("button", { expanded: true })).toHaveLength(0);
  });

  it("shows, in a self-assessment, the track assessed", () => {
    const { container } = render(<AssessedContributor />);
    expect(rungLabels(container)[0]).toBe("Open Source Contributor I");
    expect(trigger(/^Open Source Contributor I\b/).textContent).toContain("0 of 7 met");
  });
});
