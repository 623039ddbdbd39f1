import { assertFramework, type Track } from "@rungs/core";
import type { RungsElement, RungsTrackChangeDetail } from "@rungs/elements";
import { renderRungsElement } from "@rungs/elements/server";
import { within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import jorgefText from "../../seeds/jorgef-engineering-ladders/jorgef-engineering-ladders.json?raw";
import { act } from "./act";
import { seedSource, settle, withElementsPage } from "./page";

// Issue 21 (item 6): the `track` attribute on the elements; the ladder's and the matrix's
// track switcher, whose links (and a hash naming another track's level) set the element's
// `track`, which it owns; an unknown key shows the element's error panel.

withElementsPage();

const framework = assertFramework(jorgefText);
const trackOf = (key: string) => framework.tracks.find((track) => track.key === key) as Track;
const labelsOf = (key: string) => trackOf(key).levels.map((level) => level.label);

afterEach(() => {
  // A test that follows a link leaves its hash; the next one starts without.
  history.replaceState(null, "", window.location.pathname);
});

async function mount(tag: string, attributes: Record<string, string> = {}, text = jorgefText) {
  const element = document.createElement(tag) as RungsElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const script = document.createElement("script");
  script.type = "application/json";
  script.textContent = text;
  element.append(script);
  await act(async () => document.body.append(element));
  await settle();
  return element;
}

/** The labels of the ladder's rungs, as their buttons start. */
function rungLabels(element: HTMLElement): string[] {
  return [...element.querySelectorAll(".rungs-rung__label")].map((label) => label.textContent?.replace(/,$/, "") ?? "");
}

/** The track switcher's links: each one's track label and whether it is the current one. */
function switcherLinks(element: HTMLElement) {
  const nav = within(element).getByRole("navigation", { name: `${framework.occupation.title}: tracks` });
  return within(nav)
    .getAllByRole("link")
    .map((link) => ({
      label: link.querySelector(".rungs-tracks__label")?.textContent?.replace(/,$/, ""),
      current: link.hasAttribute("aria-current"),
    }));
}

describe("the track attribute", () => {
  it("<rungs-ladder track>: that track's rungs, the switcher marking it; a new value renders the new track", async () => {
    const element = await mount("rungs-ladder", { track: "tech-lead" });
    expect(rungLabels(element)).toEqual(labelsOf("tech-lead"));
    expect(switcherLinks(element)).toEqual(
      framework.tracks.map((track) => ({ label: track.label, current: track.key === "tech-lead" })),
    );
    await act(async () => element.setAttribute("track", "engineering-manager"));
    expect(rungLabels(element)).toEqual(labelsOf("engineering-manager"));
    await act(async () => element.removeAttribute("track"));
    expect(rungLabels(element)).toEqual(labelsOf("developer"));
  });

  it("a switcher link sets the element's track and fires rungs-track-change", async () => {
    const element = await mount("rungs-ladder");
    const events: RungsTrackChangeDetail[] = [];
    element.addEventListener("rungs-track-change", (event) => events.push((event as CustomEvent).detail));
    const user = userEvent.setup();
    const nav = within(element).getByRole("navigation");
    await user.click(within(nav).getByRole("link", { name: /^Tech Lead/ }));
    await settle();
    expect(element.getAttribute("track")).toBe("tech-lead");
    expect(events).toEqual([{ track: "tech-lead" }]);
    expect(rungLabels(element)).toEqual(labelsOf("tech-lead"));
    expect(
      within(nav)
        .getByRole("link", { name: /^Tech Lead/ })
        .hasAttribute("aria-current"),
    ).toBe(true);
  });

  it("a hash naming a level of another track switches to that track and opens its rung", async () => {
    // jsdom lays nothing out, so it has no scrollIntoView, which the ladder calls on the linked rung.
    if (!("scrollIntoView" in Element.prototype)) {
      Object.defineProperty(Element.prototype, "scrollIntoView", { value: () => {}, configurable: true });
    }
    const element = await mount("rungs-ladder");
    const tl5 = trackOf("tech-lead").levels[1];
    await act(async () => {
      window.location.hash = `#${tl5?.id}`;
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    await settle();
    expect(element.getAttribute("track")).toBe("tech-lead");
    const rung = within(element).getByRole("button", { name: new RegExp(`^${tl5?.label}`) });
    expect(rung.getAttribute("aria-expanded")).toBe("true");
  });

  it("an unknown track: the error panel says so, with no switcher", async () => {
    const element = await mount("rungs-ladder", { track: "nope" });
    expect(within(element).getByRole("alert").textContent).toContain("There is no track “nope” in this framework.");
    expect(within(element).queryByRole("navigation")).toBeNull();
    const matrix = await mount("rungs-matrix", { track: "nope" });
    expect(within(matrix).getAllByRole("alert")).toHaveLength(1);
  });

  it("no-track-switcher leaves the navigation to the host; one track (1.0) has none", async () => {
    const element = await mount("rungs-ladder", { track: "tech-lead", "no-track-switcher": "" });
    expect(within(element).queryByRole("navigation")).toBeNull();
    expect(rungLabels(element)).toEqual(labelsOf("tech-lead"));
    const plain = await mount("rungs-ladder", {}, seedSource);
    expect(within(plain).queryByRole("navigation")).toBeNull();
  });

  it("matrix, compare, stepper and summary show the track's levels", async () => {
    const matrix = await mount("rungs-matrix", { track: "engineering-manager" });
    const table = within(matrix).getByRole("table");
    for (const label of labelsOf("engineering-manager")) {
      expect(within(table).getByRole("columnheader", { name: new RegExp(`^${label}`) })).toBeTruthy();
    }
    expect(switcherLinks(matrix).find((link) => link.current)?.label).toBe("Engineering Manager");

    const [tl4, tl7] = [trackOf("tech-lead").levels[0], trackOf("tech-lead").levels[3]];
    const compare = await mount("rungs-compare", { track: "tech-lead", from: tl4?.key ?? "", to: tl7?.key ?? "" });
    expect(
      within(compare).getByRole("table", {
        name: `${framework.occupation.title}: ${tl4?.label} compared with ${tl7?.label}`,
      }),
    ).toBeTruthy();

    const stepper = await mount("rungs-stepper", { track: "tech-lead" });
    expect(within(stepper).getAllByRole("listitem")).toHaveLength(labelsOf("tech-lead").length);

    const checked = tl4?.statements.map((statement) => statement.id).join(" ") ?? "";
    const summary = await mount("rungs-summary", { track: "tech-lead", checked });
    expect(summary.querySelector(".rungs-summary__level")?.textContent).toContain(tl4?.label);
  });

  it("server HTML with a track hydrates without a warning, the switcher included", async () => {
    const html = renderRungsElement("rungs-ladder", {
      framework: jorgefText,
      attributes: { track: "tech-lead" },
      identifierPrefix: "t-",
    });
    const errors = vi.spyOn(console, "error");
    const warnings = vi.spyOn(console, "warn");
    const template = document.createElement("template");
    template.innerHTML = html;
    const nav = template.content.querySelector("nav");
    expect(nav).not.toBeNull();
    await act(async () => document.body.append(template.content));
    await settle();
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    expect(document.querySelector("rungs-ladder nav")).toBe(nav);
  });
});
