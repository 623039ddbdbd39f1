import { decodeAssessment } from "@rungs/core";
import {
  AssessmentSummary,
  type AssessmentSummaryStateProps,
  assessmentLink,
  LevelLadder,
  useAssessment,
} from "@rungs/react";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { expectNoAxeViolations } from "../axe";
import { seed, small } from "../fixtures";

const idsOf = (key: string) => seed.levels.find((level) => level.key === key)?.statements.map((s) => s.id) ?? [];
const emerging = idsOf("emerging");
const developing = idsOf("developing");

/** The summary over `useAssessment`'s state, and the ladder that checks statements, as a host writes them. */
function SelfAssessment(
  props: Omit<AssessmentSummaryStateProps, "assessment" | "defaultChecked" | "targetLevel"> & {
    defaultChecked?: string[];
    targetLevel?: string;
  },
) {
  const { defaultChecked, targetLevel, ...rest } = props;
  const state = useAssessment(seed, { defaultChecked, targetLevel });
  return (
    <>
      <LevelLadder framework={seed} assessment={state} defaultValue={["emerging"]} attribution={false} />
      <AssessmentSummary assessment={state} {...rest} />
    </>
  );
}

/** The state of a framework that is not one: the summary shows its errors. */
function BrokenState() {
  return <AssessmentSummary assessment={useAssessment({ levels: 3 })} />;
}

const summary = () => screen.getByRole("region", { name: "Your result" });
const levelLine = () => summary().querySelector(".rungs-summary__level")?.textContent;
const progressRows = () =>
  within(summary())
    .getAllByRole("listitem")
    .filter((li) => li.closest("ol"));

function mockClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
}

afterEach(() => {
  Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
  vi.restoreAllMocks();
});

