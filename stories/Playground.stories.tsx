import { type Framework, type Issue, parseFramework } from "@rungs/core";
import { LevelLadder, ProgressionMatrix } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useId, useState } from "react";
import { expect, spyOn, userEvent, within } from "storybook/test";
import { DOWNLOAD_FORMATS, downloadFramework } from "./downloads";
import { seedText } from "./seeds";

/**
 * Paste framework JSON and see the ladder and the matrix update as you type, with every
 * validation problem listed by its path; search both views as a reader would, and download
 * the framework as CSV, Markdown, JSON-LD, CASE or JSON.
 */
function Playground({ initialText }: { initialText: string }) {
  const [text, setText] = useState(initialText);
  const [query, setQuery] = useState("");
  const inputId = useId();
  const result = parseFramework(text);
  const issues: Array<Issue & { severity: "error" | "warning" }> = [
    ...(result.ok ? [] : result.errors.map((issue) => ({ ...issue, severity: "error" as const }))),
    ...result.warnings.map((issue) => ({ ...issue, severity: "warning" as const })),
  ];
  return (
    <div style={{ display: "grid", gap: "1rem" }}>
      <label htmlFor={inputId} style={{ fontWeight: 600 }}>
        Framework JSON
      </label>
      <textarea
        id={inputId}
        value={text}
        onChange={(event) => setText(event.target.value)}
        spellCheck={false}
        rows={14}
        style={{ fontFamily: "ui-monospace, monospace", fontSize: "0.8125rem", inlineSize: "100%" }}
      />
      <section aria-labelledby={`${inputId}-problems`}>
        <h2 id={`${inputId}-problems`} style={{ fontSize: "1rem" }}>
          {issues.length === 0 ? "No problems found" : `${issues.length} problem${issues.length === 1 ? "" : "s"}`}
        </h2>
        {issues.length > 0 && (
          <ul aria-label="Problems by path">
            {issues.map((issue, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity; order is stable per input
              <li key={index}>
                <strong>{issue.severity}</strong> <code>{issue.path || "(whole input)"}</code> {issue.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      <Downloads framework={result.ok ? result.framework : undefined} headingId={`${inputId}-downloads`} />
      <label htmlFor={`${inputId}-search`} style={{ fontWeight: 600 }}>
        Search statements
      </label>
      <input
        id={`${inputId}-search`}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        style={{ inlineSize: "100%", maxInlineSize: "24rem" }}
      />
      <LevelLadder framework={text} headingLevel={3} query={query} />
      <ProgressionMatrix framework={text} query={query} />
    </div>
  );
}

/**
 * A button per format. Each file is built when its button is clicked, from the framework as
 * it is then: nothing is exported while a designer types.
 */
function Downloads({ framework, headingId }: { framework: Framework | undefined; headingId: string }) {
  const reasonId = `${headingId}-reason`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} style={{ fontSize: "1rem" }}>
        Download
      </h2>
      <div style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem" }}>
        {DOWNLOAD_FORMATS.map((format) => (
          <button
            key={format.name}
            type="button"
            disabled={framework === undefined}
            aria-describedby={framework === undefined ? reasonId : undefined}
            onClick={() => framework && downloadFramework(framework, format)}
          >
            Download {format.name}
          </button>
        ))}
      </div>
      {framework === undefined && (
        <p id={reasonId}>Nothing to download yet: the framework has errors (listed above). Fix them first.</p>
      )}
    </section>
  );
}

const meta = {
  title: "Playground",
  render: (args) => <Playground {...args} />,
  args: { initialText: seedText },
  argTypes: { initialText: { control: false } },
} satisfies Meta<typeof Playground>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Starts with the seed; edit the JSON to see problems and the views change live. */
export const PasteFramework: Story = {
  name: "Paste a framework",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "No problems found" })).toBeVisible();
    // Both views filter and mark what the search finds.
    await userEvent.type(canvas.getByLabelText("Search statements"), "voltmeters");
    await expect(canvas.getAllByRole("status").map((status) => status.textContent)).toEqual([
      "2 statements match “voltmeters”.",
      "2 statements match “voltmeters”.",
    ]);
    await expect(canvasElement.querySelectorAll(".rungs-ladder mark")).toHaveLength(2);
    await userEvent.clear(canvas.getByLabelText("Search statements"));
    const input = canvas.getByLabelText("Framework JSON");
    await userEvent.clear(input);
    await userEvent.paste(
      '{"schemaVersion":"1.0","occupation":{"title":"Baker"},"framework":{"levels":{"apprentice":{"label":"Apprentice","statements":["Dough — mixes it", 7]}}}}',
    );
    await expect(canvas.getAllByRole("alert")).toHaveLength(2);
    await expect(canvas.getByRole("list", { name: "Problems by path" })).toHaveTextContent(
      "/framework/levels/apprentice/statements/1",
    );
    await userEvent.clear(input);
    await userEvent.paste(
      '{"schemaVersion":"1.0","occupation":{"title":"Baker"},"framework":{"levels":{"apprentice":{"label":"Apprentice","statements":["Dough — mixes it"]}}},"attribution":"Me"}',
    );
    await expect(canvas.getByRole("button", { name: /^Apprentice/ })).toBeVisible();
  },
};

