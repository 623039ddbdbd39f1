import { LevelLadder, useAssessment } from "@rungs/react";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { coreCalls, resetCoreCalls } from "../core-calls";
import { seed } from "../fixtures";

// Hoisted above the imports, so it loads the counter itself.
vi.mock("@rungs/core", async (importOriginal) =>
  (await import("../core-calls")).countingCore(importOriginal as () => Promise<typeof import("@rungs/core")>),
);

/** The seed as it crosses from a server or arrives as JSON: a plain copy, not core's own. */
const copy = () => structuredClone(seed) as unknown as Record<string, unknown>;

/** A host's self-assessment: raw input to the hook, and the ladder given the same input. */
function SelfAssessment({ input }: { input: Record<string, unknown> }) {
  const assessment = useAssessment(input);
  return <LevelLadder framework={input} assessment={assessment} defaultValue={["emerging"]} />;
}

/** The same, with the ladder given the state alone. */
function StateOnly({ input }: { input: Record<string, unknown> }) {
  return <LevelLadder assessment={useAssessment(input)} defaultValue={["emerging"]} />;
}

beforeEach(resetCoreCalls);

// Issue 19 item 1: a framework is resolved once, where it enters, and each click is one
// assessment: nothing below the entry parses, checks or assesses again.
describe("resolved once, at the edge", () => {
  it("a ladder given raw input resolves it once, and not again on a re-render", () => {
    const input = copy();
    const { rerender } = render(<LevelLadder framework={input} />);
    rerender(<LevelLadder framework={input} currentLevel="developing" />);
    expect(coreCalls.resolves).toBe(1);
  });

  it.each([
    ["given the same input", SelfAssessment],
    ["given the state alone", StateOnly],
  ])("a self-assessment ladder %s: one resolve at mount, one assessment per click", async (_, Host) => {
    const input = copy();
    const { rerender } = render(<Host input={input} />);
    expect(coreCalls.resolves).toBe(1);
    expect(coreCalls.assessments).toBe(1);
    const user = userEvent.setup();
    const boxes = within(screen.getByRole("region", { name: /Emerging/ })).getAllByRole("checkbox");
    await user.click(boxes[0] as HTMLElement);
    await user.click(boxes[1] as HTMLElement);
    expect(coreCalls.resolves).toBe(1);
    expect(coreCalls.assessments).toBe(3);
    // New data: one more resolve.
    act(() => rerender(<Host input={copy()} />));
    expect(coreCalls.resolves).toBe(2);
  });
});
