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
