import type { Framework, Statement } from "@rungs/core";
import { LevelLadder, type LevelLadderMultipleProps, useAssessment } from "@rungs/react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../axe";
import { seed } from "../fixtures";
import { everyField, infracloud, jorgef, postman, sourcegraph } from "./format-1-1";

const trigger = (name: RegExp | string) => screen.getByRole("button", { name });
const contentOf = (name: RegExp | string) =>
  document.getElementById(trigger(name).getAttribute("aria-controls") ?? "") as HTMLElement;
const allOpen = (framework: Framework) => framework.levels.map((level) => level.key);
const headingTexts = (element: HTMLElement, level: number) =>
  within(element)
    .queryAllByRole("heading", { level })
    .map((heading) => heading.textContent);
/** An area heading's text as it reads: its label, the hidden separator, its count. */
const areaHeading = (label: string, count: number) => `${label}, ${count} statement${count === 1 ? "" : "s"}`;
/** What the rung's statements are in, list by list: the area's key, or "" for those without one. */
const listAreas = (element: HTMLElement) =>
  [...element.querySelectorAll(".rungs-rung__statements")].map(
    (list) => list.closest<HTMLElement>(".rungs-area")?.dataset.area ?? "",
  );

function Assessed(props: LevelLadderMultipleProps & { framework: Framework }) {
  return <LevelLadder {...props} assessment={useAssessment(props.framework)} />;
}

