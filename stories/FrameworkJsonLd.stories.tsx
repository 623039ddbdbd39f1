import { FrameworkJsonLd, type FrameworkJsonLdProps } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useLayoutEffect, useRef, useState } from "react";
import { expect } from "storybook/test";
import { frameworkArgType, frameworkOf, SEED_FILE } from "./seeds";

/**
 * The component shows nothing: it puts schema.org data in the page for crawlers and other
 * consumers. Each story also shows what it put there (the script's text, read from the
 * page and indented), so a designer can see it. Google no longer shows a rich result for
 * `Occupation`; the data serves other crawlers and whoever reads the page's structured data.
 */
function WithPreview(props: FrameworkJsonLdProps) {
  const holder = useRef<HTMLDivElement>(null);
  const [text, setText] = useState<string | null>(null);
  useLayoutEffect(() => {
    const script = holder.current?.querySelector('script[type="application/ld+json"]');
    setText(script ? JSON.stringify(JSON.parse(script.textContent ?? "null"), null, 2) : null);
  });
  return (
    <>
      <div ref={holder} data-testid="holder">
        <FrameworkJsonLd {...props} />
      </div>
      <figure style={{ margin: 0 }}>
        <figcaption>What the page holds for crawlers (the script's text, indented)</figcaption>
        {/* Wrapped rather than scrolled: a scrolling region would need keyboard focus. */}
        <pre style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontSize: "0.8rem" }}>
          {text ?? "Nothing: the framework is not valid, so no script is rendered."}
        </pre>
      </figure>
    </>
  );
}

const meta = {
  title: "Components/FrameworkJsonLd",
  component: FrameworkJsonLd,
  render: (args) => <WithPreview {...args} />,
  args: { framework: SEED_FILE },
  argTypes: {
    framework: frameworkArgType,
    url: { control: "text" },
    inLanguage: { control: "text" },
  },
} satisfies Meta<typeof FrameworkJsonLd>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The data a script holds, as a crawler parses it. */
function scripts(canvasElement: HTMLElement): unknown[] {
  return [...canvasElement.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
    JSON.parse(script.textContent ?? ""),
  );
}

/** The seed as an `Occupation` with its SOC code; its statements are the skills. */
export const Seed: Story = {
  args: { url: "https://jobs.example/occupations/17-3024.00", inLanguage: "en" },
  play: async ({ canvasElement }) => {
    const [data] = scripts(canvasElement) as { "@type": string; skills: unknown[]; url: string }[];
    await expect(data?.["@type"]).toBe("Occupation");
    await expect(data?.skills).toHaveLength(40);
    await expect(data?.url).toBe("https://jobs.example/occupations/17-3024.00");
  },
};

const HOSTILE = "</script><script>alert(1)</script><!-- \u2028";

/**
 * Statements that try to end the script, open a comment or break a line: they stay inside
 * the script as escaped JSON, and parse back to the text as written.
 */
export const HostileText: Story = {
  name: "Text that tries to leave the script",
  args: { framework: frameworkOf({ one: [`Scripts — ${HOSTILE}`], two: [HOSTILE] }, HOSTILE) },
  play: async ({ canvasElement }) => {
    const holder = canvasElement.querySelector('[data-testid="holder"]') as HTMLElement;
    // One element, the JSON-LD script: nothing in the text became an element of its own.
    await expect([...holder.querySelectorAll("*")].map((element) => element.tagName)).toEqual(["SCRIPT"]);
    await expect(holder.firstElementChild?.getAttribute("type")).toBe("application/ld+json");
    await expect(holder.innerHTML).not.toContain("</script><script>");
    const [data] = scripts(canvasElement) as { name: string; skills: { description?: string; name: string }[] }[];
    await expect(data?.name).toBe(HOSTILE);
    // Core collapses a statement's whitespace (the line separator too); the markup stays text.
    for (const skill of data?.skills ?? []) {
      await expect(skill.description ?? skill.name).toContain("</script><script>alert(1)</script><!--");
    }
  },
};

/** Invalid input renders nothing, never an error panel: the element is for machines. */
export const InvalidInput: Story = {
  name: "Invalid input",
  args: { framework: "{ not json" },
  play: async ({ canvasElement }) => {
    await expect(scripts(canvasElement)).toEqual([]);
    await expect(canvasElement.querySelector('[role="alert"]')).toBeNull();
  },
};
