import { alignThemes, type Framework, type Level, type Statement } from "@rungs/core";
import type { Metadata } from "next";
import Link from "next/link";
import { fileParams, loadFramework } from "../../../../lib/frameworks";

interface ControlPageProps {
  params: Promise<{ file: string }>;
}

export const generateStaticParams = fileParams;
export const dynamicParams = false;

export async function generateMetadata({ params }: ControlPageProps): Promise<Metadata> {
  const framework = loadFramework((await params).file);
  return {
    title: `${framework.occupation.title}: plain HTML`,
    description: `The ${framework.occupation.title} career framework hand-written in plain HTML, to compare with the Rungs page.`,
  };
}

/**
 * The control: the same statements as the occupation page, hand-written with no Rungs
 * component — a `<details>` per level, a `<table>` of the same theme rows (core's
 * `alignThemes`), the first and last levels' rows side by side, the sources. What the Rungs
 * page's DOM and JavaScript are measured against, section by section.
 */
export default async function ControlPage({ params }: ControlPageProps) {
  const { file } = await params;
  const framework = loadFramework(file);
  const first = framework.levels[0];
  const last = framework.levels.at(-1);
  return (
    <>
      <h1>{framework.occupation.title}</h1>
      <p>
        The same statements without Rungs. <Link href={`/occupations/${file}`}>The Rungs version</Link>
      </p>
      <section aria-labelledby="section-levels" data-measure="levels">
        <h2 id="section-levels">Levels</h2>
        {framework.levels.map((level) => (
          <details key={level.key}>
            <summary>{level.label}</summary>
            <ul>
              {level.statements.map((statement) => (
                <li key={statement.id}>
                  <StatementText statement={statement} />
                </li>
              ))}
            </ul>
          </details>
        ))}
      </section>
      <section aria-labelledby="section-matrix" data-measure="matrix">
        <h2 id="section-matrix">Every level side by side</h2>
        <ThemeTable framework={framework} levels={framework.levels} />
      </section>
      {first !== undefined && last !== undefined && first !== last && (
        <section aria-labelledby="section-compare" data-measure="compare">
          <h2 id="section-compare">From the first level to the last</h2>
          <ThemeTable framework={framework} levels={[first, last]} />
        </section>
      )}
      <section aria-labelledby="section-sources" data-measure="sources">
        <h2 id="section-sources">Sources</h2>
        <ul>
          {framework.sources.map((source) => (
            <li key={`${source.name}: ${source.value}`}>
              {source.name}: {source.value}
            </li>
          ))}
        </ul>
        {framework.attribution && <p>{framework.attribution}</p>}
      </section>
    </>
  );
}

interface ThemeTableProps {
  framework: Framework;
  /** The columns, in order; rows with no statement at any of them are left out. */
  levels: readonly Level[];
}

/** Core's theme rows as a plain table, one column per level given. */
function ThemeTable({ framework, levels }: ThemeTableProps) {
  const rows = alignThemes(framework).rows.filter((row) => levels.some((level) => row.cells[level.rank]?.length));
  const name = `${framework.occupation.title}: ${levels.map((level) => level.label).join(", ")}`;
  return (
    // A keyboard user must be able to scroll a wide table: the region takes focus.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region has to be focusable (WCAG 2.1.1).
    <section className="table-scroll" aria-label={name} tabIndex={0}>
      <table className="control-table">
        <caption>{name}, statements by theme</caption>
        <thead>
          <tr>
            <th scope="col">Theme</th>
            {levels.map((level) => (
              <th scope="col" key={level.key}>
                {level.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              {levels.map((level) => (
                <td key={level.key}>
                  {row.cells[level.rank]?.map((statement) => (
                    <p key={statement.id}>
                      <StatementText statement={statement} />
                    </p>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function StatementText({ statement }: { statement: Statement }) {
  return statement.subject ? (
    <>
      <strong>{statement.subject}</strong> — {statement.description}
    </>
  ) : (
    statement.description
  );
}
