import { defineRungsElements, type RungsCheckedChangeDetail, type RungsElement } from "@rungs/elements";
import { LevelLadder } from "@rungs/react";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { act } from "./act";
import { openRungCheckboxes, seed, seedSource, settle, withElementsPage } from "./page";

withElementsPage();

type Source = "property" | "script" | "src";
const SOURCES: Source[] = ["property", "script", "src"];

function stubFetch(respond: (url: string, init?: RequestInit) => Promise<Response>) {
  const fetch = vi.fn(respond);
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

/** An element with the seed from one source, in the document. */
async function mount(tag: string, source: Source, attributes: Record<string, string> = {}, data = seedSource) {
  const element = document.createElement(tag) as RungsElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (source === "property") element.framework = JSON.parse(data);
  if (source === "script") {
    const script = document.createElement("script");
    script.type = "application/json";
    script.textContent = data;
    element.append(script);
  }
  if (source === "src") {
    stubFetch(async () => new Response(data, { headers: { "content-type": "application/json" } }));
    element.setAttribute("src", "/frameworks/seed.json");
  }
  await act(async () => document.body.append(element));
  await settle();
  return element;
}

const title = seed.occupation.title;

describe.each(SOURCES)("each element renders the seed from the %s", (source) => {
  it("<rungs-ladder>: the ladder's region and a rung per level", async () => {
    const element = await mount("rungs-ladder", source);
    const region = within(element).getByRole("region", { name: /career ladder$/ });
    expect(within(region).getByRole("button", { name: /Emerging/ })).toBeTruthy();
    expect(within(region).getAllByRole("button", { expanded: false })).toHaveLength(4);
  });

  it("<rungs-matrix>: a table with a column per level", async () => {
    const element = await mount("rungs-matrix", source);
    const table = within(element).getByRole("table");
    for (const label of ["Emerging", "Developing", "Proficient", "Advanced"]) {
      expect(within(table).getByRole("columnheader", { name: new RegExp(label) })).toBeTruthy();
    }
  });

  it("<rungs-compare>: the two levels from `from` and `to`", async () => {
    const element = await mount("rungs-compare", source, { from: "emerging", to: "advanced" });
    expect(within(element).getByRole("table", { name: `${title}: Emerging compared with Advanced` })).toBeTruthy();
  });

  it("<rungs-stepper>: a step per level", async () => {
    const element = await mount("rungs-stepper", source);
    expect(within(element).getAllByRole("listitem")).toHaveLength(4);
  });

  it("<rungs-summary>: the result of the checked statements", async () => {
    const ids = seed.levels[0]?.statements.map((s) => s.id) ?? [];
    const element = await mount("rungs-summary", source, { checked: ids.join(" ") });
    const region = within(element).getByRole("region", { name: "Your result" });
    expect(region.querySelector(".rungs-summary__level")?.textContent).toMatch(/Emerging/);
  });
});

describe("attributes update the view", () => {
  it("ladder: current-level and target-level mark the rungs; query filters", async () => {
    const element = await mount("rungs-ladder", "script");
    expect(element.textContent).not.toMatch(/You are here/);
    await act(async () => element.setAttribute("current-level", "developing"));
    expect(within(element).getByRole("button", { name: /Developing/ }).textContent).toMatch(/You are here/);
    await act(async () => element.setAttribute("target-level", "advanced"));
    expect(within(element).getByRole("button", { name: /Advanced/ }).textContent).toMatch(/Target/);
    await act(async () => element.removeAttribute("current-level"));
    expect(element.textContent).not.toMatch(/You are here/);
    await act(async () => element.setAttribute("query", "zzzz-no-such-word"));
    expect(within(element).queryAllByRole("button", { expanded: true })).toHaveLength(0);
  });

  it("matrix: query shows how many statements match", async () => {
    const element = await mount("rungs-matrix", "script");
    expect(within(element).queryByRole("status")).toBeNull();
    await act(async () => element.setAttribute("query", "zzzz-no-such-word"));
    expect(within(element).getByRole("status").textContent).toBe("No statement matches “zzzz-no-such-word”.");
  });

  it("compare: from and to", async () => {
    const element = await mount("rungs-compare", "property", { from: "emerging", to: "developing" });
    await act(async () => element.setAttribute("to", "proficient"));
    expect(within(element).getByRole("table", { name: `${title}: Emerging compared with Proficient` })).toBeTruthy();
  });

  it("stepper: current-level sets aria-current, link-to makes steps links", async () => {
    const element = await mount("rungs-stepper", "property");
    await act(async () => element.setAttribute("current-level", "proficient"));
    expect(element.querySelector('[aria-current="step"]')?.textContent).toMatch(/Proficient/);
    await act(async () => element.setAttribute("link-to", "/ladder"));
    expect(
      within(element)
        .getByRole("link", { name: /Emerging/ })
        .getAttribute("href"),
    ).toBe("/ladder#emerging");
  });

  it("theme sets data-rungs-theme on the element; dir is the element's own", async () => {
    const element = await mount("rungs-ladder", "property", { theme: "compact", dir: "rtl" });
    expect(element.getAttribute("data-rungs-theme")).toBe("compact");
    await act(async () => element.setAttribute("theme", "warm"));
    expect(element.getAttribute("data-rungs-theme")).toBe("warm");
    await act(async () => element.removeAttribute("theme"));
    expect(element.hasAttribute("data-rungs-theme")).toBe(false);
  });

  it("a new `framework` property replaces the view", async () => {
    const element = await mount("rungs-stepper", "script");
    await act(async () => {
      element.framework = {
        schemaVersion: "1.0",
        occupation: { title: "Gardener" },
        framework: { levels: { novice: { label: "Novice", statements: ["Pruning — cuts dead wood."] } } },
      };
    });
    expect(within(element).getAllByRole("listitem")).toHaveLength(1);
  });
});

describe("labels and threshold", () => {
  it("labels (a JSON object) replace the components' words, and update the view when changed", async () => {
    const element = await mount("rungs-ladder", "script", {
      "current-level": "developing",
      labels: JSON.stringify({ locale: "fr", current: "Vous êtes ici", ladder: "{title} : échelle de carrière" }),
    });
    expect(within(element).getByRole("region", { name: /échelle de carrière$/ })).toBeTruthy();
    expect(within(element).getByRole("button", { name: /Developing/ }).textContent).toMatch(/Vous êtes ici/);
    await act(async () => element.setAttribute("labels", JSON.stringify({ current: "Ici" })));
    expect(within(element).getByRole("button", { name: /Developing/ }).textContent).toMatch(/Ici/);
  });

  it("labels that are not a JSON object: the defaults, and a warning for the developer", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const element = await mount("rungs-stepper", "script", { "current-level": "developing", labels: "{current:" });
    expect(element.querySelector('[aria-current="step"]')?.textContent).toMatch(/You are here/);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/labels attribute is not a JSON object/));
    // Said once, not again at every render.
    await act(async () => element.setAttribute("current-level", "proficient"));
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("the error panel speaks the page's labels too", async () => {
    const element = await mount("rungs-matrix", "script", { labels: '{"errorTitle": "Impossible d’afficher"}' }, "{");
    expect(within(element).getByRole("alert").textContent).toMatch(/Impossible d’afficher/);
  });

  it("threshold: the share of a level's statements that meets it, on the ladder and the summary", async () => {
    const emerging = seed.levels[0]?.statements.map((s) => s.id) ?? [];
    const half = emerging.slice(0, Math.ceil(emerging.length / 2));
    const summary = await mount("rungs-summary", "script", { checked: half.join(" ") });
    expect(summary.querySelector(".rungs-summary__level")?.textContent).not.toMatch(/Emerging/);
    await act(async () => summary.setAttribute("threshold", "0.5"));
    expect(summary.querySelector(".rungs-summary__level")?.textContent).toMatch(/Emerging/);

    const ladder = await mount("rungs-ladder", "script", { assessable: "", threshold: "0.5" });
    const levels: (string | null)[] = [];
    ladder.addEventListener("rungs-checked-change", (event) => levels.push((event as CustomEvent).detail.level));
    const user = userEvent.setup();
    const boxes = await openRungCheckboxes(ladder, /Emerging/, user);
    for (const box of boxes.slice(0, half.length)) await user.click(box);
    expect(levels.at(-1)).toBe("emerging");
  });
});

