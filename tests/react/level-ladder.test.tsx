import { LevelLadder } from "@rungs/react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { expectNoAxeViolations } from "./axe";
import { seed, seedSource, small } from "./fixtures";

const trigger = (name: RegExp | string) => screen.getByRole("button", { name });
const rungOf = (name: RegExp | string) => trigger(name).closest("li") as HTMLElement;
const contentOf = (name: RegExp | string) =>
  document.getElementById(trigger(name).getAttribute("aria-controls") ?? "") as HTMLElement;

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
    expect(buttons.map((button) => button.textContent)).toEqual([
      "EmergingLevel 1 of 410 statements",
      "DevelopingLevel 2 of 410 statements",
      "ProficientLevel 3 of 410 statements",
      "AdvancedLevel 4 of 410 statements",
    ]);
    expect(screen.getByRole("region", { name: /career ladder$/ })).toBeTruthy();
  });

  it("puts the highest level on top with direction=descending", () => {
    render(<LevelLadder framework={seed} direction="descending" />);
    expect(screen.getAllByRole("heading").map((h) => h.textContent?.split("Level")[0])).toEqual([
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
      "AdvancedLevel 4 of 410 statements",
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
    expect(trigger(/^Novice/).textContent).toBe("NoviceNiveau 1 sur 32 énoncésVous êtes ici");
    // French puts 0 in the "one" category.
    expect(trigger(/^Expert/).textContent).toBe("ExpertNiveau 3 sur 30 énoncé");
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
    expect(alert.textContent).toContain("This framework cannot be shown");
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
});
