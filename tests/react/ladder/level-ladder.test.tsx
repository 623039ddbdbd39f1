import { assertFramework, type FrameworkInput, levelSteps, searchFramework, trackOf } from "@rungs/core";
import {
  defaultLabels,
  LevelLadder,
  type LevelLadderMultipleProps,
  type UseAssessmentOptions,
  useAssessment,
} from "@rungs/react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef, useState } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LadderClient } from "../../../packages/react/src/ladder/ladder-client";
import { ladderLabels } from "../../../packages/react/src/ladder/ladder-labels";
import { ladderRungs } from "../../../packages/react/src/ladder/ladder-rungs";
import { hydrateServerHtml } from "../../hydration";
import { expectNoAxeViolations } from "../axe";
import { seed, seedSource, small } from "../fixtures";

const trigger = (name: RegExp | string) => screen.getByRole("button", { name });
const rungOf = (name: RegExp | string) => trigger(name).closest("li") as HTMLElement;
const contentOf = (name: RegExp | string) =>
  document.getElementById(trigger(name).getAttribute("aria-controls") ?? "") as HTMLElement;
/** The seed's lowest level, every statement. */
const emerging = Array.from({ length: 10 }, (_, i) => `emerging-${i + 1}`);
const checkboxesIn = (name: RegExp | string) => within(contentOf(name)).queryAllByRole("checkbox");
const marksIn = (name: RegExp | string) => [...contentOf(name).querySelectorAll("mark")].map((m) => m.textContent);

/** Levels whose labels say their number ("Level 1"), and one that says another ("Senior 1"). */
const numbered = assertFramework({
  schemaVersion: "1.0",
  occupation: { title: "Backend" },
  framework: {
    levels: {
      l1: { label: "Level 1", statements: ["Code — writes code."] },
      l2: { label: "Level 2", statements: ["Code — reviews code."] },
      l3: { label: "Senior 1", statements: ["Code — designs systems.", "People — mentors."] },
    },
  },
  attribution: "© Backend",
});

/** A framework whose first level is keyed "" (it parses, with a warning). */
const blankKey = assertFramework({
  schemaVersion: "1.0",
  occupation: { title: "Blank" },
  framework: {
    levels: {
      "": { label: "Unkeyed", statements: ["Code — writes code."] },
      next: { label: "Next", statements: ["Code — reviews code."] },
    },
  },
  attribution: "© Blank",
});

/** A self-assessment as a host writes it: the ladder takes the state of `useAssessment`. */
function Assessed({
  options,
  ...props
}: LevelLadderMultipleProps & { framework: FrameworkInput; options?: UseAssessmentOptions }) {
  return <LevelLadder {...props} assessment={useAssessment(props.framework, options)} />;
}

/** The occupation screen: the host passes the assessment's own level as `currentLevel`. */
function FollowingHost() {
  const state = useAssessment(seed, { defaultChecked: emerging.slice(1) });
  return (
    <LevelLadder
      framework={seed}
      assessment={state}
      currentLevel={state.assessment.level?.key}
      defaultValue={["emerging"]}
    />
  );
}

/** A host that controls a single-type ladder with its own state. */
function SingleHost() {
  const [open, setOpen] = useState("emerging");
  return (
    <>
      <output data-testid="open">{open || "none"}</output>
      <LevelLadder framework={seed} type="single" value={open} onValueChange={setOpen} />
    </>
  );
}

