// @vitest-environment jsdom
// jsdom for its DOMParser: the Markdown is rendered by a real renderer, then read as a browser would.
import { alignThemes, assertFramework, type Framework, linkTarget, parseFramework, type Statement } from "@rungs/core";
import { escapeMarkdown, toMarkdown } from "@rungs/formats/markdown";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { oneZeroSeedFiles, seedText } from "../seeds";
import { HOSTILE_TEXTS, hostileText, rawFramework } from "../ssr/hostile";
import { renderMarkdown, seenText } from "./markdown-render";

const seed = assertFramework(seedText());

/** What a reader sees of a statement's list item. */
function itemText(statement: Statement): string {
  const subject = seenText(statement.subject);
  const description = seenText(statement.description);
  if (subject === "") return description;
  return description === "" ? subject : `${subject} — ${description}`;
}

/** The elements between one heading and the next: a level's section. */
function section(heading: Element): Element[] {
  const elements: Element[] = [];
  for (let next = heading.nextElementSibling; next && next.tagName !== "H2"; next = next.nextElementSibling) {
    elements.push(next);
  }
  return elements;
}

function levelHeadings(document: Document, framework: Framework): Element[] {
  return [...document.querySelectorAll("h2")].slice(0, framework.levels.length);
}

describe("toMarkdown", () => {
  // The 1.0 layout. The real ladders (format 1.1: tracks, areas, paragraphs) are written with
  // track and area headings; markdown-import.test.ts reads each back to the same framework.
  it.each(oneZeroSeedFiles)("writes %s as a title, a heading per level in order and its statements", (file) => {
    const framework = assertFramework(seedText(file));
    const document = renderMarkdown(toMarkdown(framework));
    expect(document.querySelector("h1")?.textContent).toBe(framework.occupation.title);
    const headings = levelHeadings(document, framework);
    expect(headings.map((heading) => heading.textContent)).toEqual(framework.levels.map((level) => level.label));
    framework.levels.forEach((level, rank) => {
      const list = section(headings[rank] as Element).find((element) => element.tagName === "UL");
      const items = [...(list?.querySelectorAll(":scope > li") ?? [])];
      expect(items.map((item) => item.textContent)).toEqual(level.statements.map(itemText));
      // The subject, and only the subject, in bold.
      expect(items.map((item) => item.querySelector("strong")?.textContent ?? "")).toEqual(
        level.statements.map((statement) => statement.subject),
      );
    });
  });

  it("ends with the sources, linking only http(s) ones, and the attribution line", () => {
    const markdown = toMarkdown(seed);
    const document = renderMarkdown(markdown);
    const sources = [...document.querySelectorAll("h2")].find((heading) => heading.textContent === "Sources");
    expect(sources).toBeDefined();
    const items = [...(sources?.nextElementSibling?.querySelectorAll("li") ?? [])].map((item) => item.textContent);
    expect(items).toEqual(["onet: v30.2 (CC BY 4.0)", "crosswalk: skillscrosswalk.com", "generator: LER.me"]);
    const links = [...document.querySelectorAll("a")].map((link) => link.getAttribute("href"));
    expect(links).toEqual(["https://skillscrosswalk.com/"]);
    expect(document.body.lastElementChild?.textContent).toBe("© EBSCOed");
    expect(markdown.endsWith("© EBSCOed\n")).toBe(true);
  });

  it("lists what it knows of the occupation under the title", () => {
    const document = renderMarkdown(toMarkdown(seed));
    const facts = [...(document.querySelector("h1 + ul")?.querySelectorAll("li") ?? [])].map(
      (item) => item.textContent,
    );
    expect(facts).toEqual([
      "SOC code: 17-3024.00",
      "Group: Architecture & Engineering",
      "Sector: 54",
      "Job zone: 3",
      "Version: v.26.05",
    ]);
    expect(document.body.textContent).toContain(seed.contextCovered);
  });

  it("says so under a level without statements, and gives an untitled framework a title", () => {
    const framework = assertFramework({
      schemaVersion: "1.0",
      occupation: { title: "" },
      framework: { levels: { a: { label: "A", statements: ["One — two."] }, b: { label: "B", statements: [] } } },
      sources: {},
    });
    const document = renderMarkdown(toMarkdown(framework));
    expect(document.querySelector("h1")?.textContent).toBe("Untitled framework");
    const [, empty] = levelHeadings(document, framework);
    expect(section(empty as Element).map((element) => element.textContent)).toEqual(["No statements at this level."]);
  });

  it("gives the same text for the same framework", () => {
    expect(toMarkdown(seed, { matrix: true })).toBe(toMarkdown(assertFramework(seedText()), { matrix: true }));
  });
});

