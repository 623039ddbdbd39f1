import type { Framework } from "@rungs/core";
import { LevelLadder, ProgressionMatrix } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { type DragEvent, useId, useMemo, useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import csvTemplate from "../packages/formats/csv-template.csv?raw";
import { FORMAT_NAMES, importText, type ShownIssue } from "./import-text";

/** The CASE samples in seeds/case/ (OpenSALT's, MIT), as text, by file name; the schema is no sample. */
const caseSamples: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>("../seeds/case/*Framework.json", { query: "?raw", import: "default", eager: true }),
  ).map(([path, text]) => [path.split("/").pop() as string, text]),
);

/** A ladder as teams write one in their handbook: headings per level, bold-led statements, examples nested. */
const markdownLadder = [
  "# Support engineer",
  "",
  "How our support engineers grow.",
  "",
  "## Junior",
  "",
  "Works the queue with a mentor.",
  "",
  "- **Tickets**: resolves routine tickets with the runbook.",
  "  - Closes a password reset in one reply.",
  "- **Customers** — keeps the customer told of progress.",
  "",
  "## Senior",
  "",
  "- **Runbooks**: owns them for the whole team.",
  "",
  "## All levels",
  "",
  "- **Care** — treats every customer with respect.",
  "",
].join("\n");

/** Rungs' JSON written as YAML, as people keep a ladder in a repository. */
const yamlLadder = [
  'schemaVersion: "1.0"',
  "occupation:",
  "  title: Support engineer",
  "framework:",
  "  levels:",
  "    junior:",
  "      label: Junior",
  "      statements:",
  "        - Tickets — resolves routine tickets with the runbook.",
  "    senior:",
  "      label: Senior",
  "      statements:",
  "        - Runbooks — owns them for the whole team.",
  "attribution: © Example Ltd",
  "",
].join("\n");

/** What a story starts with: a file's text and its name (the name helps tell the format). */
const samples: Record<string, { text: string; fileName: string }> = {
  "csv-template.csv": { text: csvTemplate, fileName: "csv-template.csv" },
  "ladder.md": { text: markdownLadder, fileName: "ladder.md" },
  "ladder.yaml": { text: yamlLadder, fileName: "ladder.yaml" },
  ...Object.fromEntries(Object.entries(caseSamples).map(([name, text]) => [name, { text, fileName: name }])),
};

interface ImportProps {
  /** The file the story starts with: the CSV template or a CASE sample from seeds/case/. */
  sample: string;
}

/**
 * What a designer does with a file from elsewhere: drop it (or choose it, or paste its text),
 * see which format it was read as, every warning and error with where it is in the file,
 * and the ladder and the matrix of what came in.
 */
