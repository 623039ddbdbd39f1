import type { Framework } from "@rungs/core";
import { toJson } from "@rungs/formats";
import { toCase } from "@rungs/formats/case";
import { toCsv } from "@rungs/formats/csv";
import { toJsonLd } from "@rungs/formats/jsonld";
import { toMarkdown } from "@rungs/formats/markdown";
import { choiceOf, commandArgs, oneInput, usageError } from "../args";
import type { ExitCode } from "../exit-codes";
import type { Io } from "../io";
import { loadFramework } from "../load-framework";
import { INPUT_FORMATS } from "../read-input";
import { writeOutput } from "../write-output";

/** The formats `convert` writes. */
export const OUTPUT_FORMATS = ["csv", "md", "jsonld", "case", "json"] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** `rungs convert --help`. */
export const CONVERT_HELP = `Usage: rungs convert <file> --to <format> [options]

Reads a framework (Rungs JSON or YAML, CSV, a CASE package or a Markdown ladder; - for
stdin) and writes it in
another format, to stdout unless --out is given. Problems go to stderr; nothing is written
when the input is not a usable framework.

Options:
  --to <csv|md|jsonld|case|json>  the format to write (required)
  --from <json|csv|case|yaml|markdown>
                                  the input's format (default: from its name or content)
  --out <file>                    write to this file instead of stdout
  --delimiter <,|;>               csv: the separator (; for Excel in many European locales)
  --matrix                        md: add the progression matrix as a table
  --front-matter                  md: open with the whole framework as YAML front matter,
                                  which Rungs reads back exactly
  --base-uri <uri>                case: the base of every item's uri (default: urn:uuid:…)
  --date <date-time>              case: lastChangeDateTime, e.g. 2026-01-31T00:00:00Z
                                  (default: fixed, so the same framework gives the same file)
  --url <url>                     jsonld: the page the framework is shown on
  --lang <tag>                    jsonld: the statements' language (BCP 47, e.g. en-GB)
  -h, --help                      show this help

Exit status: 0 when written, 1 when the input is not a usable framework, 2 on a usage
error (unknown option, a file that cannot be read or written).
`;

/** Options that only one output format reads: naming one with another format is a mistake. */
const FORMAT_OPTIONS: Record<string, OutputFormat> = {
  delimiter: "csv",
  matrix: "md",
  "front-matter": "md",
  "base-uri": "case",
  date: "case",
  url: "jsonld",
  lang: "jsonld",
};

/** `rungs convert <in> --to <format>`: the framework in another format. */
export function convert(argv: readonly string[], io: Io): ExitCode {
  const command = commandArgs(
    io,
    "convert",
    argv,
    {
      to: { type: "string" },
      from: { type: "string" },
      out: { type: "string", short: "o" },
      delimiter: { type: "string" },
      matrix: { type: "boolean" },
      "front-matter": { type: "boolean" },
      "base-uri": { type: "string" },
      date: { type: "string" },
      url: { type: "string" },
      lang: { type: "string" },
    },
    CONVERT_HELP,
  );
  if (command.done !== undefined) return command.done;
  const { values, positionals } = command.args;
  const to = choiceOf("to", values.to, OUTPUT_FORMATS);
  if (!to.ok) return usageError(io, "convert", to.message);
  if (to.value === undefined) return usageError(io, "convert", `--to is required (${OUTPUT_FORMATS.join(", ")})`);
  const from = choiceOf("from", values.from, INPUT_FORMATS);
  if (!from.ok) return usageError(io, "convert", from.message);
  const delimiter = choiceOf("delimiter", values.delimiter, [",", ";"] as const);
  if (!delimiter.ok) return usageError(io, "convert", delimiter.message);
  const misplaced = Object.entries(FORMAT_OPTIONS).flatMap(([option, format]) =>
    values[option as keyof typeof values] !== undefined && format !== to.value
      ? [`--${option} applies to --to ${format} only`]
      : [],
  );
  if (misplaced.length > 0) return usageError(io, "convert", misplaced);
  if (values.date !== undefined && !isDateTime(values.date)) {
    return usageError(
      io,
      "convert",
      `--date must be a date-time with a time zone, e.g. 2026-01-31T00:00:00Z; got '${values.date}'`,
    );
  }
  const one = oneInput(io, "convert", positionals);
  if ("done" in one) return one.done;

  const loaded = loadFramework(io, "convert", one.input, from.value);
  if (!loaded.ok) return loaded.exit;
  const text = written(loaded.framework, to.value, {
    delimiter: delimiter.value,
    matrix: values.matrix === true,
    frontMatter: values["front-matter"] === true,
    baseUri: values["base-uri"],
    date: values.date,
    url: values.url,
    lang: values.lang,
  });
  return writeOutput(io, "convert", text, values.out);
}

/** The options of every output format, each read by its own. */
interface WriteOptions {
  delimiter: "," | ";" | undefined;
  matrix: boolean;
  frontMatter: boolean;
  baseUri: string | undefined;
  date: string | undefined;
  url: string | undefined;
  lang: string | undefined;
}

/** The framework as text in a format; JSON outputs end with a newline, as files do. */
function written(framework: Framework, format: OutputFormat, options: WriteOptions): string {
  switch (format) {
    case "json":
      return toJson(framework);
    case "csv":
      return toCsv(framework, options.delimiter === undefined ? {} : { delimiter: options.delimiter });
    case "md":
      return toMarkdown(framework, { matrix: options.matrix, frontMatter: options.frontMatter });
    case "jsonld":
      return jsonText(
        toJsonLd(framework, {
          ...(options.url !== undefined && { url: options.url }),
          ...(options.lang !== undefined && { inLanguage: options.lang }),
        }),
      );
    case "case":
      return jsonText(
        toCase(framework, {
          ...(options.baseUri !== undefined && { baseUri: options.baseUri }),
          ...(options.date !== undefined && { lastChangeDateTime: options.date }),
        }),
      );
  }
}

function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** An RFC 3339 date-time with a time zone, which CASE's `lastChangeDateTime` requires. */
function isDateTime(text: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text))
  );
}