describe("LevelLadder", () => {
  it("shows each rung with its label, position and statement count, lowest first", () => {
    render(<LevelLadder framework={seed} />);
    const buttons = screen.getAllByRole("button");
    // Each name's parts kept apart by (hidden) separators: "4, 10", never "4 10".
    expect(buttons.map((button) => button.textContent)).toEqual([
      "Emerging, Level 1 of 4, 10 statements",
      "Developing, Level 2 of 4, 10 statements",
      "Proficient, Level 3 of 4, 10 statements",
      "Advanced, Level 4 of 4, 10 statements",
    ]);
    expect(screen.getByRole("region", { name: /career ladder$/ })).toBeTruthy();
  });

  it("puts the highest level on top with direction=descending", () => {
    render(<LevelLadder framework={seed} direction="descending" />);
    expect(screen.getAllByRole("heading").map((h) => h.textContent?.split(",")[0])).toEqual([
      "Advanced",
      "Proficient",
      "Developing",
      "Emerging",
    ]);
  });

  it("accepts raw JSON text and raw objects as well as a parsed framework", () => {
    const { unmount } = render(<LevelLadder framework={seedSource} />);
    expect(screen.getAllByRole("button")).toHaveLength(4);
    unmount();
    render(<LevelLadder framework={JSON.parse(seedSource)} />);
    expect(screen.getAllByRole("button")).toHaveLength(4);
  });

  it("keeps the statements of closed rungs mounted, hidden until found", () => {
    const { container } = render(<LevelLadder framework={seed} />);
    expect(container.querySelectorAll(".rungs-card")).toHaveLength(40);
    const content = contentOf(/^Emerging/);
    expect(content.getAttribute("data-state")).toBe("closed");
    expect(content.getAttribute("hidden")).toBe("until-found");
    expect(trigger(/^Emerging/).getAttribute("aria-expanded")).toBe("false");
  });

  it("gives each statement one element, its subject, and its description as text: read as one sentence", () => {
    const { container } = render(<LevelLadder framework={seed} />);
    const statement = seed.levels[0]?.statements[0];
    if (!statement) throw new Error("the seed has statements");
    const item = container.querySelector(`[id="${statement.id}"]`) as HTMLElement;
    expect(item.matches("li.rungs-card")).toBe(true);
    expect([...item.children].map((child) => child.className)).toEqual(["rungs-card__subject"]);
    expect(item.textContent).toBe(`${statement.subject} ${statement.description}`);
  });

  it("opens and closes a rung on click", async () => {
    const user = userEvent.setup();
    render(<LevelLadder framework={seed} />);
    await user.click(trigger(/^Developing/));
    expect(trigger(/^Developing/).getAttribute("aria-expanded")).toBe("true");
    expect(contentOf(/^Developing/).hasAttribute("hidden")).toBe(false);
    expect(within(contentOf(/^Developing/)).getByText("Equipment malfunctions")).toBeTruthy();
    await user.click(trigger(/^Developing/));
    expect(trigger(/^Developing/).getAttribute("aria-expanded")).toBe("false");
    expect(contentOf(/^Developing/).getAttribute("hidden")).toBe("until-found");
  });

  it("follows the APG accordion keyboard pattern", async () => {
    const user = userEvent.setup();
    render(<LevelLadder framework={seed} />);
    trigger(/^Emerging/).focus();
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(trigger(/^Developing/));
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(trigger(/^Advanced/));
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(trigger(/^Emerging/));
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement).toBe(trigger(/^Advanced/));
    await user.keyboard("{Home}");
    expect(document.activeElement).toBe(trigger(/^Emerging/));
    await user.keyboard("{Enter}");
    expect(trigger(/^Emerging/).getAttribute("aria-expanded")).toBe("true");
    await user.keyboard(" ");
    expect(trigger(/^Emerging/).getAttribute("aria-expanded")).toBe("false");
  });

  it("keeps several rungs open by default and one with type=single", async () => {
    const user = userEvent.setup();
    const { unmount } = render(<LevelLadder framework={seed} />);
    await user.click(trigger(/^Emerging/));
    await user.click(trigger(/^Advanced/));
    expect(screen.getAllByRole("button", { expanded: true })).toHaveLength(2);
    unmount();
    render(<LevelLadder framework={seed} type="single" />);
    await user.click(trigger(/^Emerging/));
    await user.click(trigger(/^Advanced/));
    expect(screen.getAllByRole("button", { expanded: true }).map((b) => b.textContent)).toEqual([
      "Advanced, Level 4 of 4, 10 statements",
    ]);
  });

  it("opens the defaultValue rungs and reports changes", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<LevelLadder framework={seed} defaultValue={["proficient"]} onValueChange={onValueChange} />);
    expect(trigger(/^Proficient/).getAttribute("aria-expanded")).toBe("true");
    await user.click(trigger(/^Emerging/));
    expect(onValueChange).toHaveBeenLastCalledWith(["proficient", "emerging"]);
  });

  it("is controlled by value: clicks only ask for a change", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(<LevelLadder framework={seed} value={["developing"]} onValueChange={onValueChange} />);
    await user.click(trigger(/^Emerging/));
    expect(onValueChange).toHaveBeenCalledWith(["developing", "emerging"]);
    expect(trigger(/^Emerging/).getAttribute("aria-expanded")).toBe("false");
    rerender(<LevelLadder framework={seed} value={["advanced"]} onValueChange={onValueChange} />);
    expect(screen.getAllByRole("button", { expanded: true }).map((b) => b.textContent?.slice(0, 8))).toEqual([
      "Advanced",
    ]);
  });

  it("works controlled with type=single", async () => {
    const user = userEvent.setup();
    render(<SingleHost />);
    await user.click(trigger(/^Developing/));
    expect(screen.getByTestId("open").textContent).toBe("developing");
    await user.click(trigger(/^Developing/));
    expect(screen.getByTestId("open").textContent).toBe("none");
  });

  it("warns in development when switching from uncontrolled to controlled", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { rerender } = render(<LevelLadder framework={seed} />);
    rerender(<LevelLadder framework={seed} value={["emerging"]} />);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/LevelLadder is changing from uncontrolled to controlled/));
    warn.mockRestore();
  });

  it("marks the current and target levels with text, and the rungs between as the path", () => {
    render(<LevelLadder framework={seed} currentLevel="emerging" targetLevel="advanced" />);
    expect(within(rungOf(/^Emerging/)).getByText("You are here")).toBeTruthy();
    expect(within(rungOf(/^Advanced/)).getByText("Target")).toBeTruthy();
    expect(within(rungOf(/^Developing/)).getByText("On your path")).toBeTruthy();
    expect(within(rungOf(/^Proficient/)).getByText("On your path")).toBeTruthy();
    expect(rungOf(/^Emerging/).hasAttribute("data-current")).toBe(true);
    expect(rungOf(/^Advanced/).hasAttribute("data-target")).toBe(true);
    expect(rungOf(/^Developing/).hasAttribute("data-path")).toBe(true);
    expect(trigger(/^Emerging.*You are here$/)).toBeTruthy();
  });

  it("uses the heading level the host sets", () => {
    render(<LevelLadder framework={seed} headingLevel={2} />);
    expect(screen.getAllByRole("heading", { level: 2 })).toHaveLength(4);
    expect(screen.queryAllByRole("heading", { level: 3 })).toHaveLength(0);
  });

  it("opens a rung that find-in-page reveals", () => {
    render(<LevelLadder framework={seed} />);
    const card = within(contentOf(/^Proficient/)).getByText("Systems evaluation");
    act(() => {
      card.dispatchEvent(new Event("beforematch", { bubbles: true }));
    });
    expect(trigger(/^Proficient/).getAttribute("aria-expanded")).toBe("true");
    expect(contentOf(/^Proficient/).hasAttribute("hidden")).toBe(false);
  });

  it("says a level is empty", async () => {
    render(<LevelLadder framework={small} defaultValue={["expert"]} />);
    expect(trigger(/^Expert/).textContent).toContain("0 statements");
    expect(within(contentOf(/^Expert/)).getByText("No statements at this level.")).toBeTruthy();
  });

  it("replaces every UI string through labels, with plural forms from the locale", () => {
    render(
      <LevelLadder
        framework={small}
        currentLevel="novice"
        labels={{
          locale: "fr",
          ladder: "Échelle : {title}",
          position: "Niveau {position} sur {total}",
          statementCount: { one: "{count} énoncé", other: "{count} énoncés" },
          current: "Vous êtes ici",
        }}
      />,
    );
    expect(screen.getByRole("region", { name: "Échelle : Gardener" })).toBeTruthy();
    expect(trigger(/^Novice/).textContent).toBe("Novice, Niveau 1 sur 3, 2 énoncés, Vous êtes ici");
    // French puts 0 in the "one" category.
    expect(trigger(/^Expert/).textContent).toBe("Expert, Niveau 3 sur 3, 0 énoncé");
  });

  it("shows the sources and attribution by default, and hides them with attribution={false}", () => {
    const { unmount } = render(<LevelLadder framework={seed} />);
    expect(screen.getByText("© EBSCOed")).toBeTruthy();
    unmount();
    render(<LevelLadder framework={seed} attribution={false} />);
    expect(screen.queryByText("© EBSCOed")).toBeNull();
  });

  it("passes className, style and other attributes through to the root", () => {
    const { container } = render(
      <LevelLadder framework={small} className="host" style={{ maxWidth: 600 }} data-testid="ladder" dir="rtl" />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root.className).toBe("rungs rungs-ladder host");
    expect(root.style.maxWidth).toBe("600px");
    expect(root.dataset.testid).toBe("ladder");
    expect(root.getAttribute("dir")).toBe("rtl");
  });

  it("shows an error panel for invalid input instead of throwing", () => {
    render(<LevelLadder framework='{"schemaVersion": "1.0", "framework": {"levels": {"a": {"statements": [1]}}}}' />);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("This career framework cannot be shown right now.");
    expect(alert.textContent).toContain("/framework/levels/a/statements/0");
    expect(alert.textContent).toContain("framework.levels.a.statements[0] must be a string; found the number 1.");
  });

  it("lets renderError replace the error panel", () => {
    render(<LevelLadder framework="{" renderError={(errors) => <p>Broken: {errors[0]?.code}</p>} />);
    expect(screen.getByText("Broken: invalid-json")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("has no axe violations, closed or open", async () => {
    const user = userEvent.setup();
    const { container } = render(<LevelLadder framework={seed} currentLevel="developing" targetLevel="advanced" />);
    await expectNoAxeViolations(container);
    await user.click(trigger(/^Developing/));
    await expectNoAxeViolations(container);
  });

  it("has no axe violations in its error panel", async () => {
    const { container } = render(<LevelLadder framework="[]" />);
    await expectNoAxeViolations(container);
  });

  it("ignores a beforematch outside any rung", () => {
    const { container } = render(<LevelLadder framework={small} />);
    fireEvent(container.firstElementChild as Element, new Event("beforematch", { bubbles: true }));
    expect(screen.queryAllByRole("button", { expanded: true })).toHaveLength(0);
  });

  describe("its client part, given what crossed from the server", () => {
    it("renders the rungs its server part made from a copy of a parsed framework, as they are", () => {
      const copy = structuredClone(seed);
      const rungs = ladderRungs({
        framework: copy,
        track: trackOf(copy),
        trackKey: undefined,
        trackHref: undefined,
        linksInPage: true,
        direction: "ascending",
        currentLevel: undefined,
        targetLevel: undefined,
        labels: defaultLabels,
        search: searchFramework(copy, ""),
        assessment: undefined,
        idPrefix: "",
        steps: undefined,
      });
      render(
        <LadderClient
          aria-label="Ladder"
          outline={copy}
          rungs={rungs}
          search={{ query: "", levelKeys: [] }}
          labels={ladderLabels(defaultLabels)}
          defaultValue={["emerging"]}
        />,
      );
      expect(trigger(/^Emerging/).getAttribute("aria-expanded")).toBe("true");
      expect(screen.getAllByRole("listitem").length).toBeGreaterThan(seed.levels.length);
    });

    // Issue 19: the check of a copy happens once, where it enters (the server part), not
    // again in the client part, which no host can import.
    it("shows the error panel for a copy that does not hold, never throws", () => {
      const tampered = structuredClone(seed) as unknown as { levels: { rank: number }[] };
      (tampered.levels[0] as { rank: number }).rank = 7;
      render(<LevelLadder framework={tampered as unknown as typeof seed} />);
      expect(screen.getByRole("alert").textContent).toMatch(/rank/);
    });
  });

  describe("linkable", () => {
    afterEach(() => window.history.replaceState(null, "", "/"));

    it("gives each rung and statement a readable id, with the idPrefix asked for", () => {
      const { unmount } = render(<LevelLadder framework={seed} />);
      expect(rungOf(/^Developing/).id).toBe("developing");
      expect(document.getElementById("emerging-1")?.closest("li.rungs-rung")).toBe(rungOf(/^Emerging/));
      unmount();
      render(<LevelLadder framework={seed} idPrefix="ladder-" />);
      expect(rungOf(/^Developing/).id).toBe("ladder-developing");
      expect(document.getElementById("ladder-emerging-1")).toBeTruthy();
    });

    it("opens the rung the URL's hash names, on load and on hashchange", async () => {
      window.history.replaceState(null, "", "#developing");
      render(<LevelLadder framework={seed} />);
      expect(trigger(/^Developing/).getAttribute("aria-expanded")).toBe("true");
      expect(trigger(/^Advanced/).getAttribute("aria-expanded")).toBe("false");
      await act(async () => {
        window.history.replaceState(null, "", "#advanced");
        window.dispatchEvent(new HashChangeEvent("hashchange"));
      });
      expect(trigger(/^Advanced/).getAttribute("aria-expanded")).toBe("true");
      expect(trigger(/^Developing/).getAttribute("aria-expanded")).toBe("true");
    });

    it("opens the rung of a linked statement, and only with its own prefix", () => {
      window.history.replaceState(null, "", "#b-proficient-2");
      render(
        <>
          <LevelLadder framework={small} idPrefix="a-" />
          <LevelLadder framework={seed} idPrefix="b-" type="single" />
        </>,
      );
      expect(screen.getAllByRole("button", { expanded: true }).map((button) => button.textContent)).toEqual([
        expect.stringMatching(/^Proficient/),
      ]);
    });

    it("asks a controlled host to open the linked rung", () => {
      window.history.replaceState(null, "", "#advanced");
      const onValueChange = vi.fn();
      render(<LevelLadder framework={seed} value={[]} onValueChange={onValueChange} />);
      expect(onValueChange).toHaveBeenLastCalledWith(["advanced"]);
    });

    it("ignores a hash that names nothing, or is malformed", () => {
      window.history.replaceState(null, "", "#%E0%A4%A");
      render(<LevelLadder framework={seed} />);
      expect(screen.queryAllByRole("button", { expanded: true })).toHaveLength(0);
    });

    it("forwards its ref to the root section", () => {
      const ref = createRef<HTMLElement>();
      render(<LevelLadder ref={ref} framework={seed} />);
      expect(ref.current?.tagName).toBe("SECTION");
      expect(ref.current?.getAttribute("aria-label")).toMatch(/Electro-Mechanical/);
    });
  });

  describe("as a self-assessment", () => {
    it("gives every statement a checkbox named by it, and each rung its progress", () => {
      render(<Assessed framework={seed} />);
      expect(screen.getAllByRole("checkbox", { hidden: true })).toHaveLength(40);
      expect(
        screen.getByRole("checkbox", { name: /^Equipment malfunctions troubleshoot using/, hidden: true }),
      ).toBeTruthy();
      expect(trigger(/^Emerging/).textContent).toBe("Emerging, Level 1 of 4, 0 of 10 met");
    });

    it("has no checkboxes without an assessment", () => {
      render(<LevelLadder framework={seed} defaultValue={["emerging"]} />);
      expect(screen.queryAllByRole("checkbox", { hidden: true })).toHaveLength(0);
    });

    it("counts checked statements and moves “You are here” to the level they reach", async () => {
      const user = userEvent.setup();
      const onCheckedChange = vi.fn();
      render(
        <Assessed
          framework={seed}
          options={{ defaultChecked: emerging.slice(1), onCheckedChange }}
          defaultValue={["emerging"]}
        />,
      );
      expect(trigger(/^Emerging/).textContent).toContain("9 of 10 met");
      expect(screen.queryByText("You are here")).toBeNull();
      await user.click(screen.getByRole("checkbox", { name: /^Electromechanical assemblies/ }));
      expect(onCheckedChange).toHaveBeenLastCalledWith(emerging);
      expect(trigger(/^Emerging/).textContent).toContain("10 of 10 met");
      expect(within(rungOf(/^Emerging/)).getByText("You are here")).toBeTruthy();
      expect(rungOf(/^Emerging/).hasAttribute("data-met")).toBe(true);
      await user.click(screen.getByRole("checkbox", { name: /^Part surfaces/ }));
      expect(screen.queryByText("You are here")).toBeNull();
    });

    it("keeps the host's currentLevel over the derived one", () => {
      render(<Assessed framework={seed} options={{ defaultChecked: emerging }} currentLevel="advanced" />);
      expect(within(rungOf(/^Advanced/)).getByText("You are here")).toBeTruthy();
      expect(within(rungOf(/^Emerging/)).queryByText("You are here")).toBeNull();
    });

    it("meets a level at the threshold", () => {
      render(<Assessed framework={seed} options={{ defaultChecked: emerging.slice(0, 6), threshold: 0.6 }} />);
      expect(within(rungOf(/^Emerging/)).getByText("You are here")).toBeTruthy();
    });

    it("is controlled by checked: clicks only ask for a change", async () => {
      const user = userEvent.setup();
      const onCheckedChange = vi.fn();
      const { rerender } = render(
        <Assessed framework={small} options={{ checked: [], onCheckedChange }} defaultValue={["novice"]} />,
      );
      const pruning = screen.getByRole("checkbox", { name: /^Pruning cuts dead wood/ }) as HTMLInputElement;
      await user.click(pruning);
      expect(onCheckedChange).toHaveBeenLastCalledWith(["novice-1"]);
      expect(pruning.checked).toBe(false);
      rerender(
        <Assessed
          framework={small}
          options={{ checked: ["novice-1", "novice-2"], onCheckedChange }}
          defaultValue={["novice"]}
        />,
      );
      expect(pruning.checked).toBe(true);
      expect(trigger(/^Novice/).textContent).toContain("2 of 2 met");
      expect(within(rungOf(/^Novice/)).getByText("You are here")).toBeTruthy();
    });

    it("shows the count, not a progress, on an empty level, and takes progress labels", () => {
      render(
        <Assessed
          framework={small}
          labels={{
            locale: "fr",
            levelProgress: { one: "{count} acquis sur {total}", other: "{count} acquis sur {total}" },
            statementCount: { one: "{count} énoncé", other: "{count} énoncés" },
          }}
        />,
      );
      expect(trigger(/^Novice/).textContent).toContain("0 acquis sur 2");
      expect(trigger(/^Expert/).textContent).toContain("0 énoncé");
    });

    it("has no axe violations, open and checked", async () => {
      const { container } = render(
        <Assessed framework={seed} options={{ defaultChecked: emerging }} defaultValue={["emerging", "developing"]} />,
      );
      await expectNoAxeViolations(container);
    });
  });

  describe("with a search query", () => {
    it("shows only matching statements, marked, and opens their rungs", () => {
      render(<LevelLadder framework={seed} query="oscilloscopes voltmeters" />);
      expect(trigger(/^Emerging/).getAttribute("aria-expanded")).toBe("true");
      expect(trigger(/^Developing/).getAttribute("aria-expanded")).toBe("true");
      expect(trigger(/^Proficient/).getAttribute("aria-expanded")).toBe("false");
      expect(contentOf(/^Emerging/).querySelectorAll(".rungs-card")).toHaveLength(1);
      expect(marksIn(/^Emerging/)).toEqual(["oscilloscopes", "voltmeters"]);
      expect(within(contentOf(/^Proficient/)).getByText("No statement matches.")).toBeTruthy();
      expect(screen.getByRole("status").textContent).toBe("2 statements match “oscilloscopes voltmeters”.");
    });

    it("says in each rung's button how many of its statements match", () => {
      render(<LevelLadder framework={seed} query="oscilloscopes voltmeters" />);
      expect(trigger(/^Emerging/).textContent).toContain("1 of 10 matches");
      expect(trigger(/^Proficient/).textContent).toContain("0 of 10 match");
      expect(trigger(/^Proficient/).textContent).not.toContain("10 statements");
    });

    it("says once when nothing matches", () => {
      render(<LevelLadder framework={seed} query="  xyzzy " />);
      expect(screen.getByRole("status").textContent).toBe("No statement matches “xyzzy”.");
      expect(screen.queryAllByRole("button", { expanded: true })).toHaveLength(0);
    });

    it("does not filter for a blank query", () => {
      const { container } = render(<LevelLadder framework={seed} query="   " />);
      expect(container.querySelectorAll(".rungs-card")).toHaveLength(40);
      expect(container.querySelector("mark")).toBeNull();
      expect(screen.getByRole("status").textContent).toBe("");
    });

    it("opens the rungs a new query finds, keeping those the reader opened", () => {
      const onValueChange = vi.fn();
      const { rerender } = render(
        <LevelLadder framework={seed} defaultValue={["advanced"]} onValueChange={onValueChange} query="" />,
      );
      rerender(
        <LevelLadder framework={seed} defaultValue={["advanced"]} onValueChange={onValueChange} query="soldering" />,
      );
      expect(screen.getAllByRole("button", { expanded: true }).map((b) => b.textContent?.slice(0, 8))).toEqual([
        "Emerging",
        "Advanced",
      ]);
      expect(onValueChange).toHaveBeenLastCalledWith(["advanced", "emerging"]);
      expect(checkboxesIn(/^Emerging/)).toHaveLength(0);
    });

    it("asks a host that controls value to open the rungs with matches", () => {
      const onValueChange = vi.fn();
      render(<LevelLadder framework={seed} value={[]} onValueChange={onValueChange} query="mentor" />);
      expect(onValueChange).toHaveBeenCalledWith(["advanced"]);
      expect(trigger(/^Advanced/).getAttribute("aria-expanded")).toBe("false");
    });

    it("opens the first rung with a match with type=single, unless the open one has one", () => {
      const { rerender } = render(<LevelLadder framework={seed} type="single" defaultValue="advanced" query="" />);
      rerender(<LevelLadder framework={seed} type="single" defaultValue="advanced" query="voltmeters" />);
      expect(screen.getAllByRole("button", { expanded: true }).map((b) => b.textContent?.slice(0, 8))).toEqual([
        "Emerging",
      ]);
      rerender(<LevelLadder framework={seed} type="single" defaultValue="advanced" query="oscilloscopes" />);
      expect(screen.getAllByRole("button", { expanded: true }).map((b) => b.textContent?.slice(0, 8))).toEqual([
        "Emerging",
      ]);
    });

    it("lets a statement found by the search be checked", async () => {
      const user = userEvent.setup();
      render(<Assessed framework={seed} query="soldering" />);
      expect(checkboxesIn(/^Emerging/)).toHaveLength(1);
      await user.click(screen.getByRole("checkbox", { name: /^Electrical and electronic parts/ }));
      // Progress counts every statement of the level, not only those shown.
      expect(trigger(/^Emerging/).textContent).toContain("1 of 10 met");
    });

    it("has no axe violations", async () => {
      const { container } = render(<Assessed framework={seed} query="oscilloscopes" />);
      await expectNoAxeViolations(container);
    });
  });

  it("renders the same server HTML every time, with no inline style, and hydrates quietly", async () => {
    const element = (
      <Assessed
        framework={seedSource}
        options={{ defaultChecked: emerging, threshold: 0.5 }}
        query="voltmeters"
        currentLevel="x"
      />
    );
    const html = renderToString(element);
    expect(renderToString(element)).toBe(html);
    expect(html).not.toContain("style=");
    expect(html).toContain('type="checkbox"');
    expect(html).toContain("<mark");
    const { problems, cleanUp } = await hydrateServerHtml(html, element);
    expect(problems).toEqual([]);
    cleanUp();
  });

  it('opens a level keyed "", and reports it by its key', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { unmount } = render(<LevelLadder framework={blankKey} onValueChange={onValueChange} />);
    await user.click(trigger(/^Unkeyed/));
    expect(trigger(/^Unkeyed/).getAttribute("aria-expanded")).toBe("true");
    expect(contentOf(/^Unkeyed/).hasAttribute("hidden")).toBe(false);
    expect(onValueChange).toHaveBeenLastCalledWith([""]);
    await user.click(trigger(/^Next/));
    expect(onValueChange).toHaveBeenLastCalledWith(["", "next"]);
    await user.click(trigger(/^Unkeyed/));
    expect(onValueChange).toHaveBeenLastCalledWith(["next"]);
    unmount();
    render(<LevelLadder framework={blankKey} type="single" />);
    await user.click(trigger(/^Unkeyed/));
    expect(trigger(/^Unkeyed/).getAttribute("aria-expanded")).toBe("true");
    await user.click(trigger(/^Next/));
    expect(trigger(/^Unkeyed/).getAttribute("aria-expanded")).toBe("false");
  });

  describe("landmarks and names", () => {
    it("makes only an open rung's panel a region, named by its trigger", async () => {
      const user = userEvent.setup();
      const { container } = render(<LevelLadder framework={seed} />);
      // Counted in the DOM, hidden or not: Chromium keeps hidden-until-found panels in its tree.
      const panelRegions = () => [...container.querySelectorAll("ol [role='region']")];
      expect(panelRegions()).toHaveLength(0);
      expect(container.querySelectorAll("ol [aria-labelledby]")).toHaveLength(0);
      await user.click(trigger(/^Developing/));
      expect(panelRegions()).toEqual([contentOf(/^Developing/)]);
      expect(screen.getByRole("region", { name: /^Developing/ })).toBe(contentOf(/^Developing/));
      await user.click(trigger(/^Developing/));
      expect(panelRegions()).toHaveLength(0);
    });

    it("makes no panel a region once more than six are open (APG: landmarks do not proliferate)", async () => {
      const eight = assertFramework({
        schemaVersion: "1.0",
        occupation: { title: "Eight levels" },
        framework: {
          levels: Object.fromEntries(
            Array.from({ length: 8 }, (_, i) => [
              `l${i + 1}`,
              { label: `Step ${i + 1}`, statements: ["Work — does it."] },
            ]),
          ),
        },
      });
      const user = userEvent.setup();
      const keys = eight.levels.map((level) => level.key);
      const { container } = render(<LevelLadder framework={eight} defaultValue={keys.slice(0, 6)} />);
      const panelRegions = () => [...container.querySelectorAll("ol [role='region']")];
      expect(panelRegions()).toHaveLength(6);
      await user.click(trigger(/^Step 7/));
      expect(panelRegions()).toHaveLength(0);
      expect(container.querySelectorAll("ol [aria-labelledby]")).toHaveLength(0);
      await user.click(trigger(/^Step 7/));
      expect(panelRegions()).toHaveLength(6);
      expect(renderToString(<LevelLadder framework={eight} defaultValue={keys} />).match(/role="region"/g)).toBeNull();
    });

    it("has no region for a closed rung in its server HTML", () => {
      const html = renderToString(<LevelLadder framework={seed} defaultValue={["advanced"]} />);
      expect(html.match(/role="region"/g)).toHaveLength(1);
    });

    it("keeps the parts of a rung's name apart, and does not repeat a label's own number", () => {
      render(<LevelLadder framework={numbered} currentLevel="l1" />);
      expect(screen.getByRole("button", { name: "Level 1, of 3, 1 statement, You are here" })).toBeTruthy();
      expect(screen.getByRole("button", { name: "Level 2, of 3, 1 statement" })).toBeTruthy();
      // "Senior 1" is the third level: its label does not say its position.
      expect(screen.getByRole("button", { name: "Senior 1, Level 3 of 3, 2 statements" })).toBeTruthy();
    });

    it("takes the separator and the short position from labels", () => {
      render(<LevelLadder framework={numbered} labels={{ nameSeparator: "; ", positionOfTotal: "sur {total}" }} />);
      expect(screen.getByRole("button", { name: "Level 1; sur 3; 1 statement" })).toBeTruthy();
    });
  });

  describe("announcing a self-assessment", () => {
    const checkboxNamed = (name: RegExp) => screen.getByRole("checkbox", { name });

    it("says politely what a checked statement changed, and nothing before", async () => {
      const user = userEvent.setup();
      const element = (
        <Assessed
          framework={seed}
          options={{ defaultChecked: emerging.slice(1) }}
          defaultValue={["emerging", "developing"]}
        />
      );
      const server = document.createElement("div");
      server.innerHTML = renderToString(element);
      expect(server.querySelector("[role='status']")?.textContent).toBe("");
      render(element);
      const status = screen.getByRole("status");
      expect(status.textContent).toBe("");
      await user.click(within(contentOf(/^Developing/)).getAllByRole("checkbox")[0] as HTMLElement);
      expect(status.textContent).toBe("Developing: 1 of 10 met.");
      await user.click(checkboxNamed(/^Electromechanical assemblies/));
      expect(status.textContent).toBe("Emerging: 10 of 10 met. You are here: Emerging.");
      await user.click(checkboxNamed(/^Electromechanical assemblies/));
      expect(status.textContent).toBe("Emerging: 9 of 10 met. No level reached.");
    });

    it("does not announce a level the host's currentLevel keeps from moving", async () => {
      const user = userEvent.setup();
      render(
        <Assessed
          framework={seed}
          options={{ defaultChecked: emerging.slice(1) }}
          defaultValue={["emerging"]}
          currentLevel="advanced"
        />,
      );
      await user.click(checkboxNamed(/^Electromechanical assemblies/));
      expect(screen.getByRole("status").textContent).toBe("Emerging: 10 of 10 met.");
    });

    it("announces the level when the host passes the assessment's own level as currentLevel", async () => {
      const user = userEvent.setup();
      render(<FollowingHost />);
      await user.click(checkboxNamed(/^Electromechanical assemblies/));
      expect(screen.getByRole("status").textContent).toBe("Emerging: 10 of 10 met. You are here: Emerging.");
      await user.click(checkboxNamed(/^Electromechanical assemblies/));
      expect(screen.getByRole("status").textContent).toBe("Emerging: 9 of 10 met. No level reached.");
    });

    it("takes its words from labels", async () => {
      const user = userEvent.setup();
      render(
        <Assessed
          framework={small}
          defaultValue={["novice"]}
          labels={{
            progressChanged: "{level} — {progress}",
            levelProgress: { other: "{count}/{total}" },
            currentChanged: "Niveau atteint : {level}.",
          }}
        />,
      );
      await user.click(checkboxNamed(/^Pruning cuts dead wood/));
      await user.click(checkboxNamed(/^Soil/));
      expect(screen.getByRole("status").textContent).toBe("Novice — 2/2 Niveau atteint : Novice.");
    });
  });
});