function ImportFile({ sample }: ImportProps) {
  const start = samples[sample] ?? { text: "", fileName: undefined };
  const [text, setText] = useState(start.text);
  // A pasted or edited text has no name: its content alone tells the format.
  const [fileName, setFileName] = useState<string | undefined>(start.fileName);
  const [dragging, setDragging] = useState(false);
  // Whether the reader changed the text: the live region says nothing about the sample shown on load.
  const [edited, setEdited] = useState(false);
  const id = useId();
  // Not again when only the drop zone's look changes.
  const outcome = useMemo(() => importText(text, fileName), [text, fileName]);

  const open = async (file: File | undefined) => {
    if (!file) return;
    setText(await file.text());
    setFileName(file.name);
    setEdited(true);
  };
  const drop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    void open(event.dataTransfer.files[0]);
  };

  const levels = outcome.framework?.levels ?? [];
  const statementCount = levels.reduce((sum, level) => sum + level.statements.length, 0);
  const title = outcome.framework
    ? `Imported ${counted(levels.length, "level")}, ${counted(statementCount, "statement")}`
    : "Not imported";
  const errors = outcome.issues.filter((issue) => issue.severity === "error").length;
  const issueCount = `${counted(errors, "error")}, ${counted(outcome.issues.length - errors, "warning")}`;
  // The field names what it produced: the result's heading, and the issue table when there is one.
  const describedBy = outcome.issues.length > 0 ? `${id}-result ${id}-issues` : `${id}-result`;
  return (
    <div style={{ display: "grid", gap: "1rem" }}>
      <section
        aria-labelledby={`${id}-open`}
        data-dragging={dragging || undefined}
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => event.preventDefault()}
        onDragLeave={(event) => {
          // Leaving for a child of the zone is no leaving.
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={drop}
        style={{
          border: `2px ${dragging ? "solid" : "dashed"} currentColor`,
          borderRadius: "0.5rem",
          padding: "1rem",
          display: "grid",
          gap: "0.5rem",
        }}
      >
        <h2 id={`${id}-open`} style={{ fontSize: "1rem", margin: 0 }}>
          Drop a CSV, Markdown, YAML or CASE file here
        </h2>
        <p style={{ margin: 0 }}>Or choose one, or paste its text below. Rungs JSON works too.</p>
        <label htmlFor={`${id}-file`} style={{ fontWeight: 600 }}>
          Choose a file
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.json,.md,.markdown,.yaml,.yml,text/csv,text/markdown,application/json,application/yaml"
          onChange={(event) => void open(event.currentTarget.files?.[0])}
        />
      </section>
      <label htmlFor={`${id}-text`} style={{ fontWeight: 600 }}>
        File text
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setFileName(undefined);
          setEdited(true);
        }}
        aria-invalid={outcome.framework ? undefined : true}
        aria-describedby={describedBy}
        spellCheck={false}
        rows={10}
        style={{
          fontFamily: "ui-monospace, monospace",
          fontSize: "0.8125rem",
          inlineSize: "100%",
          boxSizing: "border-box",
        }}
      />
      {/* WCAG 4.1.3: a file chosen, dropped or pasted is imported or refused out of sight of
          the field, so the outcome is said politely; empty until the reader changes something. */}
      <p role="status" className="rungs-visually-hidden">
        {edited ? `${title}. ${outcome.issues.length > 0 ? `${issueCount}.` : "No warnings."}` : ""}
      </p>
      <section aria-labelledby={`${id}-result`}>
        <h2 id={`${id}-result`} style={{ fontSize: "1rem" }}>
          {title}
        </h2>
        <p>
          Read as {FORMAT_NAMES[outcome.format]}
          {fileName ? ` from ${fileName}` : ""}, as {outcome.reason}.
          {outcome.rule !== undefined && ` Levels chosen by the rule “${outcome.rule}”.`}
        </p>
        {outcome.framework && formatOneOne(outcome.framework) && <p>{formatOneOne(outcome.framework)}</p>}
        <IssueTable issues={outcome.issues} captionId={`${id}-issues`} caption={issueCount} />
      </section>
      {outcome.framework && (
        <>
          <LevelLadder framework={outcome.framework} headingLevel={3} />
          <ProgressionMatrix framework={outcome.framework} />
        </>
      )}
    </div>
  );
}

/**
 * What a format 1.1 import carries beyond levels and statements, counted: "Also read
 * (format 1.1): 1 level description, 1 example…", so a designer sees it all came in.
 */
function formatOneOne(framework: Framework): string {
  const statements = framework.tracks.flatMap((track) => [
    ...track.allLevels,
    ...track.levels.flatMap((level) => level.statements),
  ]);
  const levels = framework.tracks.flatMap((track) => track.levels);
  const counts: [number, string, string][] = [
    [framework.areas.length, "area", "areas"],
    [framework.tracks.length > 1 ? framework.tracks.length : 0, "track", "tracks"],
    [levels.filter((level) => level.description !== undefined).length, "level description", "level descriptions"],
    [levels.reduce((sum, level) => sum + (level.details?.length ?? 0), 0), "level detail", "level details"],
    [statements.reduce((sum, statement) => sum + (statement.examples?.length ?? 0), 0), "example", "examples"],
    [statements.filter((statement) => statement.notes !== undefined).length, "note", "notes"],
    [
      new Set(framework.tracks.flatMap((track) => track.allLevels)).size,
      "statement expected at every level",
      "statements expected at every level",
    ],
  ];
  const parts = counts
    .filter(([count]) => count > 0)
    .map(([count, one, many]) => `${count} ${count === 1 ? one : many}`);
  return parts.length > 0 ? `Also read (format 1.1): ${parts.join(", ")}.` : "";
}

