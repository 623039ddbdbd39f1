// The `assessment` attribute (issue 22): a shared link's code restores a self-assessment in
// the elements, as `checkedFromLink` does for a React host.
import { encodeAssessment } from "@rungs/core";
import type { RungsCheckedChangeDetail, RungsElement } from "@rungs/elements";
import { renderRungsElement } from "@rungs/elements/server";
import { within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { act } from "./act";
import { seed, seedSource, settle, withElementsPage } from "./page";

withElementsPage();

const emerging = seed.levels[0]?.statements.map((statement) => statement.id) ?? [];
const restored = [...emerging, "developing-1"];
const code = encodeAssessment(seed, restored);

/** An element with the seed (a child JSON script) and these attributes, in the page; its events so far. */
async function mount(tag: string, attributes: Record<string, string>) {
  const element = document.createElement(tag) as RungsElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const script = document.createElement("script");
  script.type = "application/json";
  script.textContent = seedSource;
  element.append(script);
  const events: RungsCheckedChangeDetail[] = [];
  element.addEventListener("rungs-checked-change", (event) =>
    events.push((event as CustomEvent<RungsCheckedChangeDetail>).detail),
  );
  await act(async () => document.body.append(element));
  await settle();
  return { element, events };
}

/** The statements whose boxes are checked, by the id of their card. */
const checkedIn = (element: HTMLElement) =>
  [...element.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
    .filter((box) => box.checked)
    .map((box) => box.closest("li")?.id);

describe("<rungs-ladder assessable assessment>", () => {
  it("starts from the code's statements and says so once with rungs-checked-change", async () => {
    const { element, events } = await mount("rungs-ladder", { assessable: "", assessment: code });
    expect(checkedIn(element)).toEqual(restored);
    expect(events).toEqual([{ checked: restored, level: "emerging" }]);
  });

  it("starts again from a new code", async () => {
    const { element, events } = await mount("rungs-ladder", { assessable: "", assessment: code });
    const other = encodeAssessment(seed, ["advanced-1"]);
    await act(async () => element.setAttribute("assessment", other));
    await settle();
    expect(checkedIn(element)).toEqual(["advanced-1"]);
    expect(events.at(-1)).toEqual({ checked: ["advanced-1"], level: null });
  });

  it("checks nothing for a code the framework refuses, and tells the developer why", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { element, events } = await mount("rungs-ladder", { assessable: "", assessment: "2AAAAAAAAAAA" });
    expect(checkedIn(element)).toEqual([]);
    expect(events).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("refused (other-framework)"));
  });

  it("server-rendered with the code, has the boxes checked in its HTML and hydrates without a warning", async () => {
    const html = renderRungsElement("rungs-ladder", {
      framework: seedSource,
      attributes: { assessable: "", assessment: code },
      identifierPrefix: "r-",
    });
    expect(html.match(/<input[^>]* checked=""/g)).toHaveLength(restored.length);
    const errors = vi.spyOn(console, "error");
    const warnings = vi.spyOn(console, "warn");
    const template = document.createElement("template");
    template.innerHTML = html;
    await act(async () => document.body.append(template.content));
    await settle();
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    expect(checkedIn(document.body)).toEqual(restored);
  });
});

describe("a static page's script sets the code as the elements hydrate", () => {
  it("the ladder hydrates the server's HTML, then starts from the code: no error, no warning", async () => {
    const html = renderRungsElement("rungs-ladder", {
      framework: seedSource,
      attributes: { assessable: "" },
      identifierPrefix: "r-",
    });
    const errors = vi.spyOn(console, "error");
    const warnings = vi.spyOn(console, "warn");
    const reported: unknown[] = [];
    const onError = (event: ErrorEvent) => reported.push(event.error ?? event.message);
    window.addEventListener("error", onError);
    try {
      const template = document.createElement("template");
      template.innerHTML = html;
      await act(async () => {
        document.body.append(template.content);
        // What examples/html does with `?assessment=`: at once, while React hydrates.
        document.querySelector("rungs-ladder")?.setAttribute("assessment", code);
      });
      await settle();
      expect(checkedIn(document.body)).toEqual(restored);
    } finally {
      window.removeEventListener("error", onError);
    }
    // An update while React hydrates would make it give up the server's HTML (its error 424).
    expect(reported).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });
});

describe("<rungs-summary assessment>", () => {
  const levelOf = (element: HTMLElement) => element.querySelector(".rungs-summary__level-value")?.textContent;

  it("shows the code's result when it has no checked", async () => {
    const { element } = await mount("rungs-summary", { assessment: code });
    expect(levelOf(element)).toBe("Emerging");
    expect(within(element).getByText("1 of 10 met")).toBeTruthy();
  });

  it("follows checked when it has one, the page's live state", async () => {
    const { element } = await mount("rungs-summary", { assessment: code, checked: "" });
    expect(levelOf(element)).toBe("No level yet");
  });
});