describe("toMarkdown with the matrix", () => {
  it("adds a table with a row per theme and a column per level, as the matrix component lays it out", () => {
    const document = renderMarkdown(toMarkdown(seed, { matrix: true }));
    const table = document.querySelector("table");
    const header = [...(table?.querySelectorAll("thead th") ?? [])].map((cell) => cell.textContent);
    expect(header).toEqual(["Theme", ...seed.levels.map((level) => level.label)]);
    const { rows } = alignThemes(seed);
    const body = [...(table?.querySelectorAll("tbody tr") ?? [])];
    expect(body.map((row) => row.firstElementChild?.textContent)).toEqual(rows.map((row) => row.label));
    // Every statement is in the table, in its level's column.
    rows.forEach((row, index) => {
      const cells = [...(body[index]?.querySelectorAll("td") ?? [])].slice(1);
      row.cells.forEach((statements, rank) => {
        const text = cells[rank]?.textContent ?? "";
        if (statements.length === 0) expect(text).toBe("—");
        for (const statement of statements) expect(text).toContain(statement.description);
      });
    });
  });

  it("lists each level's statements in its column when the themes would leave most cells empty", () => {
    const framework = assertFramework({
      schemaVersion: "1.0",
      occupation: { title: "Unrelated" },
      framework: {
        levels: {
          a: { label: "A", statements: ["Bakes sourdough loaves.", "Tunes violins.", "Charts comets."] },
          b: { label: "B", statements: ["Welds pipelines.", "Translates poetry.", "Prunes orchards."] },
          c: { label: "C", statements: ["Drives ferries.", "Audits ledgers.", "Knits scarves."] },
        },
      },
      sources: {},
    });
    const document = renderMarkdown(toMarkdown(framework, { matrix: true }));
    const header = [...document.querySelectorAll("table thead th")].map((cell) => cell.textContent);
    expect(header).toEqual(["A", "B", "C"]);
    const cells = [...document.querySelectorAll("table tbody tr")].map((row) =>
      [...row.querySelectorAll("td")].map((cell) => cell.textContent),
    );
    expect(cells).toEqual([framework.levels.map((level) => level.statements.map((s) => s.text).join(" · "))]);
  });

  it("leaves the table out unless asked", () => {
    expect(renderMarkdown(toMarkdown(seed)).querySelector("table")).toBeNull();
  });
});

/** Texts that are Markdown or HTML, or start a block, if written as they are. */
const MARKDOWN_LOOKALIKES = [
  "*emphasis* and **strong** and _under_ and __bold__",
  "`code` and ``double``",
  "[link](https://evil.example) and ![image](https://evil.example/x.png)",
  "[ref]: https://evil.example",
  "[ref]",
  "<https://evil.example>",
  "<b>bold</b> <img src=x onerror=alert(1)>",
  "# heading",
  "###### small heading",
  "Heading with a closing #",
  "- item",
  "+ item",
  "* item",
  "1. first",
  "2) second",
  "123456789. many",
  "> quote",
  "    indented code",
  "\tindented code",
  "```js",
  "~~~",
  "~~struck~~",
  "---",
  "***",
  "___",
  "===",
  "| a | b |",
  "a | b",
  "&amp; &lt; &#60; &#x3C; &copy",
  "\\*not emphasis\\*",
  "ends with a backslash \\",
  "trailing spaces  \nthen a line",
  "line\n# heading after a line break",
  "line\r\n- item after CRLF",
  "line\u2028- item after a line separator",
  "https://evil.example/path",
  "www.evil.example",
  "WWW.EVIL.EXAMPLE",
  "https://www.onetcenter.org@evil.example/",
  "$x^2$ and $$math$$",
  "Subject — description",
  "x<!-- comment -->y",
];

const markdownish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...MARKDOWN_LOOKALIKES, "*", "_", "`", "[", "]", "(", ")", "<", ">", "#", "\\", "&", "|", "~"),
      fc.constantFrom("\n", "\r", "\r\n", "    ", "\t", "1.", "-", "+", "=", "!", "http://", "www.", ":", "/", ";"),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));

