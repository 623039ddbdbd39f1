import { FrameworkAttribution, LevelCompare, LevelLadder, ProgressionMatrix } from "@rungs/react";
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";

/** The framework-shaped object (JSON from anywhere can take this shape), changed by `edit`. */
// biome-ignore lint/suspicious/noExplicitAny: the edits reach anywhere into untyped JSON
function lookAlike(edit: (framework: Record<string, any>) => void): unknown {
  const framework = JSON.parse(
    '{"schemaVersion":"1.0","occupation":{"title":"T"},"sources":[{"name":"O*NET","value":"https://www.onetcenter.org","url":"https://www.onetcenter.org/"}],"levels":[{"key":"a","id":"a","label":"A","rank":0,"statements":[{"id":"a-1","levelKey":"a","index":0,"subject":"S","description":"d","text":"S — d"}]}]}',
  );
  edit(framework);
  return framework;
}

const SHAPES: [string, unknown][] = [
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

describe("framework-shaped objects that are not frameworks", () => {
  it.each(SHAPES)("with %s: every view renders (the framework or an error panel), never throws", (_name, input) => {
    for (const view of [
      <LevelLadder key="ladder" framework={input} assessable />,
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
