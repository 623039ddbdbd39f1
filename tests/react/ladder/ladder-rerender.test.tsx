import { LevelLadder, useAssessment } from "@rungs/react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { Profiler, useState } from "react";
import { describe, expect, it } from "vitest";
import { seed } from "../fixtures";

// Opening a rung changes one rung: the statements of every other rung must not render again
// (issue 10: on a big framework each needless render is hundreds of cards). React's
// <Profiler> tells when a commit happened but not which components rendered in it, so the
// committed fiber tree is read the way React DevTools reads it: a component rendered in a
// commit when its fiber is new to the tree and carries React's PerformedWork flag (a fiber
// whose props and state were unchanged is cloned without it, or not visited at all).

/** The fields of a React fiber this test reads (React 18 and 19 alike). */
interface Fiber {
  tag: number;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  stateNode: unknown;
  type: unknown;
}

const PERFORMED_WORK = 0b1;
/** Function, class, forwardRef, memo and simple-memo components: what "renders". */
const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
/** Elements and text: where a component's output lands in the document. */
const HOST_TAGS = new Set([5, 6, 26, 27]);

/** The fiber tree React last committed into `container` (created by createRoot). */
function committedTree(container: HTMLElement): Fiber {
  const key = Object.keys(container).find((name) => name.startsWith("__reactContainer$"));
  const created = key && (container as unknown as Record<string, { stateNode: { current: Fiber } }>)[key];
  if (!created) throw new Error("no React root in the container");
  return created.stateNode.current;
}

function allFibers(root: Fiber): Fiber[] {
  const fibers: Fiber[] = [];
  const pending: Fiber[] = [root];
  for (let fiber = pending.pop(); fiber; fiber = pending.pop()) {
    fibers.push(fiber);
    if (fiber.sibling) pending.push(fiber.sibling);
    if (fiber.child) pending.push(fiber.child);
  }
  return fibers;
}

/** The first element or text node a component renders, if any. */
function firstHostNode(fiber: Fiber): Node | undefined {
  const pending: Fiber[] = fiber.child ? [fiber.child] : [];
  for (let next = pending.shift(); next; next = pending.shift()) {
    if (HOST_TAGS.has(next.tag)) return next.stateNode as Node;
    if (next.child) pending.unshift(...[next.child, next.sibling].filter((f): f is Fiber => f !== null));
    else if (next.sibling) pending.unshift(next.sibling);
  }
  return undefined;
}

function componentName(fiber: Fiber): string {
  const type = fiber.type as { displayName?: string; name?: string; type?: { name?: string } } | null;
  return type?.displayName ?? type?.name ?? type?.type?.name ?? "anonymous";
}

/**
 * Runs `action` and returns, for each rung not in `except` whose panel (its statements) had
 * components rendered in that commit, which ones: `{ Developing: "StatementCard ×10, …" }`.
 */
function renderedInOtherPanels(container: HTMLElement, action: () => void, except: string[]) {
  const before = new Set(allFibers(committedTree(container)));
  act(action);
  const rendered = renderedSince(container, before);
  const result: Record<string, string> = {};
  for (const level of seed.levels) {
    if (except.includes(level.label)) continue;
    const panel = panelOf(level.label);
    const names = rendered.filter((fiber) => isInside(fiber, panel)).map(componentName);
    if (names.length > 0) result[level.label] = tally(names);
  }
  return result;
}

/** "StatementCard ×10, HighlightedText ×10". */
function tally(names: string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, count]) => `${name} ×${count}`).join(", ");
}

/** Components that rendered in the commits since the tree held the fibers `before`. */
function renderedSince(container: HTMLElement, before: Set<Fiber>): Fiber[] {
  return allFibers(committedTree(container)).filter(
    (fiber) => COMPONENT_TAGS.has(fiber.tag) && !before.has(fiber) && (fiber.flags & PERFORMED_WORK) !== 0,
  );
}

/** Whether a component's output lies inside `element` (not the element itself). */
function isInside(fiber: Fiber, element: HTMLElement): boolean {
  const node = firstHostNode(fiber);
  return node !== undefined && node !== element && element.contains(node);
}

const triggerOf = (label: string) => screen.getByRole("button", { name: new RegExp(`^${label}\\b`) });
const panelOf = (label: string) =>
  document.getElementById(triggerOf(label).getAttribute("aria-controls") ?? "") as HTMLElement;

/** The seed's ladder, several rungs open at once or (`single`) one at a time, the first open. */
interface LadderProps {
  single?: boolean;
}

function Plain({ single }: LadderProps) {
  return single ? (
    <LevelLadder framework={seed} type="single" defaultValue={seed.levels[0]?.id ?? ""} />
  ) : (
    <LevelLadder framework={seed} />
  );
}

function Assessed({ single }: LadderProps) {
  const assessment = useAssessment(seed);
  return single ? (
    <LevelLadder framework={seed} assessment={assessment} type="single" defaultValue={seed.levels[0]?.id ?? ""} />
  ) : (
    <LevelLadder framework={seed} assessment={assessment} />
  );
}

/** A panel whose item renders on every render of its host, and one whose item does not. */
function Probe() {
  const [count, setCount] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setCount(count + 1)}>
        more
      </button>
      <div data-testid="fresh">
        <Item text={String(count)} />
      </div>
      <div data-testid="same">{sameItem}</div>
    </>
  );
}
function Item({ text }: { text: string }) {
  return <p>{text}</p>;
}
const sameItem = <Item text="same" />;

describe("the render detector", () => {
  it("sees a component that rendered in a commit, and not one React skipped", () => {
    const { container } = render(<Probe />);
    const before = new Set(allFibers(committedTree(container)));
    act(() => fireEvent.click(screen.getByRole("button", { name: "more" })));
    const rendered = renderedSince(container, before);
    const inPanel = (id: string) => rendered.filter((fiber) => isInside(fiber, screen.getByTestId(id)));
    expect(inPanel("fresh").map(componentName)).toEqual(["Item"]);
    expect(inPanel("same")).toEqual([]);
  });
});

describe.each([
  ["a ladder", Plain],
  ["a self-assessment", Assessed],
])("opening a rung of %s", (_, Ladder) => {
  const [first, second] = seed.levels.map((level) => level.label) as [string, string];

  it("renders no statement of another rung again", () => {
    const commits: string[] = [];
    const { container } = render(
      <Profiler id="ladder" onRender={(_id, phase) => commits.push(phase)}>
        <Ladder />
      </Profiler>,
    );
    const opened = renderedInOtherPanels(container, () => fireEvent.click(triggerOf(first)), [first]);
    expect(triggerOf(first).getAttribute("aria-expanded")).toBe("true");
    expect(commits).toContain("update");
    expect(opened).toEqual({});

    // A second rung opens while the first stays open: the first's statements stay as they are.
    const openedAgain = renderedInOtherPanels(container, () => fireEvent.click(triggerOf(second)), [second]);
    expect(openedAgain).toEqual({});
  });

  it("in single mode, renders none of the rungs it neither opens nor closes", () => {
    const { container } = render(<Ladder single />);
    const switched = renderedInOtherPanels(container, () => fireEvent.click(triggerOf(second)), [first, second]);
    expect(triggerOf(second).getAttribute("aria-expanded")).toBe("true");
    expect(switched).toEqual({});
  });
});
