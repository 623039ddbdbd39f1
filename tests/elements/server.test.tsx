import { renderRungsElement } from "@rungs/elements/server";
import { within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { act } from "./act";
import { seed, seedSource, settle, withElementsPage } from "./page";

withElementsPage();

/** The server's HTML as the browser parses it, before the elements' script runs (a template does not upgrade). */
function parse(html: string): DocumentFragment {
  const template = document.createElement("template");
  template.innerHTML = html;
  return template.content;
}

/** Puts server HTML in the page, lets the elements upgrade and hydrate, and returns what React reported. */
async function hydratePage(html: string) {
  const errors = vi.spyOn(console, "error");
  const warnings = vi.spyOn(console, "warn");
  const fragment = parse(html);
  const serverNodes = [...fragment.querySelectorAll("section, ol, table")];
  await act(async () => document.body.append(fragment));
  await settle();
  return { errors, warnings, serverNodes };
}

const allIds = () => [...document.querySelectorAll("[id]")].map((element) => element.id);

describe("renderRungsElement", () => {
  it("writes the element, its attributes, its data and the view a reader sees with JavaScript off", () => {
    const html = renderRungsElement("rungs-ladder", {
      framework: seedSource,
      attributes: { "current-level": "developing" },
      identifierPrefix: "ladder-",
    });
    const element = parse(html).firstElementChild as HTMLElement;
    expect(element.localName).toBe("rungs-ladder");
    expect(element.getAttribute("current-level")).toBe("developing");
    expect(element.getAttribute("identifier-prefix")).toBe("ladder-");
    expect(JSON.parse(element.querySelector('script[type="application/json"]')?.textContent ?? "")).toEqual(
      JSON.parse(seedSource),
    );
    for (const level of seed.levels) {
      for (const statement of level.statements) expect(element.textContent).toContain(statement.description);
    }
  });

  // As written (JSON text) and as `parseFramework` returned it (what `rungs render --element` writes).
  const TAGS = ["rungs-ladder", "rungs-matrix", "rungs-compare", "rungs-stepper", "rungs-summary"] as const;
  const INPUTS = { text: seedSource, parsed: seed };
  it.each(TAGS.flatMap((tag) => (["text", "parsed"] as const).map((input) => [tag, input] as const)))(
    "<%s> from the framework %s: the browser keeps the server's HTML and hydrates it without a warning",
    async (tag, input) => {
      const attributes =
        tag === "rungs-compare" ? { from: "emerging", to: "advanced" } : { "target-level": "advanced" };
      const html = renderRungsElement(tag, { framework: INPUTS[input], attributes, identifierPrefix: "r-" });
      const { errors, warnings, serverNodes } = await hydratePage(html);
      expect(errors).not.toHaveBeenCalled();
      expect(warnings).not.toHaveBeenCalled();
      expect(serverNodes.length).toBeGreaterThan(0);
      for (const node of serverNodes) expect(node.isConnected).toBe(true);
    },
  );

  it("two server-rendered ladders on one page: distinct prefixes, no repeated id, both interactive", async () => {
    // `identifierPrefix` for React's generated ids, `id-prefix` for the anchors people link to.
    const ladder = (prefix: string) =>
      renderRungsElement("rungs-ladder", {
        framework: seedSource,
        attributes: { "id-prefix": prefix },
        identifierPrefix: prefix,
      });
    const { errors } = await hydratePage(ladder("first-") + ladder("second-"));
    expect(errors).not.toHaveBeenCalled();
    const ids = allIds();
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    const [first, second] = [...document.querySelectorAll("rungs-ladder")] as HTMLElement[];
    const user = userEvent.setup();
    await user.click(within(second as HTMLElement).getByRole("button", { name: /Advanced/ }));
    const opened = within(second as HTMLElement).getByRole("button", { name: /Advanced/ });
    expect(opened.getAttribute("aria-expanded")).toBe("true");
    // The button names its own panel, not the first ladder's.
    const panel = document.getElementById(opened.getAttribute("aria-controls") ?? "");
    expect(second?.contains(panel)).toBe(true);
    expect(
      within(first as HTMLElement)
        .getByRole("button", { name: /Advanced/ })
        .getAttribute("aria-expanded"),
    ).toBe("false");
  });

  it("the same prefix twice repeats ids (why each element needs its own)", () => {
    const ladder = renderRungsElement("rungs-ladder", { framework: seedSource, identifierPrefix: "same-" });
    const ids = [...parse(ladder + ladder).querySelectorAll("[id]")].map((element) => element.id);
    expect(new Set(ids).size).toBeLessThan(ids.length);
  });

  it("data is text: nothing in a statement or an attribute can end the script or add markup", async () => {
    const hostile = "</script><img src=x onerror=alert(1)><!--";
    const framework = JSON.stringify({
      schemaVersion: "1.0",
      occupation: { title: `Pilot ${hostile}` },
      framework: { levels: { one: { label: "One", statements: [`Flying — ${hostile}`] } } },
    });
    const html = renderRungsElement("rungs-ladder", { framework, attributes: { "current-level": `"><img src=y>` } });
    const fragment = parse(html);
    expect(fragment.querySelector("img")).toBeNull();
    expect(fragment.firstElementChild?.getAttribute("current-level")).toBe(`"><img src=y>`);
    expect(JSON.parse(fragment.querySelector("script")?.textContent ?? "")).toEqual(JSON.parse(framework));
    await act(async () => document.body.append(fragment));
    await settle();
    expect(document.querySelector("img")).toBeNull();
    expect(document.body.textContent).toContain(hostile);
  });

  it("refuses an attribute name that is not one (rather than writing markup)", () => {
    expect(() =>
      renderRungsElement("rungs-ladder", { framework: seedSource, attributes: { 'x"><img src=z': "" } }),
    ).toThrow(TypeError);
  });
});
