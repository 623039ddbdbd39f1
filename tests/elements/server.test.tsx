import { attributeProblems, isAllowedAttribute, renderRungsElement } from "@rungs/elements/server";
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

/** HTML as a browser gets it from a server: encoded as UTF-8 on the way (a lone surrogate becomes U+FFFD). */
const overTheWire = (html: string) => new TextDecoder().decode(new TextEncoder().encode(html));

describe("attribute values are read the same on the server and in the browser", () => {
  // Statements holding what a browser makes of a lone surrogate or a NUL in an attribute.
  const framework = JSON.stringify({
    schemaVersion: "1.0",
    occupation: { title: "Archivist" },
    framework: {
      levels: {
        one: { label: "One", statements: ["Records — repairs \uFFFD characters in old files."] },
        two: { label: "Two", statements: ["Records — restores files a\uFFFDb with broken bytes."] },
      },
    },
  });

  it.each([
    ["rungs-ladder", "\uD800"],
    ["rungs-ladder", "a\u0000b"],
    ["rungs-matrix", "\uDFFF"],
    ["rungs-matrix", "\u0000"],
    ["rungs-ladder", "repairs\r\nfiles"],
  ] as const)("<%s> searched for %j hydrates without a mismatch", async (tag, query) => {
    const html = renderRungsElement(tag, { framework, attributes: { query }, identifierPrefix: "q-" });
    const reported: unknown[] = [];
    const onError = (event: ErrorEvent) => reported.push(event.error ?? event.message);
    window.addEventListener("error", onError);
    try {
      const { errors } = await hydratePage(overTheWire(html));
      expect(errors).not.toHaveBeenCalled();
      expect(reported).toEqual([]);
    } finally {
      window.removeEventListener("error", onError);
    }
  });
});

describe("the attributes renderRungsElement writes", () => {
  it("takes the element's own attributes and the safe global ones", () => {
    const attributes = {
      "current-level": "developing",
      query: "data",
      id: "career",
      class: "wide",
      lang: "en",
      dir: "ltr",
      title: "Ladder",
      hidden: "",
      translate: "no",
      role: "region",
      "data-track": "ic",
      "aria-label": "Career ladder",
      theme: "warm",
      timeout: "5000",
      src: "/frameworks/seed.json",
    };
    expect(attributeProblems("rungs-ladder", attributes)).toEqual([]);
    const element = parse(renderRungsElement("rungs-ladder", { framework: seedSource, attributes })).firstElementChild;
    for (const [name, value] of Object.entries(attributes)) expect(element?.getAttribute(name)).toBe(value);
  });

  it.each([
    ["onclick", "alert(1)", /event handler/],
    ["onmouseover", "alert(1)", /event handler/],
    ["style", "background:url(javascript:alert(1))", /inline style/],
    ["curent-level", "developing", /not an attribute <rungs-ladder> takes/],
    ["link-to", "/ladder", /not an attribute <rungs-ladder> takes/],
    ["aria-busy", "true", /the element sets it itself/],
  ])("refuses %s with a TypeError that names it, and attributeProblems says why", (name, value, why) => {
    const attributes = { [name]: value };
    expect(() => renderRungsElement("rungs-ladder", { framework: seedSource, attributes })).toThrow(TypeError);
    expect(() => renderRungsElement("rungs-ladder", { framework: seedSource, attributes })).toThrow(name);
    const problems = attributeProblems("rungs-ladder", attributes);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ name, code: "not-allowed" });
    expect(problems[0]?.message).toMatch(why);
    expect(isAllowedAttribute("rungs-ladder", name)).toBe(false);
  });

  it.each([
    ["rungs-stepper", "link-to", "javascript:alert(1)"],
    ["rungs-stepper", "link-to", "data:text/html,<script>alert(1)</script>"],
    ["rungs-ladder", "src", "javascript:alert(1)"],
    ["rungs-ladder", "src", "https://admin:hunter2@frameworks.example/seed.json"],
  ] as const)("<%s> %s=%j: not written and not followed, with a warning (never a throw)", (tag, name, value) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const attributes = { [name]: value };
    expect(attributeProblems(tag, attributes)).toEqual([expect.objectContaining({ name, code: "unsafe-url" })]);
    const html = renderRungsElement(tag, { framework: seedSource, attributes });
    expect(html).not.toMatch(/javascript:|data:text|hunter2/);
    expect(parse(html).firstElementChild?.hasAttribute(name)).toBe(false);
    if (tag === "rungs-stepper") expect(parse(html).querySelector("a")).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(name));
  });
});