describe("AssessmentSummary", () => {
  it("shows a meaningful empty state while nothing is checked", async () => {
    const { container } = render(<AssessmentSummary framework={seed} />);
    expect(levelLine()).toBe("Level reached: No level yet");
    expect(within(summary()).getByText("Check the statements you do to see your level.")).toBeTruthy();
    expect(progressRows().map((row) => row.textContent)).toEqual([
      // The gap leads to the lowest level first. The parts are kept apart by a separator
      // read, not shown (issue 22, item 8: they ran together, "Emerging0 of 10 metTarget").
      "Emerging, 0 of 10 met, Target",
      "Developing, 0 of 10 met",
      "Proficient, 0 of 10 met",
      "Advanced, 0 of 10 met",
    ]);
    // Nothing to share, no gap to list, and without a reset handler no buttons.
    expect(within(summary()).queryByRole("button")).toBeNull();
    expect(within(summary()).queryByRole("heading", { name: /to reach/ })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it("shows the level reached, every level's progress in words and the gap by theme, lowest level first", async () => {
    const checked = [...emerging, ...developing.slice(0, 7)];
    const { container } = render(<AssessmentSummary framework={seed} checked={checked} targetLevel="proficient" />);
    expect(levelLine()).toBe("Level reached: Emerging");
    const rows = progressRows();
    expect(rows[0]?.textContent).toBe("Emerging, 10 of 10 met, You are here");
    expect(rows[1]?.textContent).toContain("7 of 10 met");
    expect(rows[2]?.textContent).toContain("Target");
    // The bar repeats the words for the eye only.
    const bar = rows[1]?.querySelector("progress");
    expect(bar?.getAttribute("aria-hidden")).toBe("true");
    expect(bar?.getAttribute("value")).toBe("7");
    // The gap: 3 developing + 10 proficient statements, grouped by theme.
    expect(
      within(summary()).getByRole("heading", { level: 3, name: "13 statements to reach Proficient" }),
    ).toBeTruthy();
    const themes = within(summary()).getAllByRole("heading", { level: 4 });
    expect(themes.length).toBeGreaterThan(1);
    const cards = [...summary().querySelectorAll(".rungs-summary__statements > li")];
    expect(cards).toHaveLength(13);
    // Exactly the unchecked statements of Developing and Proficient, each once.
    const missing = seed.levels
      .flatMap((level) => level.statements)
      .filter((s) => (s.levelKey === "developing" || s.levelKey === "proficient") && !checked.includes(s.id));
    const shown = cards.map((card) => card.querySelector(".rungs-card__description")?.textContent);
    expect([...shown].sort()).toEqual(missing.map((s) => s.description).sort());
    // Within a theme, the lower level's statement comes first.
    for (const list of summary().querySelectorAll(".rungs-summary__statements")) {
      const badges = [...list.querySelectorAll(".rungs-card__level")].map((badge) => badge.textContent);
      expect(badges).toEqual([...badges].sort((a, b) => (a === b ? 0 : a === "Developing" ? -1 : 1)));
    }
    await expectNoAxeViolations(container);
  });

  it("follows useAssessment: checking a statement in the ladder updates the level and the gap", async () => {
    const user = userEvent.setup();
    render(<SelfAssessment defaultChecked={emerging.slice(0, 9)} />);
    expect(levelLine()).toBe("Level reached: No level yet");
    expect(within(summary()).getByRole("heading", { name: "1 statement to reach Emerging" })).toBeTruthy();
    // The summary's cards have no checkbox: these are the ladder's.
    const last = screen.getAllByRole("checkbox")[9] as HTMLElement;
    await user.click(last);
    expect(levelLine()).toBe("Level reached: Emerging");
    expect(within(summary()).getByRole("heading", { name: "10 statements to reach Developing" })).toBeTruthy();
  });

  it("copies a link with the code to the clipboard and announces it", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async (_text: string) => {});
    render(<SelfAssessment defaultChecked={emerging} shareUrl="https://careers.example/ladder#top" />);
    mockClipboard(writeText);
    await user.click(within(summary()).getByRole("button", { name: "Copy link to this result" }));
    const link = new URL(writeText.mock.calls[0]?.[0] ?? "");
    expect(link.origin + link.pathname + link.hash).toBe("https://careers.example/ladder#top");
    expect(decodeAssessment(seed, link.searchParams.get("assessment") ?? "")).toEqual({
      ok: true,
      checked: new Set(emerging),
    });
    expect(within(summary()).getByRole("status").textContent).toBe("Link copied to the clipboard.");
  });

  it("shows the link in a read-only field, focused, when the clipboard is refused or missing", async () => {
    const user = userEvent.setup();
    render(<AssessmentSummary framework={seed} checked={emerging} shareUrl="https://careers.example/ladder" />);
    mockClipboard(() => Promise.reject(new DOMException("Denied", "NotAllowedError")));
    await user.click(within(summary()).getByRole("button", { name: "Copy link to this result" }));
    const field = within(summary()).getByRole("textbox", { name: "Link to this result" }) as HTMLInputElement;
    expect(field.readOnly).toBe(true);
    expect(field.value).toBe(assessmentLink("https://careers.example/ladder", field.value.split("=")[1] ?? ""));
    expect(document.activeElement).toBe(field);
    expect(within(summary()).getByRole("status").textContent).toMatch(/could not be copied/);
  });

  it("hands the link to the host's onShare instead of the clipboard", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {});
    mockClipboard(writeText);
    const onShare = vi.fn();
    render(<AssessmentSummary framework={seed} checked={emerging} shareUrl="/ladder" onShare={onShare} />);
    await user.click(within(summary()).getByRole("button", { name: "Copy link to this result" }));
    expect(writeText).not.toHaveBeenCalled();
    const [url, code] = onShare.mock.calls[0] ?? [];
    expect(url).toBe(assessmentLink("/ladder", code, window.location.href));
    expect(decodeAssessment(seed, code)).toEqual({ ok: true, checked: new Set(emerging) });
  });

  it("starts over: clears the state, then calls onReset", async () => {
    const user = userEvent.setup();
    const onReset = vi.fn();
    render(<SelfAssessment defaultChecked={emerging} onReset={onReset} />);
    await user.click(within(summary()).getByRole("button", { name: "Start over" }));
    expect(levelLine()).toBe("Level reached: No level yet");
    expect(onReset).toHaveBeenCalledOnce();
    expect(within(summary()).queryByRole("button", { name: "Copy link to this result" })).toBeNull();
  });

  it("says so when the top level is reached, and when the target is already met", () => {
    const all = seed.levels.flatMap((level) => level.statements.map((s) => s.id));
    const { unmount } = render(<AssessmentSummary framework={seed} checked={all} />);
    expect(within(summary()).getByText("You have reached the top level.")).toBeTruthy();
    unmount();
    render(<AssessmentSummary framework={seed} checked={emerging} targetLevel="emerging" />);
    expect(within(summary()).getByText("Nothing left to reach Emerging.")).toBeTruthy();
  });

  it("shows the host's name and date for the plan, and reads no clock", () => {
    vi.spyOn(Date, "now").mockImplementation(() => {
      throw new Error("read the clock");
    });
    render(<AssessmentSummary framework={seed} checked={emerging} name="Ada" date="27 November 2026" />);
    expect(summary().querySelector(".rungs-summary__plan")?.textContent).toBe(
      "Development plan for Ada Date: 27 November 2026",
    );
  });

  it("takes labels, heading level, className, style and a ref", () => {
    const ref = createRef<HTMLElement>();
    render(
      <AssessmentSummary
        ref={ref}
        framework={small}
        checked={["novice-1"]}
        headingLevel={3}
        className="host"
        style={{ maxWidth: "40rem" }}
        labels={{ summaryTitle: "Votre résultat", noLevelYet: "Aucun niveau", levelReached: "Niveau :" }}
      />,
    );
    const region = screen.getByRole("region", { name: "Votre résultat" });
    expect(ref.current).toBe(region);
    expect(region.classList.contains("host")).toBe(true);
    expect(region.style.maxWidth).toBe("40rem");
    expect(within(region).getByRole("heading", { level: 3, name: "Votre résultat" })).toBeTruthy();
    expect(within(region).getByRole("heading", { level: 4, name: "Progress by level" })).toBeTruthy();
    expect(region.querySelector(".rungs-summary__level")?.textContent).toBe("Niveau : Aucun niveau");
  });

  it("shows the error panel for input that is not a framework, and the state's errors", () => {
    const { unmount } = render(<AssessmentSummary framework="{" />);
    expect(screen.getByRole("alert").textContent).toContain("This career framework cannot be shown right now.");
    unmount();
    render(<BrokenState />);
    expect(screen.getByRole("alert")).toBeTruthy();
  });

  it("makes links with the code in the assessment parameter, keeping the path and hash", () => {
    expect(assessmentLink("https://a.example/p?x=1#h", "2abc")).toBe("https://a.example/p?x=1&assessment=2abc#h");
    expect(assessmentLink("/p?assessment=old", "2new", "https://a.example/q")).toBe(
      "https://a.example/p?assessment=2new",
    );
  });

  it("makes a link only of an http(s) base, or one relative to an http(s) page on the same origin; never throws", () => {
    // Issue 18, item 15: the link rule of the rest of Rungs (core's `linkTarget`).
    const page = "https://careers.example/ladder";
    for (const base of [
      "javascript:alert(1)",
      "JavaScript:alert(1)//https://a.example",
      "data:text/html,<script>alert(1)</script>",
      "//evil.example/path",
      "/\\evil.example/path",
      "\\\\evil.example",
      "http://[",
      "https://user:pass@careers.example/",
      "ftp://files.example/",
      "https://a.example/\u202Egnp.exe",
    ]) {
      expect(() => assessmentLink(base, "2abc", page), base).not.toThrow();
      expect(assessmentLink(base, "2abc", page), base).toBeUndefined();
    }
    // A relative base needs a page to resolve against, and an http(s) one.
    expect(assessmentLink("/ladder", "2abc")).toBeUndefined();
    expect(assessmentLink("/ladder", "2abc", "file:///home/me/page.html")).toBeUndefined();
    expect(assessmentLink("/ladder", "2abc", "not a url")).toBeUndefined();
    expect(assessmentLink("?tab=2", "2abc", page)).toBe("https://careers.example/ladder?tab=2&assessment=2abc");
    expect(assessmentLink("https://other.example/x", "2abc", page)).toBe("https://other.example/x?assessment=2abc");
  });

  it("says in its status that no link can be made from a bad shareUrl, instead of failing", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async (_text: string) => {});
    mockClipboard(writeText);
    const onShare = vi.fn();
    for (const shareUrl of ["javascript:alert(1)", "http://[", "//evil.example/"]) {
      const { unmount } = render(
        <AssessmentSummary framework={seed} checked={emerging} shareUrl={shareUrl} onShare={onShare} />,
      );
      await user.click(within(summary()).getByRole("button", { name: "Copy link to this result" }));
      expect(within(summary()).getByRole("status").textContent).toBe("No link can be made to this result.");
      expect(within(summary()).queryByRole("textbox")).toBeNull();
      unmount();
    }
    expect(writeText).not.toHaveBeenCalled();
    expect(onShare).not.toHaveBeenCalled();
  });

  it("clears a shown link when the checked statements change", async () => {
    const user = userEvent.setup();
    render(<SelfAssessment defaultChecked={emerging} />);
    mockClipboard(() => Promise.reject(new Error("no")));
    await user.click(within(summary()).getByRole("button", { name: "Copy link to this result" }));
    expect(within(summary()).getByRole("textbox")).toBeTruthy();
    await act(async () => {
      await user.click(screen.getAllByRole("checkbox")[0] as HTMLElement);
    });
    expect(within(summary()).queryByRole("textbox")).toBeNull();
    expect(within(summary()).getByRole("status").textContent).toBe("");
  });
});
