import { within } from "storybook/test";

/** The text of a table's column or row headers, in order: what play functions compare. */
export function headerTexts(table: HTMLElement, role: "columnheader" | "rowheader" = "columnheader"): string[] {
  return within(table)
    .getAllByRole(role)
    .map((header) => header.textContent ?? "");
}