/** The files a designer downloads are built from what the playground shows, and only from a usable framework. */
export const DownloadFiles: Story = {
  name: "Download a file",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Queries inside the downloads section: the seed's ladder and matrix are large.
    const downloads = within(canvas.getByText("Download", { selector: "h2" }).closest("section") as HTMLElement);
    // The click's file, without a real download: the object URL's blob and the link's name.
    const createObjectURL = spyOn(URL, "createObjectURL").mockReturnValue("blob:rungs-test");
    const click = spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    try {
      const downloaded = async (button: string) => {
        createObjectURL.mockClear();
        click.mockClear();
        await userEvent.click(downloads.getByRole("button", { name: button }));
        await expect(createObjectURL).toHaveBeenCalledTimes(1);
        await expect(click).toHaveBeenCalledTimes(1);
        const link = click.mock.contexts[0] as HTMLAnchorElement;
        const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
        return {
          name: link.download,
          type: blob.type,
          text: await blob.text(),
          bytes: new Uint8Array(await blob.arrayBuffer()),
        };
      };

      const csv = await downloaded("Download CSV");
      await expect(csv.name).toBe("17-3024.00.csv");
      await expect(csv.text.startsWith("level_key,level_label,subject,description,statement,field,value\r\n")).toBe(
        true,
      );
      // The byte order mark Excel needs to read UTF-8.
      await expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

      const markdown = await downloaded("Download Markdown");
      await expect(
        markdown.text.startsWith("# Electro-Mechanical and Mechatronics Technologists and Technicians\n"),
      ).toBe(true);

      const jsonLd = await downloaded("Download JSON-LD");
      await expect(jsonLd.type).toBe("application/ld+json");
      await expect(JSON.parse(jsonLd.text)).toMatchObject({ "@context": "https://schema.org", "@type": "Occupation" });

      const casePackage = await downloaded("Download CASE");
      await expect(casePackage.name).toBe("17-3024.00.case.json");
      await expect(JSON.parse(casePackage.text).CFDocument.subject).toEqual(["17-3024.00"]);

      const json = await downloaded("Download JSON");
      await expect(parseFramework(json.text).ok).toBe(true);

      // Invalid input: every button is off, and the reason is said beside them.
      const input = canvas.getByLabelText("Framework JSON");
      await userEvent.clear(input);
      await userEvent.paste('{"schemaVersion":"1.0"}');
      for (const button of downloads.getAllByRole("button")) {
        await expect(button).toBeDisabled();
        await expect(button).toHaveAccessibleDescription(/the framework has errors/);
      }
    } finally {
      createObjectURL.mockRestore();
      click.mockRestore();
    }
  },
};
