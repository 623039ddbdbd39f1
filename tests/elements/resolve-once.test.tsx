import type { RungsCheckedChangeDetail, RungsElement } from "@rungs/elements";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { coreCalls, resetCoreCalls } from "../react/core-calls";
import { act } from "./act";
import { openRungCheckboxes, seedSource, settle, withElementsPage } from "./page";

// Hoisted above the imports, so it loads the counter itself.
vi.mock("@rungs/core", async (importOriginal) =>
  (await import("../react/core-calls")).countingCore(importOriginal as () => Promise<typeof import("@rungs/core")>),
);

withElementsPage();
beforeEach(resetCoreCalls);

// Issue 19 item 1: the element is where the framework enters. It resolves it once per new
// data, and a click is one assessment (the hook's), which the event reports.
describe("an assessable <rungs-ladder> resolves once, at the element", () => {
  it("one resolve per data change, one assessment per click", async () => {
    const element = document.createElement("rungs-ladder") as RungsElement;
    element.setAttribute("assessable", "");
    element.framework = JSON.parse(seedSource);
    await act(async () => document.body.append(element));
    await settle();
    expect(coreCalls.resolves).toBe(1);
    expect(coreCalls.assessments).toBe(1);

    const details: RungsCheckedChangeDetail[] = [];
    element.addEventListener("rungs-checked-change", (event) => details.push((event as CustomEvent).detail));
    const user = userEvent.setup();
    const boxes = await openRungCheckboxes(element, /Emerging/, user);
    await user.click(boxes[0] as HTMLElement);
    await user.click(boxes[1] as HTMLElement);
    expect(details).toHaveLength(2);
    expect(coreCalls.resolves).toBe(1);
    expect(coreCalls.assessments).toBe(3);

    // An attribute change renders again without resolving; new data resolves once more.
    await act(async () => element.setAttribute("threshold", "0.5"));
    expect(coreCalls.resolves).toBe(1);
    await act(async () => {
      element.framework = JSON.parse(seedSource);
    });
    await settle();
    expect(coreCalls.resolves).toBe(2);
  });
});