/** Every problem of the import: errors first, each with its JSON Pointer and the importer's message. */
function IssueTable({
  issues,
  captionId,
  caption,
}: {
  issues: readonly ShownIssue[];
  captionId: string;
  caption: string;
}) {
  if (issues.length === 0) return <p>No warnings.</p>;
  return (
    // WCAG 1.4.10: a JSON Pointer (`/CFItems/0/humanCodingScheme`) or a code has no space to
    // wrap at, and would size its column past a 320 px window; any character may break it.
    <table aria-labelledby={captionId} style={{ borderCollapse: "collapse", overflowWrap: "anywhere" }}>
      <caption id={captionId} style={{ textAlign: "start", fontWeight: 600 }}>
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col" style={cell}>
            Severity
          </th>
          <th scope="col" style={cell}>
            Where (JSON Pointer)
          </th>
          <th scope="col" style={cell}>
            Code
          </th>
          <th scope="col" style={cell}>
            Message
          </th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity; order is stable per input
          <tr key={index}>
            <td style={cell}>{issue.severity}</td>
            <td style={cell}>
              <code>{issue.path || "(whole file)"}</code>
            </td>
            <td style={cell}>
              <code>{issue.code}</code>
            </td>
            <td style={cell}>{issue.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Table cells: a rule in the text's own colour, so both themes keep it visible. */
const cell = {
  borderBlockEnd: "1px solid currentColor",
  padding: "0.25rem 0.5rem",
  textAlign: "start",
  verticalAlign: "top",
} as const;

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

const meta = {
  title: "Features/Import a file",
  render: (args) => <ImportFile key={args.sample} {...args} />,
  argTypes: {
    sample: {
      control: { type: "select" },
      options: Object.keys(samples),
      description: "The file the story starts with: the CSV template or a CASE sample from seeds/case/.",
    },
  },
} satisfies Meta<typeof ImportFile>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The levels the ladder shows: one heading each. */
function ladderLevels(canvasElement: HTMLElement): string[] {
  const ladder = canvasElement.querySelector(".rungs-ladder") as HTMLElement;
  return within(ladder)
    .getAllByRole("heading", { level: 3 })
    .map((heading) => heading.textContent ?? "");
}

/** Starts with the CSV template (`@rungs/formats/csv-template.csv`); paste your own CSV over it. */
export const CsvTemplate: Story = {
  name: "CSV (the template)",
  args: { sample: "csv-template.csv" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Imported 2 levels, 4 statements" })).toBeVisible();
    await expect(canvas.getByText("No warnings.")).toBeVisible();
    // Nothing is announced on load; the field is valid and named by the result.
    const status = canvas.getByRole("status");
    await expect(status).toBeEmptyDOMElement();
    await expect(canvas.getByLabelText("File text")).not.toHaveAttribute("aria-invalid");
    await expect(canvas.getByLabelText("File text")).toHaveAccessibleDescription("Imported 2 levels, 4 statements");

    // Pasted CSV, as European Excel saves it (semicolons), with a column Rungs does not read.
    const input = canvas.getByLabelText("File text");
    await userEvent.clear(input);
    await userEvent.paste(
      [
        "level_key;level_label;subject;description;colour",
        "junior;Junior;Tickets;resolves routine tickets with the runbook.;red",
        "mid;Mid-level;Tickets;resolves unusual tickets and improves the runbook.;",
        "senior;Senior;Runbooks;owns them for the whole team.;",
      ].join("\n"),
    );
    await expect(canvas.getByRole("heading", { name: "Imported 3 levels, 3 statements" })).toBeVisible();
    await expect(canvas.getByText(/Read as CSV, as the text is neither JSON, YAML nor Markdown/)).toBeVisible();
    await expect(ladderLevels(canvasElement)).toHaveLength(3);
    // The unknown column is a warning at its header cell (row 1), not a failure.
    const warnings = canvas.getByRole("table", { name: /^0 errors/ });
    await expect(within(warnings).getByText("/0/colour")).toBeVisible();
    await expect(warnings).toHaveTextContent('row 1, column "colour"');
    // WCAG 4.1.3: the outcome is said where the reader is, in the field.
    await expect(status).toHaveTextContent("Imported 3 levels, 3 statements. 0 errors, 3 warnings.");

    // A row the importer cannot use: the error names its row and column, and nothing renders.
    await userEvent.clear(input);
    await userEvent.paste("level_key,level_label,subject\njunior,Junior,Tickets");
    await expect(canvas.getByRole("heading", { name: "Not imported" })).toBeVisible();
    await expect(canvas.getByRole("table", { name: /1 error/ })).toHaveTextContent("missing-column");
    await expect(canvasElement.querySelector(".rungs-ladder")).toBeNull();
    await expect(status).toHaveTextContent("Not imported. 1 error, 0 warnings.");
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAccessibleDescription("Not imported 1 error, 0 warnings");
  },
};

/**
 * A ladder written in Markdown, as most handbooks publish theirs: one heading per level,
 * statements as list items. The reader says which layout it read.
 */
export const MarkdownLadder: Story = {
  name: "Markdown ladder",
  args: { sample: "ladder.md" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Read as Markdown from ladder\.md, as the file's name ends in \.md/)).toBeVisible();
    await expect(canvas.getByText(/one heading per level, its statements as list items/)).toBeVisible();
    await expect(canvas.getByRole("heading", { name: "Imported 2 levels, 3 statements" })).toBeVisible();
    await expect(
      canvas.getByText("Also read (format 1.1): 1 level description, 1 example, 1 statement expected at every level."),
    ).toBeVisible();
    // The ladder shows the every-level statement once, before the rungs (issue 21).
    await expect(ladderLevels(canvasElement)).toEqual([
      "Expected at every level, 1 statement",
      expect.stringMatching(/^Junior/),
      expect.stringMatching(/^Senior/),
    ]);
  },
};

/**
 * Rungs' own format written as YAML: the same keys as the JSON, every issue at its line and
 * column. Pasted text is told YAML by its `schemaVersion:` key.
 */
export const YamlFile: Story = {
  name: "YAML file",
  args: { sample: "ladder.yaml" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Read as YAML from ladder\.yaml, as the file's name ends in \.yaml/)).toBeVisible();
    await expect(canvas.getByRole("heading", { name: "Imported 2 levels, 2 statements" })).toBeVisible();

    // A key given twice: refused, at its line.
    const input = canvas.getByLabelText("File text");
    await userEvent.clear(input);
    await userEvent.paste('schemaVersion: "1.0"\nschemaVersion: "1.0"\n');
    await expect(canvas.getByRole("heading", { name: "Not imported" })).toBeVisible();
    await expect(canvas.getByRole("table", { name: /1 error/ })).toHaveTextContent("line 2, column 1");
  },
};

/**
 * A CASE package from OpenSALT's samples: two items whose `sequenceNumber` reverses their
 * order in the file. The warnings say how the levels were chosen and what was left out.
 */
export const CasePackage: Story = {
  name: "CASE package",
  args: { sample: "SequenceNumberFramework.json" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Read as CASE package from SequenceNumberFramework\.json/)).toBeVisible();
    const issues = canvas.getByRole("table", { name: /warnings/ });
    await expect(issues).toHaveTextContent("level-rule");
    await expect(issues).toHaveTextContent("/CFItems/0/humanCodingScheme");
    await expect(issues).toHaveTextContent("dropped-field");
    await expect(ladderLevels(canvasElement)).toHaveLength(1);
    // Siblings in sequenceNumber order, not the file's: SNT.2 comes first.
    const statements = [...canvasElement.querySelectorAll(".rungs-ladder .rungs-card")].map((card) => card.textContent);
    await expect(statements).toEqual([
      expect.stringContaining("Second added item, but should be first"),
      expect.stringContaining("First Added Item"),
    ]);
  },
};

/** Choosing a file with the file input (what keyboard users do instead of dropping one). */
export const ChooseFile: Story = {
  name: "Choose a file",
  args: { sample: "SmartLevelFramework.json" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Imported 2 levels, 12 statements" })).toBeVisible();
    const file = new File(
      ["level_key,level_label,subject,description\nlead,Lead,Teams,sets their direction.\n"],
      "my-ladder.csv",
      { type: "text/csv" },
    );
    await userEvent.upload(canvas.getByLabelText("Choose a file"), file);
    await waitFor(() => expect(canvas.getByRole("heading", { name: "Imported 1 level, 1 statement" })).toBeVisible());
    await expect(canvas.getByText(/Read as CSV from my-ladder\.csv, as the file's name ends in \.csv/)).toBeVisible();
    await expect(canvas.getByRole("button", { name: /^Lead/ })).toBeVisible();
  },
};

/** Dropping a file on the zone: read like a chosen one, its name helping to tell the format. */
export const DropFile: Story = {
  name: "Drop a file",
  args: { sample: "csv-template.csv" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const zone = canvas
      .getByRole("heading", { name: "Drop a CSV, Markdown, YAML or CASE file here" })
      .closest("section") as HTMLElement;
    const file = new File([caseSamples["Utf8TestFramework.json"] ?? ""], "utf8.json", { type: "application/json" });
    // A real DataTransfer holding the file, as a drag from the desktop gives.
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(file);
    const drag = (type: string) =>
      zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }));
    drag("dragenter");
    await waitFor(() => expect(zone).toHaveAttribute("data-dragging"));
    drag("dragover");
    drag("drop");
    await waitFor(() =>
      expect(canvas.getByText(/Read as CASE package from utf8\.json, as it is JSON with a CFDocument/)).toBeVisible(),
    );
    await expect(zone).not.toHaveAttribute("data-dragging");
    // Characters outside the Basic Multilingual Plane come through.
    await expect(canvas.getByRole("heading", { name: "Imported 1 level, 1 statement" })).toBeVisible();
    await expect(ladderLevels(canvasElement)[0]).toContain("UTF8 𝑑 Test");
  },
};
