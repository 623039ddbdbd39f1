import { render } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { page } from "vitest/browser";
import { allConditions, applyConditions, conditionsName } from "./emulate";
import { views } from "./views";

/*
 * Each key view in light and dark, left-to-right and right-to-left, on a phone (360 px) and
 * a desktop (1280 px): a changed rule, token or markup shows up as a pixel diff against the
 * baseline in __screenshots__/components.test.tsx/. Update them on purpose with
 * `pnpm test:visual -u` and review the PNGs in the diff.
 */

describe.each(Object.entries(views))("%s", (name, view) => {
  test.each(allConditions.map((conditions) => [conditionsName(conditions), conditions] as const))(
    "%s",
    async (caseName, conditions) => {
      await applyConditions(conditions);
      render(
        <div className="visual-host" dir={conditions.dir} data-testid="visual-host">
          {view()}
        </div>,
      );
      await document.fonts.ready;
      // Up to 15 s to find two identical screenshots in a row: the whole suite shares two cores.
      await expect
        .element(page.getByTestId("visual-host"))
        .toMatchScreenshot(`${name}/${caseName}`, { timeout: 15_000 });
    },
  );
});
