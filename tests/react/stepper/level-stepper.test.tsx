import { LevelStepper } from "@rungs/react";
import { render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { hydrateServerHtml } from "../../hydration";
import { expectNoAxeViolations } from "../axe";
import { seed, seedSource, small } from "../fixtures";

const steps = () => within(screen.getByRole("list")).getAllByRole("listitem");

describe("LevelStepper", () => {
  it("lists every level as a step, lowest first, in a list named after the occupation", () => {
    render(<LevelStepper framework={seed} />);
    const list = screen.getByRole("list", { name: `${seed.occupation.title}: levels` });
    expect(list.tagName).toBe("OL");
    expect(steps().map((step) => step.textContent)).toEqual(["Emerging", "Developing", "Proficient", "Advanced"]);
    expect(screen.getByText("4 levels")).toBeTruthy();
  });

  it('says "You are here" and "Target" in words, with aria-current="step" on the current step', () => {
    render(<LevelStepper framework={seed} currentLevel="developing" targetLevel="advanced" />);
    expect(steps().map((step) => step.textContent)).toEqual([
      "Emerging",
      "Developing, You are here",
      "Proficient, On your path",
      "Advanced, Target",
    ]);
    const current = steps()[1] as HTMLElement;
    expect(current.getAttribute("aria-current")).toBe("step");
    expect(document.querySelectorAll("[aria-current]")).toHaveLength(1);
    expect(current.hasAttribute("data-current")).toBe(true);
    expect((steps()[0] as HTMLElement).hasAttribute("data-reached")).toBe(true);
    expect((steps()[3] as HTMLElement).hasAttribute("data-target")).toBe(true);
    expect(screen.getByText("Developing · level 2 of 4 · Target: Advanced")).toBeTruthy();
  });

  it("says the current level once when it is also the target, and ignores unknown keys", () => {
    const { rerender } = render(<LevelStepper framework={seed} currentLevel="proficient" targetLevel="proficient" />);
    expect(screen.getByText("Proficient · level 3 of 4")).toBeTruthy();
    rerender(<LevelStepper framework={seed} currentLevel="nope" targetLevel="nope" />);
    expect(screen.getByText("4 levels")).toBeTruthy();
    expect(document.querySelector("[aria-current]")).toBeNull();
  });

  it("links each step to its rung of the ladder with linkTo, the current one with aria-current", () => {
    render(<LevelStepper framework={seed} currentLevel="developing" linkTo="/jobs/technician" />);
    const links = screen.getAllByRole("link");
    expect(links.map((link) => link.getAttribute("href"))).toEqual(
      seed.levels.map((level) => `/jobs/technician#${level.id}`),
    );
    expect(screen.getByRole("link", { name: "Developing, You are here" }).getAttribute("aria-current")).toBe("step");
    // On the link, which a screen reader lands on; not twice.
    expect(document.querySelectorAll("[aria-current]")).toHaveLength(1);
  });

  it("links to this page's ladder with linkTo='' and the ladder's idPrefix, or where href says", () => {
    const { rerender } = render(<LevelStepper framework={seed} linkTo="" idPrefix="ladder-" />);
    expect(screen.getAllByRole("link")[0]?.getAttribute("href")).toBe(`#ladder-${seed.levels[0]?.id}`);
    rerender(<LevelStepper framework={seed} linkTo="/x" href={(level) => `/levels/${level.key}`} />);
    expect(screen.getAllByRole("link")[1]?.getAttribute("href")).toBe("/levels/developing");
  });

  it("keeps every word in the compact size, and marks it for the stylesheet", () => {
    const { container } = render(
      <LevelStepper framework={seed} size="compact" currentLevel="developing" targetLevel="proficient" />,
    );
    expect((container.firstChild as HTMLElement).dataset.size).toBe("compact");
    expect(steps()[1]?.textContent).toBe("Developing, You are here");
    expect(screen.getByText("Developing · level 2 of 4 · Target: Proficient")).toBeTruthy();
  });

  it("takes replacement labels, plural forms and locale included", () => {
    render(
      <LevelStepper
        framework={small}
        currentLevel="skilled"
        labels={{
          locale: "fr",
          stepperSummary: "{level} — niveau {position} sur {total}",
          current: "Vous êtes ici",
          stepper: "Niveaux de {title}",
        }}
      />,
    );
    expect(screen.getByText("Skilled — niveau 2 sur 3")).toBeTruthy();
    expect(screen.getByRole("list", { name: "Niveaux de Gardener" })).toBeTruthy();
    expect(steps()[1]?.textContent).toBe("Skilled, Vous êtes ici");
  });

  it("passes className, other props and the ref to the root", () => {
    const ref = createRef<HTMLDivElement>();
    render(<LevelStepper ref={ref} framework={seed} className="host" data-testid="stepper" id="where" />);
    expect(ref.current).toBe(screen.getByTestId("stepper"));
    expect(ref.current?.className).toBe("rungs rungs-stepper host");
    expect(ref.current?.id).toBe("where");
  });

  it("shows the error panel, or the host's renderError, for input it cannot use", () => {
    const { rerender } = render(<LevelStepper framework="{ not json" />);
    expect(screen.getByRole("alert").textContent).toContain("This career framework cannot be shown right now.");
    rerender(<LevelStepper framework="{ not json" renderError={(errors) => <p>{errors.length} problem</p>} />);
    expect(screen.getByText("1 problem")).toBeTruthy();
  });

  it("has no axe violations, plain, linked and compact", async () => {
    const { container } = render(
      <div>
        <LevelStepper framework={seed} currentLevel="developing" targetLevel="advanced" />
        <LevelStepper framework={seed} currentLevel="developing" targetLevel="advanced" linkTo="" />
        <LevelStepper
          framework={seed}
          currentLevel="emerging"
          linkTo=""
          size="compact"
          labels={{ stepper: "{title}: steps" }}
        />
      </div>,
    );
    await expectNoAxeViolations(container);
  });

  it("renders on the server without inline styles, from raw JSON, and hydrates without a warning", async () => {
    const element = <LevelStepper framework={seedSource} currentLevel="developing" targetLevel="advanced" linkTo="" />;
    const html = renderToString(element);
    expect(renderToString(element)).toBe(html);
    expect(html).not.toContain("style=");
    expect(html).toContain('aria-current="step"');
    expect(html).toContain("Developing · level 2 of 4");
    const { problems, cleanUp } = await hydrateServerHtml(html, element);
    expect(problems).toEqual([]);
    cleanUp();
  });
});
