import { FrameworkAttribution } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { frameworkArgType, SEED_FILE } from "./seeds";

const meta = {
  title: "Components/FrameworkAttribution",
  component: FrameworkAttribution,
  args: { framework: SEED_FILE },
  argTypes: { framework: frameworkArgType, labels: { control: "object" } },
} satisfies Meta<typeof FrameworkAttribution>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Seed: Story = {};

/** Only http(s) URLs become links; anything else, `javascript:` included, stays text. */
export const UnsafeSources: Story = {
  name: "Sources that are not http(s)",
  args: {
    framework: JSON.stringify({
      schemaVersion: "1.0",
      occupation: { title: "Example" },
      framework: { levels: { one: { label: "One", statements: ["A — b."] } } },
      sources: { site: "https://example.org/framework", script: "javascript:alert(1)", files: "ftp://example.org/f" },
      attribution: "© Example",
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual([
      "https://example.org/framework",
    ]);
    await expect(canvas.getByText(/javascript:alert\(1\)/)).toBeVisible();
  },
};

/**
 * A deep link as a source and an unbroken 300-character word: both wrap inside the
 * container (`overflow-wrap: anywhere`), so a phone's page never scrolls sideways.
 */
export const LongSourceUrl: Story = {
  name: "Long source URL and unbroken word",
  globals: { width: "360" },
  args: {
    framework: JSON.stringify({
      schemaVersion: "1.0",
      occupation: { title: "Example" },
      framework: { levels: { one: { label: "One", statements: ["A — b."] } } },
      sources: {
        handbook: `https://github.com/example-org/handbook/blob/5752928b213a3ddbc7cee4459524f404a5b96fb4/${"content/departments/engineering/career-development/".repeat(3)}framework.md`,
      },
      attribution: `© ${"Supercalifragilistic".repeat(15)}`,
    }),
  },
  play: async ({ canvasElement }) => {
    const attribution = canvasElement.querySelector(".rungs-attribution") as HTMLElement;
    const link = within(canvasElement).getByRole("link");
    await expect(link.getBoundingClientRect().right).toBeLessThanOrEqual(attribution.getBoundingClientRect().right + 1);
    await expect(attribution.scrollWidth).toBeLessThanOrEqual(attribution.clientWidth);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  },
};
