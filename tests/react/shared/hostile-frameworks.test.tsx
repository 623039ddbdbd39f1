import type { FrameworkInput } from "@rungs/core";
import { FrameworkAttribution, LevelCompare, LevelLadder, ProgressionMatrix, useAssessment } from "@rungs/react";
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";

/** The framework-shaped object (JSON from anywhere can take this shape), changed by `edit`. */
// biome-ignore lint/suspicious/noExplicitAny: the edits reach anywhere into untyped JSON
function lookAlike(edit: (framework: Record<string, any>) => void): FrameworkInput {
  const framework = JSON.parse(
    '{"schemaVersion":"1.0","occupation":{"title":"T"},"sources":[{"name":"O*NET","value":"https://www.onetcenter.org","url":"https://www.onetcenter.org/"}],"levels":[{"key":"a","id":"a","label":"A","rank":0,"statements":[{"id":"a-1","levelKey":"a","index":0,"subject":"S","description":"d","text":"S — d"}]}]}',
  );
  edit(framework);
  return framework;
}

// Typed as what the components take: JSON from anywhere has an object's type at compile time.
const SHAPES: [string, FrameworkInput][] = [
  ["a statement without subject", lookAlike((f) => delete f.levels[0].statements[0].subject)],
  ["a statement without text", lookAlike((f) => delete f.levels[0].statements[0].text)],
  ["a source whose name is an object", lookAlike((f) => (f.sources[0].name = { toString: 1 }))],
  ["a source whose value is an object", lookAlike((f) => (f.sources[0].value = { a: 1 }))],
  ["a source that is null", lookAlike((f) => (f.sources[0] = null))],
  ["an attribution that is an object", lookAlike((f) => (f.attribution = { text: "©" }))],
  ["a level label that is a number", lookAlike((f) => (f.levels[0].label = 7))],
  ["a statement that is null", lookAlike((f) => (f.levels[0].statements[0] = null))],
  ["an occupation title that is an array", lookAlike((f) => (f.occupation.title = ["T"]))],
];

/** A self-assessment over the same input: the ladder with the state `useAssessment` builds from it. */
function AssessedLadder({ framework }: { framework: FrameworkInput }) {
  return <LevelLadder framework={framework} assessment={useAssessment(framework)} />;
}

describe("framework-shaped objects that are not frameworks", () => {
  it.each(SHAPES)("with %s: every view renders (the framework or an error panel), never throws", (_name, input) => {
    for (const view of [
      <AssessedLadder key="ladder" framework={input} />,
      <ProgressionMatrix key="matrix" framework={input} />,
      <LevelCompare key="compare" framework={input} from="a" to="a" />,
      <FrameworkAttribution key="attribution" framework={input} />,
    ]) {
      const { container, unmount } = render(view);
      expect(container.querySelector(".rungs")).toBeTruthy();
      unmount();
    }
  });
});

describe("the framework prop's type", () => {
  it("rejects a number at compile time, and shows the error panel if one comes anyway", () => {
    // @ts-expect-error a number is not a framework (FrameworkInput: a Framework, JSON text or an object)
    const { container } = render(<LevelLadder framework={42} />);
    expect(container.querySelector('[role="alert"]')).not.toBeNull();
  });
});