describe("events", () => {
  it("rungs-value-change: the keys of the open levels, bubbling and composed", async () => {
    const element = await mount("rungs-ladder", "script");
    const listener = vi.fn((event: Event) => event);
    document.addEventListener("rungs-value-change", listener);
    const user = userEvent.setup();
    await user.click(within(element).getByRole("button", { name: /Developing/ }));
    document.removeEventListener("rungs-value-change", listener);
    const event = listener.mock.calls[0]?.[0] as CustomEvent;
    expect(event.detail).toEqual({ value: ["developing"] });
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.target).toBe(element);
  });

  it("rungs-checked-change: the checked ids and the level they reach", async () => {
    const element = await mount("rungs-ladder", "script", { assessable: "" });
    const details: RungsCheckedChangeDetail[] = [];
    element.addEventListener("rungs-checked-change", (event) => details.push((event as CustomEvent).detail));
    const user = userEvent.setup();
    const boxes = await openRungCheckboxes(element, /Emerging/, user);
    const emerging = seed.levels[0]?.statements.map((s) => s.id) ?? [];
    expect(boxes).toHaveLength(emerging.length);
    await user.click(boxes[0] as HTMLElement);
    expect(details.at(-1)).toEqual({ checked: [emerging[0]], level: null });
    for (const box of boxes.slice(1)) await user.click(box);
    expect(details.at(-1)).toEqual({ checked: emerging, level: "emerging" });
  });
});

