import type { FrameworkInput } from "@rungs/core";
import {
  defaultLabels,
  LevelCompare,
  LevelLadder,
  type LevelLadderMultipleProps,
  ProgressionMatrix,
  type RungsLabels,
  useAssessment,
} from "@rungs/react";
import { render, screen, within } from "@testing-library/react";
import fc from "fast-check";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { hydrateServerHtml } from "../../hydration";
import { small } from "../fixtures";
import { withDefaultLocale } from "../runtime-locale";

const trigger = (name: RegExp) => screen.getByRole("button", { name });
const skilledIn = (container: HTMLElement) => within(container).getByRole("button", { name: /^Skilled/ });
/** Labels as JavaScript hosts may pass them, whatever the types say. */
const loose = (labels: Record<string, unknown>) => labels as Partial<RungsLabels>;
const warnings = () => vi.spyOn(console, "warn").mockImplementation(() => {});
const messagesOf = (warn: ReturnType<typeof warnings>) => warn.mock.calls.map(([message]) => String(message));

afterEach(() => vi.restoreAllMocks());

/** A self-assessment ladder: the state of `useAssessment`, in the ladder's one prop. */
function AssessedLadder(props: LevelLadderMultipleProps & { framework: FrameworkInput }) {
  return <LevelLadder {...props} assessment={useAssessment(props.framework)} />;
}

describe("labels", () => {
  it("keep the default locale for locale: undefined, whatever the runtime's default", () => {
    // Japanese has no "one" form: a ladder in the runtime's locale would say "1 statements".
    const { container } = withDefaultLocale("ja", () =>
      render(<LevelLadder framework={small} labels={loose({ locale: undefined })} />),
    );
    expect(skilledIn(container).textContent).toMatch(/1 statement$/);
  });

  it("hydrate on a client whose default locale is not the server's", async () => {
    const element = <LevelLadder framework={small} labels={loose({ locale: undefined })} />;
    const html = withDefaultLocale("ja", () => renderToString(element));
    const { problems, cleanUp } = await hydrateServerHtml(html, element);
    expect(problems).toEqual([]);
    cleanUp();
  });

  it.each([["en_US"], [""], [42], ["xx"], [["fr"]]])(
    "fall back to the default locale for an unusable locale (%j), with one warning",
    (locale) => {
      const warn = warnings();
      const labels = loose({ locale });
      const { container } = withDefaultLocale("ja", () => {
        const rendered = render(<LevelLadder framework={small} labels={labels} />);
        rendered.rerender(<LevelLadder framework={small} labels={{ ...labels }} />);
        return rendered;
      });
      expect(skilledIn(container).textContent).toMatch(/1 statement$/);
      expect(messagesOf(warn).filter((message) => message.includes("labels.locale"))).toHaveLength(1);
    },
  );

  it("fall back to the default of each unusable label, with one warning per problem", () => {
    const warn = warnings();
    const labels = loose({
      position: 42,
      statementCount: { one: "{count} thing" },
      ladder: ["{title}"],
      levelMatchCount: { one: 1, other: "{count} of {total}" },
      theme: null,
      current: "Ici",
    });
    const { rerender } = render(<LevelLadder framework={small} currentLevel="novice" labels={labels} />);
    rerender(<LevelLadder framework={small} currentLevel="novice" labels={{ ...labels }} />);
    expect(trigger(/^Novice/).textContent).toBe("Novice, Level 1 of 3, 2 statements, Ici");
    expect(screen.getByRole("region", { name: "Gardener: career ladder" })).toBeTruthy();
    const messages = messagesOf(warn);
    for (const key of ["position", "statementCount", "ladder", "levelMatchCount", "theme"]) {
      expect(messages.filter((message) => message.includes(`labels.${key} `))).toHaveLength(1);
    }
    expect(messages.some((message) => message.includes("labels.current"))).toBe(false);
  });

  it("warn about nothing when every label is usable", () => {
    const warn = warnings();
    render(
      <LevelLadder framework={small} labels={{ ...defaultLabels, locale: "fr", position: "Niveau {position}" }} />,
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it("never make a component throw, whatever they hold", () => {
    warnings();
    const keys = [...Object.keys(defaultLabels), "constructor", "__proto__"];
    const value = fc.oneof(
      fc.anything(),
      fc.string(),
      fc.record({ one: fc.anything(), other: fc.anything() }, { requiredKeys: [] }),
      fc.constantFrom("en_US", "", "xx", "de", "ar-EG", "{count}", "{total}{position}"),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), value), (labels) => {
        const loose = labels as Partial<RungsLabels>;
        const html = [
          renderToString(<AssessedLadder framework={small} labels={loose} currentLevel="novice" query="pruning" />),
          renderToString(<ProgressionMatrix framework={small} labels={loose} query="pruning" />),
          renderToString(<LevelCompare framework={small} from="novice" to="skilled" labels={loose} />),
          renderToString(<LevelLadder framework="[]" labels={loose} />),
        ];
        expect(html.every((part) => part.includes('class="rungs'))).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