describe("LevelLadder with format 1.1", () => {
  describe("on the fixture that uses every field", () => {
    it("shows the level's description as paragraphs and its details as a description list", () => {
      render(<LevelLadder framework={everyField} defaultValue={["ic1"]} />);
      const panel = contentOf(/^Engineer I\b/);
      const paragraphs = [...panel.querySelectorAll(".rungs-rung__description p")].map((p) => p.textContent);
      expect(paragraphs).toEqual(["Works on well-defined tasks.", "Learns the codebase."]);
      const terms = [...panel.querySelectorAll("dl dt")].map((dt) => dt.textContent);
      const values = [...panel.querySelectorAll("dl dd")].map((dd) => dd.textContent);
      expect(terms).toEqual(["Years of experience", "Time on core work"]);
      expect(values).toEqual(["0–2", "~70 %"]);
    });

    it("puts statements without an area first, with no heading, then each area under a heading one level below the rung's", () => {
      render(<LevelLadder framework={everyField} defaultValue={["ic1"]} />);
      const panel = contentOf(/^Engineer I\b/);
      expect(listAreas(panel)).toEqual(["", "delivery"]);
      expect(headingTexts(panel, 4)).toEqual([areaHeading("Delivery", 1)]);
      const [ungrouped] = panel.querySelectorAll(".rungs-rung__statements");
      expect(ungrouped?.textContent).toContain("writes tested code");
      expect(ungrouped?.textContent).not.toContain("reviews small changes");
    });

    it("follows the ladder's headingLevel: rungs at 2, areas at 3", () => {
      render(<LevelLadder framework={everyField} headingLevel={2} defaultValue={["ic1", "ic2"]} />);
      expect(headingTexts(contentOf(/^Engineer II\b/), 3)).toEqual([areaHeading("People", 1)]);
      expect(screen.getByRole("heading", { level: 2, name: /Expected at every level/ })).toBeTruthy();
    });

    it("shows a statement's proficiency as a label and its examples and note in a closed native disclosure", () => {
      render(<LevelLadder framework={everyField} defaultValue={["ic1"]} />);
      const card = document.getElementById("review-small") as HTMLElement;
      expect(card.querySelector(".rungs-card__proficiency")?.textContent).toBe("Proficiency: Adopts, ");
      const details = card.querySelector("details") as HTMLDetailsElement;
      expect(details.open).toBe(false);
      expect(details.querySelector("summary")?.textContent).toBe("2 examples and notes");
      const examples = [...details.querySelectorAll(".rungs-card__examples > li")].map((li) =>
        [...li.querySelectorAll("p")].map((p) => p.textContent),
      );
      expect(examples).toEqual([["Leaves a review within a day."], ["Asks questions", "when unsure."]]);
      expect(details.querySelector(".rungs-card__notes")?.textContent).toBe("Not an expectation in the first month.");
      // The statement without examples has no disclosure.
      expect(document.getElementById(`${everyField.levels[0]?.id}-1`)?.querySelector("details")).toBeNull();
    });

    it("shows every-level statements once, before the rungs, under their own heading", () => {
      const { container } = render(<LevelLadder framework={everyField} defaultValue={allOpen(everyField)} />);
      const section = container.querySelector(".rungs-ladder__every-level") as HTMLElement;
      expect(section.compareDocumentPosition(container.querySelector(".rungs-ladder__rungs") as Node)).toBe(
        Node.DOCUMENT_POSITION_FOLLOWING,
      );
      expect(within(section).getByRole("heading", { level: 3 }).textContent).toBe(
        "Expected at every level, 1 statement",
      );
      expect(container.textContent?.split("lives the company values").length).toBe(2);
    });

    it("says in each rung above the first of a cumulative framework that it includes the one below, with a link to it", async () => {
      const user = userEvent.setup();
      render(<LevelLadder framework={everyField} idPrefix="x-" defaultValue={["ic2"]} />);
      const ic1 = everyField.levels[0] as Framework["levels"][number];
      expect(contentOf(/^Engineer I\b/).querySelector(".rungs-rung__cumulative")).toBeNull();
      const line = contentOf(/^Engineer II\b/).querySelector(".rungs-rung__cumulative") as HTMLElement;
      expect(line.textContent).toBe(`Includes everything expected at ${ic1.label}.`);
      const link = within(line).getByRole("link", { name: ic1.label });
      expect(link.getAttribute("href")).toBe(`#x-${ic1.id}`);
      expect(document.getElementById(`x-${ic1.id}`)).toBeTruthy();
      await user.click(link);
      // The link is the rung's deep link: following it opens the rung below.
      await waitFor(() => expect(trigger(/^Engineer I\b/).getAttribute("aria-expanded")).toBe("true"));
    });

    it("lets every label be replaced", () => {
      render(
        <LevelLadder
          framework={everyField}
          defaultValue={allOpen(everyField)}
          labels={{
            everyLevelTitle: "Always",
            proficiency: "[{proficiency}]",
            examplesAndNotesSummary: "{examples} + notes",
            examplesSummary: { other: "{count} ex." },
            includesLevelsBelow: { other: "Builds on {level}" },
          }}
        />,
      );
      expect(screen.getByRole("heading", { name: /^Always/ })).toBeTruthy();
      expect(document.querySelector(".rungs-card__proficiency")?.textContent).toBe("[Adopts], ");
      expect(document.querySelector("summary")?.textContent).toBe("2 ex. + notes");
      expect(document.querySelector(".rungs-rung__cumulative")?.textContent).toBe("Builds on Engineer I");
    });

    it("has no axe violations, every rung open", async () => {
      const { container } = render(<LevelLadder framework={everyField} defaultValue={allOpen(everyField)} />);
      for (const details of container.querySelectorAll("details")) details.open = true;
      await expectNoAxeViolations(container);
    });

    it("in a self-assessment, checks statements only, and every-level statements once", async () => {
      const user = userEvent.setup();
      const { container } = render(<Assessed framework={everyField} defaultValue={allOpen(everyField)} />);
      const section = container.querySelector(".rungs-ladder__every-level") as HTMLElement;
      const boxes = screen.getAllByRole("checkbox");
      const statements = everyField.allLevels.length + everyField.levels.flatMap((level) => level.statements).length;
      expect(boxes).toHaveLength(statements);
      expect(within(section).getAllByRole("checkbox")).toHaveLength(everyField.allLevels.length);
      // The examples and note are beside the checkbox's label, never in it.
      const reviewBox = screen.getByRole("checkbox", { name: /reviews small changes/ });
      expect(reviewBox.getAttribute("aria-label")).toBeNull();
      const label = document.querySelector(`label[for="${reviewBox.id}"]`) as HTMLElement;
      expect(label.textContent).not.toMatch(/review within a day|first month/);
      expect(reviewBox.closest("li")?.querySelector("details")).toBeTruthy();
      // Checked once, the every-level statement counts on every level (core's assessment).
      await user.click(within(section).getByRole("checkbox"));
      expect(trigger(/^Engineer I\b/).textContent).toContain("1 of 3 met");
      expect(trigger(/^Engineer II\b/).textContent).toContain("1 of 2 met");
      await expectNoAxeViolations(container);
    });

    it("opens the disclosure and marks the words when a search finds them in an example", () => {
      render(<LevelLadder framework={everyField} query="within a day" />);
      const card = document.getElementById("review-small") as HTMLElement;
      const details = card.querySelector("details") as HTMLDetailsElement;
      expect(details.open).toBe(true);
      expect([...details.querySelectorAll("mark")].map((mark) => mark.textContent).join(" ")).toMatch(/within/);
    });
  });

  describe("on real seeds", () => {
    it("infracloud-engineering: each rung's statements under their areas, in the framework's order, with counts", async () => {
      const { container } = render(<LevelLadder framework={infracloud} defaultValue={allOpen(infracloud)} />);
      for (const level of infracloud.levels) {
        const panel = contentOf(new RegExp(`^${level.label},`));
        const used = infracloud.areas.filter((area) => level.statements.some((s) => s.area === area.key));
        expect(headingTexts(panel, 4)).toEqual(
          used.map((area) => areaHeading(area.label, level.statements.filter((s) => s.area === area.key).length)),
        );
        expect(listAreas(panel)).toEqual(used.map((area) => area.key));
        expect(panel.querySelectorAll(".rungs-card")).toHaveLength(level.statements.length);
      }
      const withExamples = infracloud.levels.flatMap((level) => level.statements).filter((s) => s.examples);
      expect(container.querySelectorAll("details")).toHaveLength(withExamples.length);
      for (const statement of withExamples) {
        const details = document.getElementById(statement.id)?.querySelector("details") as HTMLDetailsElement;
        expect(details.open).toBe(false);
        for (const example of statement.examples ?? []) expect(details.textContent).toContain(example);
      }
      await expectNoAxeViolations(container);
    });

    it("sourcegraph-product: every-level statements once, by area; each rung above the first includes the one below", async () => {
      const { container } = render(<LevelLadder framework={sourcegraph} defaultValue={allOpen(sourcegraph)} />);
      const section = container.querySelector(".rungs-ladder__every-level") as HTMLElement;
      expect(section.querySelectorAll(".rungs-card")).toHaveLength(sourcegraph.allLevels.length);
      const used = sourcegraph.areas.filter((area) => sourcegraph.allLevels.some((s) => s.area === area.key));
      expect(listAreas(section)).toEqual(used.map((area) => area.key));
      for (const statement of sourcegraph.allLevels) {
        expect(container.querySelectorAll(`[id="${statement.id}"]`)).toHaveLength(1);
      }
      const lines = sourcegraph.levels.map(
        (level) =>
          contentOf(new RegExp(`^${level.label},`))
            .querySelector(".rungs-rung__cumulative a")
            ?.getAttribute("href") ?? null,
      );
      expect(lines).toEqual([null, ...sourcegraph.levels.slice(0, -1).map((level) => `#${level.id}`)]);
      await expectNoAxeViolations(container);
    });

    it("sourcegraph-product: a search keeps the every-level statements it finds, counted, and hides the section when it finds none", () => {
      const first = sourcegraph.allLevels[0] as Statement;
      const { container, rerender } = render(<LevelLadder framework={sourcegraph} query={first.description} />);
      const section = container.querySelector(".rungs-ladder__every-level") as HTMLElement;
      expect([...section.querySelectorAll(".rungs-card")].map((card) => card.id)).toContain(first.id);
      const shown = section.querySelectorAll(".rungs-card").length;
      expect(shown).toBeLessThan(sourcegraph.allLevels.length);
      expect(within(section).getAllByRole("heading")[0]?.textContent).toBe(
        `Expected at every level, ${shown} of ${sourcegraph.allLevels.length} match${shown === 1 ? "es" : ""}`,
      );
      rerender(<LevelLadder framework={sourcegraph} query="zzzz-nothing-matches" />);
      expect(container.querySelector(".rungs-ladder__every-level")).toBeNull();
    });

    it("postman-open-source-ladders: no areas, so no grouping; descriptions and details under the rung header", () => {
      render(<LevelLadder framework={postman} defaultValue={allOpen(postman)} />);
      for (const level of postman.levels) {
        const panel = contentOf(new RegExp(`^${level.label},`));
        expect(panel.querySelector(".rungs-area")).toBeNull();
        expect(panel.querySelectorAll(".rungs-rung__statements")).toHaveLength(1);
        expect(panel.querySelectorAll("dl dt")).toHaveLength(level.details?.length ?? 0);
        expect(panel.querySelector(".rungs-rung__description")?.textContent ?? "").toBe(
          (level.description ?? "").replace(/\n[ \t]*\n\s*/g, ""),
        );
      }
    });

    it("jorgef-engineering-ladders: each statement's proficiency as a label", () => {
      render(<LevelLadder framework={jorgef} defaultValue={allOpen(jorgef)} />);
      const statements: Statement[] = jorgef.levels.flatMap((level) => level.statements);
      const labels = [...document.querySelectorAll(".rungs-card__proficiency")].map((label) => label.textContent);
      expect(labels).toEqual(statements.map((s) => `Proficiency: ${s.proficiency}, `));
    });

    it("a 1.0 framework has no area heading, disclosure, level description or every-level section", () => {
      const { container } = render(<LevelLadder framework={seed} defaultValue={allOpen(seed)} />);
      expect(
        container.querySelector(
          ".rungs-area, details, .rungs-rung__about, .rungs-rung__cumulative, .rungs-ladder__every-level, .rungs-card__proficiency",
        ),
      ).toBeNull();
      expect(screen.queryAllByRole("heading", { level: 4 })).toHaveLength(0);
    });
  });
});