describe("bad data shows the error panel", () => {
  const broken = JSON.stringify({ levels: 3 });

  it.each(SOURCES)("invalid data from the %s", async (source) => {
    const element = await mount("rungs-ladder", source, {}, broken);
    expect(within(element).getByRole("alert").textContent).toMatch(/did not pass the check|levels/);
  });

  it("a network failure", async () => {
    stubFetch(async () => {
      throw new TypeError("Failed to fetch");
    });
    const element = document.createElement("rungs-matrix");
    element.setAttribute("src", "/down.json");
    await act(async () => document.body.append(element));
    await settle();
    expect(within(element).getByRole("alert").textContent).toMatch(/could not be loaded from \/down\.json/);
  });

  it("an HTTP error and a response that is not JSON", async () => {
    stubFetch(async () => new Response("Not found", { status: 404 }));
    const missing = document.createElement("rungs-stepper");
    missing.setAttribute("src", "/missing.json");
    await act(async () => document.body.append(missing));
    await settle();
    expect(within(missing).getByRole("alert").textContent).toMatch(/answered 404/);

    stubFetch(async () => new Response("<!doctype html><p>Login</p>"));
    const html = document.createElement("rungs-stepper");
    html.setAttribute("src", "/login");
    await act(async () => document.body.append(html));
    await settle();
    expect(within(html).getByRole("alert").textContent).toMatch(/not JSON/);
  });

  it("a new src is fetched; the response to the old one is ignored (and its request aborted)", async () => {
    let first: (response: Response) => void = () => {};
    const fetch = stubFetch(async () => new Response("nope"));
    fetch.mockImplementationOnce(() => new Promise<Response>((resolve) => (first = resolve)));
    const element = document.createElement("rungs-stepper");
    element.setAttribute("src", "/old.json");
    await act(async () => document.body.append(element));
    await act(async () => element.setAttribute("src", "/new.json"));
    await settle();
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(["/old.json", "/new.json"]);
    expect(fetch.mock.calls[0]?.[1]?.signal?.aborted).toBe(true);
    first(new Response(seedSource));
    await settle();
    expect(within(element).getByRole("alert").textContent).toMatch(/new\.json is not JSON/);
  });
});