describe("LevelLadder with levelSteps: what is new at each level", () => {
  const team = assertFramework({
    schemaVersion: "1.0",
    occupation: { title: "Team" },
    framework: {
      levels: {
        junior: { label: "Junior", statements: ["Code — writes code.", "Tests — runs tests."] },
        senior: {
          label: "Senior",
          statements: ["Code — reviews code.", "People — mentors.", "Tests — designs test plans."],
        },
      },
    },
    attribution: "© Team",
  });

  it("marks each statement new or continuing, in words, and counts them per rung", () => {
    const { container } = render(
      <LevelLadder framework={team} levelSteps={levelSteps(team)} defaultValue={["senior"]} />,
    );
    const senior = contentOf(/^Senior/);
    expect(within(senior).getByText("1 new, 2 continue")).toBeTruthy();
    expect([...senior.querySelectorAll("li")].map((item) => item.textContent)).toEqual([
      "Continues “Code”, Code reviews code.",
      "New at this level, People mentors.",
      "Continues “Tests”, Tests designs test plans.",
    ]);
    expect([...senior.querySelectorAll("li")].map((item) => item.getAttribute("data-step"))).toEqual([
      "continues",
      "new",
      "continues",
    ]);
    expect(within(contentOf(/^Junior/)).getByText("2 new, 0 continue")).toBeTruthy();
    // The rung's button keeps its name.
    expect(trigger(/^Senior/).textContent).toBe("Senior, Level 2 of 2, 3 statements");
    expect(container.querySelectorAll(".rungs-step")).toHaveLength(5);
  });

  it("with assessment (the README's self-assessment), shows each step in words beside its checkbox", () => {
    const { container } = render(
      <Assessed
        framework={team}
        options={{ defaultChecked: ["senior-2"] }}
        levelSteps={levelSteps(team)}
        defaultValue={["senior"]}
      />,
    );
    const senior = contentOf(/^Senior/);
    expect(within(senior).getByText("1 new, 2 continue")).toBeTruthy();
    expect([...senior.querySelectorAll(".rungs-step")].map((badge) => badge.textContent)).toEqual([
      "Continues “Code”, ",
      "New at this level, ",
      "Continues “Tests”, ",
    ]);
    expect([...senior.querySelectorAll("li")].map((item) => item.getAttribute("data-step"))).toEqual([
      "continues",
      "new",
      "continues",
    ]);
    // The box says the statement only; its step describes it.
    const boxes = within(senior).getAllByRole("checkbox");
    expect(
      boxes.map((box) => [(box as HTMLInputElement).checked, box.getAttribute("aria-describedby") !== null]),
    ).toEqual([
      [false, true],
      [true, true],
      [false, true],
    ]);
    const mentors = within(senior).getByRole("checkbox", { name: "People mentors." });
    expect(document.getElementById(mentors.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "New at this level, ",
    );
    expect(container.querySelectorAll(".rungs-step")).toHaveLength(5);
  });

  it("with assessment, a server's HTML has the badges and hydrates without a warning", async () => {
    const element = <Assessed framework={team} levelSteps={levelSteps(team)} />;
    const html = renderToString(element);
    expect(html).toContain("New at this level");
    expect(html).toContain("Continues “Code”");
    const { problems, cleanUp } = await hydrateServerHtml(html, element);
    expect(problems).toEqual([]);
    cleanUp();
  });

  it("with assessment and a query, marks the matches and keeps their steps", () => {
    render(<Assessed framework={team} levelSteps={levelSteps(team)} query="mentors" />);
    const senior = contentOf(/^Senior/);
    expect([...senior.querySelectorAll(".rungs-step")].map((badge) => badge.textContent)).toEqual([
      "New at this level, ",
    ]);
    expect(within(senior).getAllByRole("checkbox")).toHaveLength(1);
  });

  it("changes nothing without it", () => {
    const { container: off } = render(<LevelLadder framework={team} />);
    expect(off.querySelector(".rungs-step, .rungs-rung__steps, [data-step]")).toBeNull();
  });

  it("counts every statement of a rung during a search, and marks the matches", () => {
    render(<LevelLadder framework={team} levelSteps={levelSteps(team)} query="mentors" />);
    const senior = contentOf(/^Senior/);
    expect(within(senior).getByText("1 new, 2 continue")).toBeTruthy();
    expect([...senior.querySelectorAll("li")].map((item) => item.getAttribute("data-step"))).toEqual(["new"]);
  });

  it("leaves out steps that name no statement of the framework, and takes its words from labels", () => {
    const steps = [
      { statements: [{ kind: "continues" as const, statementId: "senior-1", from: "nowhere" }] },
      {
        statements: [
          { kind: "new" as const, statementId: "senior-2" },
          { kind: "new" as const, statementId: "ghost" },
        ],
      },
    ];
    render(
      <LevelLadder
        framework={team}
        levelSteps={steps}
        defaultValue={["senior"]}
        labels={{
          newAtLevel: "Nouveau",
          newCount: { other: "{count} nouveau(x)" },
          stepSummary: "{new} / {continued}",
        }}
      />,
    );
    const senior = contentOf(/^Senior/);
    expect([...senior.querySelectorAll("li")].map((item) => item.getAttribute("data-step"))).toEqual([
      null,
      "new",
      null,
    ]);
    expect(within(senior).getByText("Nouveau")).toBeTruthy();
    expect(within(senior).getByText("1 nouveau(x) / 0 continue")).toBeTruthy();
  });

  it("names a continued statement without a subject by its first words", () => {
    const plain = assertFramework({
      schemaVersion: "1.0",
      occupation: { title: "Plain" },
      framework: {
        levels: {
          one: { label: "One", statements: ["Writes small programs that read and write files on disk."] },
          two: { label: "Two", statements: ["Writes large programs that read and write files on disk."] },
        },
      },
      attribution: "© Plain",
    });
    render(<LevelLadder framework={plain} levelSteps={levelSteps(plain)} defaultValue={["two"]} />);
    expect(within(contentOf(/^Two/)).getByText("Continues “Writes small programs that read and…”")).toBeTruthy();
  });

  it("keeps the step's kind on a self-assessment's cards, and has no axe violations", async () => {
    const { container } = render(
      <div>
        <LevelLadder framework={team} levelSteps={levelSteps(team)} defaultValue={["senior"]} idPrefix="a-" />
        <Assessed
          framework={team}
          levelSteps={levelSteps(team)}
          defaultValue={["senior"]}
          idPrefix="b-"
          labels={{ ladder: "{title}: self-assessment" }}
        />
      </div>,
    );
    expect(container.querySelectorAll('[id^="b-"][data-step="continues"]')).toHaveLength(2);
    await expectNoAxeViolations(container);
  });

  it("renders the same on the server and hydrates without a warning", async () => {
    const element = <LevelLadder framework={team} levelSteps={levelSteps(team)} defaultValue={["senior"]} />;
    const html = renderToString(element);
    expect(html).toContain("New at this level");
    expect(html).not.toContain("style=");
    const { problems, cleanUp } = await hydrateServerHtml(html, element);
    expect(problems).toEqual([]);
    cleanUp();
  });
});