describe("escapeMarkdown", () => {
  /** Renders a text escaped in each place toMarkdown puts one, and what a reader sees there. */
  function seenIn(text: string) {
    const escaped = escapeMarkdown(text);
    const document = renderMarkdown(
      [`# ${escaped}`, `- **${escaped}** — ${escaped}`, escaped, `| ${escaped} |\n| --- |\n| ${escaped} |`].join(
        "\n\n",
      ),
    );
    return { document, escaped };
  }

  it.each([...MARKDOWN_LOOKALIKES, ...HOSTILE_TEXTS])("keeps %j as text wherever it is put", (text) => {
    expectText(text);
  });

  it("keeps any text as text (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          markdownish,
          hostileText.filter((text) => text.length < 500),
        ),
        (text) => expectText(text),
      ),
      { seed: 18701, numRuns: 300 },
    );
  });

  function expectText(text: string): void {
    const { document } = seenIn(text);
    const seen = seenText(text);
    // Exactly the blocks written: a heading, a list of one item, a paragraph, a table.
    expect([...document.body.children].map((element) => element.tagName)).toEqual(
      seen === "" ? ["H1", "UL", "TABLE"] : ["H1", "UL", "P", "TABLE"],
    );
    // Nothing in them but the one `<strong>` written around the subject.
    expect([...document.body.querySelectorAll("*")].map((element) => element.tagName).filter(notStructure)).toEqual(
      seen === "" ? [] : ["STRONG"],
    );
    expect(document.querySelector("h1")?.textContent).toBe(seen);
    expect(document.querySelector("li strong")?.textContent ?? "").toBe(seen);
    if (seen !== "") expect(document.querySelector("p")?.textContent).toBe(seen);
    expect([...document.querySelectorAll("th, td")].map((cell) => cell.textContent)).toEqual([seen, seen]);
  }
});

/** The elements the wrapping Markdown itself makes. */
function notStructure(tag: string): boolean {
  return !["H1", "UL", "LI", "P", "TABLE", "THEAD", "TBODY", "TR", "TH", "TD"].includes(tag);
}

describe("toMarkdown with hostile frameworks", () => {
  const hostileFramework = rawFramework
    .map((raw) => parseFramework(raw))
    .filter((result) => result.ok)
    .map((result) => (result.ok ? result.framework : seed));

  it("makes no element but its own, and links only http(s) sources (property)", () => {
    fc.assert(
      fc.property(hostileFramework, fc.boolean(), (framework, matrix) => {
        const document = renderMarkdown(toMarkdown(framework, { matrix }));
        const allowed = ["H1", "H2", "UL", "LI", "P", "STRONG", "EM", "A", "TABLE", "THEAD", "TBODY", "TR", "TH", "TD"];
        for (const element of document.body.querySelectorAll("*")) expect(allowed).toContain(element.tagName);
        // `<em>` only for an empty level, which says so.
        for (const em of document.querySelectorAll("em")) expect(em.textContent).toBe("No statements at this level.");
        const hrefs = framework.sources.flatMap((source) => linkTarget(source.value)?.href ?? []);
        // marked percent-encodes what `encodeURI` would (an IPv6 host's brackets).
        const links = [...document.querySelectorAll("a")].map((link) => decodeURI(link.getAttribute("href") ?? ""));
        expect(links).toEqual(hrefs.map((href) => decodeURI(href)));
        expect(document.querySelectorAll("h1")).toHaveLength(1);
        // No text splits or merges a cell: every row of the matrix has a cell per column.
        const table = document.querySelector("table");
        expect(table !== null).toBe(matrix);
        const columns = table?.querySelectorAll("thead th").length;
        for (const row of table?.querySelectorAll("tbody tr") ?? []) expect(row.children).toHaveLength(columns ?? 0);
        // One item per statement in each level's section, in order.
        levelHeadings(document, framework).forEach((heading, rank) => {
          const level = framework.levels[rank];
          const items = section(heading).flatMap((element) => [...element.querySelectorAll(":scope > li")]);
          expect(items.map((item) => item.textContent)).toEqual(level?.statements.map(itemText));
        });
      }),
      { seed: 18702, numRuns: 80 },
    );
  });
});
