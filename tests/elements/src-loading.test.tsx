// A `src` from a host that may be slow, huge or hostile: the element reads at most the input
// limit, gives up after its timeout, never echoes credentials and fetches only http(s).
import { DEFAULT_LIMITS } from "@rungs/core";
import type { RungsElement } from "@rungs/elements";
import { within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { act } from "./act";
import { seedSource, settle, withElementsPage } from "./page";

withElementsPage();

function stubFetch(respond: (url: string, init?: RequestInit) => Promise<Response>) {
  const fetch = vi.fn(respond);
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

/** An element loading `src`, in the document. */
async function load(src: string, attributes: Record<string, string> = {}, tag = "rungs-matrix") {
  const element = document.createElement(tag) as RungsElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute("src", src);
  await act(async () => document.body.append(element));
  await settle();
  return element;
}

/** Waits (without timing anything) until the element shows its error panel, and returns its text. */
async function alertOf(element: HTMLElement): Promise<string> {
  await vi.waitFor(() => expect(within(element).getByRole("alert")).toBeTruthy(), { timeout: 4_000, interval: 20 });
  return within(element).getByRole("alert").textContent ?? "";
}

/** A body that grows forever, a little at a time (as a hostile or broken server sends it). */
function endlessBody() {
  const seen = { cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull: (controller) =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          if (!seen.cancelled) controller.enqueue(new TextEncoder().encode(" "));
          resolve();
        }, 5),
      ),
    cancel: () => {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

describe("src: a time limit", () => {
  it("a response whose body never ends: the timed-out panel after `timeout`, aria-busy cleared, the body cancelled", async () => {
    const { stream, seen } = endlessBody();
    stubFetch(async () => new Response(stream, { headers: { "content-type": "application/json" } }));
    const element = await load("/slow.json", { timeout: "200" });
    expect(await alertOf(element)).toMatch(/could not be loaded from \/slow\.json: .*did not arrive within 0\.2 s/);
    expect(element.hasAttribute("aria-busy")).toBe(false);
    await vi.waitFor(() => expect(seen.cancelled).toBe(true));
  });

  it("a server that never answers (fetch never settles): the same panel, and the request is aborted", async () => {
    const fetch = stubFetch(() => new Promise<Response>(() => {}));
    const element = await load("/silent.json", { timeout: "100" });
    expect(await alertOf(element)).toMatch(/did not arrive within 0\.1 s/);
    expect(element.hasAttribute("aria-busy")).toBe(false);
    expect(fetch.mock.calls[0]?.[1]?.signal?.aborted).toBe(true);
  });

  it("the deadline of a replaced src never overwrites the latest result", async () => {
    const fetch = stubFetch(async () => new Response(seedSource));
    fetch.mockImplementationOnce(() => new Promise<Response>(() => {}));
    const element = document.createElement("rungs-matrix");
    element.setAttribute("timeout", "50");
    element.setAttribute("src", "/old.json");
    await act(async () => document.body.append(element));
    await act(async () => element.setAttribute("src", "/new.json"));
    await settle();
    // Long past the old request's deadline.
    await act(async () => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(within(element).queryByRole("alert")).toBeNull();
    expect(within(element).getByRole("table")).toBeTruthy();
  });
});

describe("src: a size limit", () => {
  it("a body larger than the input limit is refused after reading at most the limit and one chunk, and cancelled", async () => {
    const chunk = new Uint8Array(1 << 20).fill(0x20); // 1 MiB of spaces
    const limit = DEFAULT_LIMITS.maxInputLength;
    const chunks = Math.ceil((2 * limit) / chunk.length); // a finite body, twice the limit
    let pulled = 0;
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (pulled === chunks) return controller.close();
          pulled += 1;
          controller.enqueue(chunk.slice());
        },
        cancel() {
          cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    stubFetch(async () => new Response(stream));
    const element = await load("/huge.json");
    const text = await alertOf(element);
    expect(pulled).toBeLessThanOrEqual(Math.ceil(limit / chunk.length) + 1);
    expect(cancelled).toBe(true);
    expect(text).toMatch(/longer than 5,000,000 characters \(maxInputLength\)/);
    expect(element.hasAttribute("aria-busy")).toBe(false);
  });

  it("a body within the limit, in many small chunks (split characters included), is read whole", async () => {
    const bytes = new TextEncoder().encode(seedSource.replace("Emerging", "Émergent ✓ 🧑‍🔧"));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        // 7-byte chunks split multi-byte characters; the decoder must carry them over.
        for (let at = 0; at < bytes.length; at += 7) controller.enqueue(bytes.slice(at, at + 7));
        controller.close();
      },
    });
    stubFetch(async () => new Response(stream));
    const element = await load("/seed.json");
    expect(within(element).getByRole("columnheader", { name: /Émergent ✓ 🧑‍🔧/ })).toBeTruthy();
  });
});

describe("src: what is fetched and what is shown", () => {
  it("the error panel never shows the user name or password of a src", async () => {
    stubFetch(async () => {
      throw new TypeError("Failed to fetch");
    });
    const element = await load("https://admin:hunter2@frameworks.example/engineer.json");
    const text = await alertOf(element);
    expect(text).toContain("https://frameworks.example/engineer.json");
    expect(text).not.toMatch(/admin|hunter2/);
  });

  it.each([
    "javascript:alert(document.cookie)",
    "data:application/json,{}",
    "file:///etc/passwd",
    "blob:https://example.com/0b5e8b4e",
  ])("a src that is not http(s) nor relative (%s) is not fetched: the panel says why", async (src) => {
    const fetch = stubFetch(async () => new Response(seedSource));
    const element = await load(src);
    expect(await alertOf(element)).toMatch(/only http: and https: addresses/);
    expect(fetch).not.toHaveBeenCalled();
    expect(element.hasAttribute("aria-busy")).toBe(false);
  });

  it("a stepper's link-to that is not http(s) nor relative makes no link", async () => {
    const element = document.createElement("rungs-stepper") as RungsElement;
    element.framework = seedSource;
    element.setAttribute("link-to", "javascript:alert(1)");
    await act(async () => document.body.append(element));
    expect(within(element).queryAllByRole("link")).toHaveLength(0);
    await act(async () => element.setAttribute("link-to", "/ladder"));
    expect(within(element).getAllByRole("link")[0]?.getAttribute("href")).toBe("/ladder#emerging");
  });
});
