import { LevelLadder, ProgressionMatrix } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { seedTexts } from "./seeds";

interface FrameworkArgs {
  file: string;
}

/** The ladder and the matrix of one framework file from seeds/. */
function FrameworkPage({ file }: FrameworkArgs) {
  const text = seedTexts[file] ?? "";
  return (
    <div style={{ display: "grid", gap: "2rem" }}>
      <LevelLadder framework={text} headingLevel={2} attribution={false} />
      <ProgressionMatrix framework={text} />
    </div>
  );
}

const meta = {
  title: "Frameworks",
  render: (args) => <FrameworkPage {...args} />,
  argTypes: { file: { control: "select", options: Object.keys(seedTexts) } },
  play: async ({ canvasElement }) => {
    // Every framework in seeds/ parses: no error panel, at least one rung and one row.
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("alert")).toBeNull();
    await expect(canvas.getAllByRole("heading", { level: 2 }).length).toBeGreaterThan(0);
    // A row per theme where statements share subjects; a ladder whose statements name none
    // (the Postman ladders) lists each level's statements instead.
    const matrix = canvasElement.querySelector(".rungs-matrix");
    await expect(matrix).not.toBeNull();
    if (matrix?.getAttribute("data-mode") !== "levels") {
      await expect(canvas.getAllByRole("rowheader").length).toBeGreaterThan(0);
    }
  },
} satisfies Meta<FrameworkArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

// One story per file in seeds/ (tests/package/stories.test.ts checks none is missing).
export const Seed17302400: Story = { name: "17-3024.00 (seed)", args: { file: "17-3024.00.json" } };
export const FtEngineering: Story = { name: "FT engineering", args: { file: "ft-engineering.json" } };
export const FtEngineeringLegacy: Story = {
  name: "FT engineering (legacy)",
  args: { file: "ft-engineering-legacy.json" },
};
export const FtOperations: Story = { name: "FT operations", args: { file: "ft-operations.json" } };
export const MonzoBackend: Story = { name: "Monzo backend", args: { file: "monzo-backend.json" } };
export const MonzoProduct: Story = { name: "Monzo product", args: { file: "monzo-product.json" } };
export const MonzoWeb: Story = { name: "Monzo web", args: { file: "monzo-web.json" } };
// Real ladders read from their Markdown source by Rungs' importer (issue 20; seeds/README.md).
export const DanscratchLadder: Story = {
  name: "Career Ladder (danscratch, one file per level)",
  args: { file: "danscratch-ladder/danscratch-ladder.json" },
};
export const JorgefEngineeringLadders: Story = {
  name: "Engineering Ladders (jorgef, four tracks)",
  args: { file: "jorgef-engineering-ladders/jorgef-engineering-ladders.json" },
};
export const PostmanOpenSourceLadders: Story = {
  name: "Postman open source ladders (two tracks)",
  args: { file: "postman-open-source-ladders/postman-open-source-ladders.json" },
};
export const SourcegraphProduct: Story = {
  name: "Sourcegraph product (areas, all levels)",
  args: { file: "sourcegraph-product/sourcegraph-product.json" },
};
export const InfracloudEngineering: Story = {
  name: "InfraCloud engineering (a file per level, examples)",
  args: { file: "infracloud-engineering/infracloud-engineering.json" },
};
