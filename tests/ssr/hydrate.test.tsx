// @vitest-environment jsdom
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { hydrateServerHtml } from "../hydration";
import { componentsFor, seeds } from "./render";

// Tells React that act() is in use here, as Testing Library does for the jsdom tests.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = "";
});

describe.each(seeds)("hydrating the server HTML of seeds/%s", (_file, text) => {
  it.each(componentsFor(text))("%s hydrates without a warning or an error", async (_name, element) => {
    const { container, problems } = await hydrateServerHtml(renderToString(element), element);
    expect(problems).toEqual([]);
    expect(container.querySelector(".rungs")).toBeTruthy();
  });
});

describe("the hydration check", () => {
  it("fails when the server HTML does not match", async () => {
    const [, seedElement] = componentsFor(seeds[0]?.[1] ?? "")[0] ?? [];
    const [, otherElement] = componentsFor(seeds[1]?.[1] ?? "")[0] ?? [];
    if (!seedElement || !otherElement) throw new Error("needs two seeds");
    // One seed's HTML under another seed's element: the helper must report the mismatch.
    const { problems } = await hydrateServerHtml(renderToString(seedElement), otherElement);
    expect(problems.length).toBeGreaterThan(0);
  });
});
