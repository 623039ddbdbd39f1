// @vitest-environment jsdom
import { act } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { componentsFor, seeds } from "./render";

// Tells React that act() is in use here, as Testing Library does for the jsdom tests.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = "";
});

describe.each(seeds)("hydrating the server HTML of seeds/%s", (_file, text) => {
  it.each(componentsFor(text))("%s hydrates without a warning or an error", async (_name, element) => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(element);
    document.body.append(container);
    const logged: unknown[] = [];
    vi.spyOn(console, "error").mockImplementation((...args) => logged.push(args));
    vi.spyOn(console, "warn").mockImplementation((...args) => logged.push(args));
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, element, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(logged).toEqual([]);
    expect(recoverable).toEqual([]);
    expect(container.querySelector(".rungs")).toBeTruthy();
  });
});

describe("the hydration check", () => {
  it("fails when the server HTML does not match", async () => {
    const [, seedElement] = componentsFor(seeds[0]?.[1] ?? "")[0] ?? [];
    const [, otherElement] = componentsFor(seeds[1]?.[1] ?? "")[0] ?? [];
    if (!seedElement || !otherElement) throw new Error("needs two seeds");
    const seedHtml = renderToString(seedElement);
    const container = document.createElement("div");
    container.innerHTML = seedHtml;
    document.body.append(container);
    vi.spyOn(console, "error").mockImplementation(() => {});
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, otherElement, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable.length).toBeGreaterThan(0);
  });
});