describe("lifecycle", () => {
  it("removing the element unmounts its React root", async () => {
    const element = await mount("rungs-ladder", "script");
    expect(element.childElementCount).toBeGreaterThan(0);
    await act(async () => element.remove());
    await settle();
    expect(element.childElementCount).toBe(0);
  });

  it("a move within the document keeps the view (no remount)", async () => {
    const element = await mount("rungs-ladder", "script");
    const view = element.firstElementChild;
    const other = document.createElement("div");
    document.body.append(other);
    await act(async () => other.append(element));
    await settle();
    expect(element.firstElementChild).toBe(view);
    // Still live: a click opens a rung.
    await userEvent.setup().click(within(element).getByRole("button", { name: /Emerging/ }));
    expect(
      within(element)
        .getByRole("button", { name: /Emerging/ })
        .getAttribute("aria-expanded"),
    ).toBe("true");
  });

  it("mounts again when put back after removal", async () => {
    const element = await mount("rungs-stepper", "script");
    await act(async () => element.remove());
    await settle();
    await act(async () => document.body.append(element));
    expect(within(element).getAllByRole("listitem")).toHaveLength(4);
  });

  it("stylesheet: one <link> per document however many elements", async () => {
    const head = document.head.innerHTML;
    try {
      defineRungsElements({ stylesheet: "/assets/rungs.css" });
      await mount("rungs-stepper", "property");
      await mount("rungs-matrix", "property");
      expect(document.head.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(1);
      expect(document.querySelector('link[rel="stylesheet"]')?.getAttribute("href")).toBe("/assets/rungs.css");
    } finally {
      defineRungsElements({ stylesheet: "" });
      document.head.innerHTML = head;
    }
  });
});

describe("server HTML (progressive enhancement)", () => {
  it("is kept and hydrated without a warning", async () => {
    const errors = vi.spyOn(console, "error");
    const html = renderToString(<LevelLadder framework={seedSource} currentLevel="developing" />);
    const element = document.createElement("rungs-ladder");
    element.setAttribute("current-level", "developing");
    element.innerHTML = `\n  <script type="application/json">${seedSource}</script>\n  ${html}\n`;
    const serverRoot = element.querySelector("section");
    // Upgraded on connect, as a page's markup is when the script arrives.
    await act(async () => document.body.append(element));
    await settle();
    expect(element.querySelector("section")).toBe(serverRoot);
    expect(element.querySelector("script")).toBeNull();
    expect(errors).not.toHaveBeenCalled();
    // Interactive: a click opens the rung.
    const developing = within(element).getByRole("button", { name: /Developing/ });
    await userEvent.setup().click(developing);
    expect(developing.getAttribute("aria-expanded")).toBe("true");
    expect(element.querySelector("section")).toBe(serverRoot);
  });

  it("is kept while its src loads", async () => {
    let respond: (response: Response) => void = () => {};
    stubFetch(() => new Promise<Response>((resolve) => (respond = resolve)));
    const html = renderToString(<LevelLadder framework={seedSource} />);
    const element = document.createElement("rungs-ladder");
    element.setAttribute("src", "/seed.json");
    element.innerHTML = html;
    const serverRoot = element.querySelector("section");
    await act(async () => document.body.append(element));
    expect(element.querySelector("section")).toBe(serverRoot);
    // Busy while its data is on the way, for assistive technology; not once it has arrived.
    expect(element.getAttribute("aria-busy")).toBe("true");
    respond(new Response(seedSource));
    await settle();
    expect(element.querySelector("section")).toBe(serverRoot);
    expect(element.hasAttribute("aria-busy")).toBe(false);
  });

  it("aria-busy ends with a failed load too, and when the src is removed mid-load", async () => {
    stubFetch(async () => new Response("Not found", { status: 404 }));
    const failed = document.createElement("rungs-matrix");
    failed.setAttribute("src", "/missing.json");
    await act(async () => document.body.append(failed));
    await settle();
    expect(within(failed).getByRole("alert")).toBeTruthy();
    expect(failed.hasAttribute("aria-busy")).toBe(false);

    stubFetch(() => new Promise<Response>(() => {}));
    const dropped = document.createElement("rungs-matrix");
    dropped.setAttribute("src", "/slow.json");
    await act(async () => document.body.append(dropped));
    expect(dropped.getAttribute("aria-busy")).toBe("true");
    await act(async () => dropped.removeAttribute("src"));
    expect(dropped.hasAttribute("aria-busy")).toBe(false);
  });
});

it("defineRungsElements defines the six tags in the registry given", async () => {
  const registry = new (class {
    readonly defined = new Map<string, CustomElementConstructor>();
    get(tag: string) {
      return this.defined.get(tag);
    }
    define(tag: string, element: CustomElementConstructor) {
      this.defined.set(tag, element);
    }
  })();
  defineRungsElements({ registry: registry as unknown as CustomElementRegistry });
  expect([...registry.defined.keys()]).toEqual([
    "rungs-ladder",
    "rungs-matrix",
    "rungs-compare",
    "rungs-stepper",
    "rungs-summary",
    "rungs-area-profile",
  ]);
  expect(screen.queryByRole("alert")).toBeNull();
});
