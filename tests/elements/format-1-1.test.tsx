import { assertFramework } from "@rungs/core";
import type { RungsElement } from "@rungs/elements";
import { renderRungsElement } from "@rungs/elements/server";
import { within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import infracloudText from "../../seeds/infracloud-engineering/infracloud-engineering.json?raw";
import sourcegraphText from "../../seeds/sourcegraph-product/sourcegraph-product.json?raw";
import { act } from "./act";
import { seedSource, settle, withElementsPage } from "./page";

// Issue 21 (item 6): the elements show a format 1.1 framework as the components do — areas,
// examples in native disclosures, every-level statements — and `<rungs-area-profile>` draws
// where a reader stands, area by area.

withElementsPage();

const infracloud = assertFramework(infracloudText);
const sourcegraph = assertFramework(sourcegraphText);

/** An element with the framework in a child JSON script, in the document. */
async function mount(tag: string, text: string, attributes: Record<string, string> = {}) {
  const element = document.createElement(tag) as RungsElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const script = document.createElement("script");
  script.type = "application/json";
  script.textContent = text;
  element.append(script);
  await act(async () => document.body.append(element));
  await settle();
  return element;
}

describe("a format 1.1 framework in the elements", () => {
  it("<rungs-ladder>: a rung's statements under their area headings, examples in a native disclosure", async () => {
    const element = await mount("rungs-ladder", infracloudText);
    const user = userEvent.setup();
    const first = infracloud.levels[0];
    const rung = within(element).getByRole("button", { name: new RegExp(`^${first?.label}`) });
    await user.click(rung);
    const panel = document.getElementById(rung.getAttribute("aria-controls") ?? "") as HTMLElement;
    const areaHeadings = within(panel).getAllByRole("heading", { level: 4 });
    const used = infracloud.areas.filter((area) => first?.statements.some((s) => s.area === area.key));
    expect(areaHeadings.map((heading) => heading.textContent?.split(/\d/)[0]?.replace(/,\s*$/, "").trim())).toEqual(
      used.map((area) => area.label),
    );
    const withExamples = first?.statements.filter((s) => (s.examples ?? []).length > 0) ?? [];
    const disclosures = panel.querySelectorAll("details.rungs-card__more");
    expect(disclosures).toHaveLength(withExamples.length);
    expect(withExamples.length).toBeGreaterThan(0);
    const details = disclosures[0] as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await user.click(details.querySelector("summary") as HTMLElement);
    expect(details.open).toBe(true);
  });

  it("<rungs-ladder>: the statements expected at every level, once, before the rungs", async () => {
    const element = await mount("rungs-ladder", sourcegraphText);
    const heading = within(element).getByRole("heading", { name: /^Expected at every level/ });
    expect(heading.tagName).toBe("H3");
    for (const statement of sourcegraph.allLevels) expect(element.textContent).toContain(statement.description);
  });

  it("<rungs-matrix>: a row group per area, its header a row header", async () => {
    const element = await mount("rungs-matrix", infracloudText);
    const table = within(element).getByRole("table");
    for (const area of infracloud.areas) {
      expect(within(table).getAllByRole("rowheader", { name: new RegExp(area.label) }).length).toBeGreaterThan(0);
    }
  });
});

describe("<rungs-area-profile>", () => {
  const reached = infracloud.levels[0]?.statements.map((statement) => statement.id) ?? [];

  it("draws where the checked statements stand, area by area, with its table; attributes update it", async () => {
    const element = await mount("rungs-area-profile", infracloudText, { checked: reached.join(" ") });
    const region = within(element).getByRole("region", { name: "Where you stand by area" });
    const table = within(region).getByRole("table", { name: "Statements met in each area" });
    const second = infracloud.levels[1]?.label ?? "";
    expect(within(table).getByRole("columnheader", { name: `${second} (target)` })).toBeTruthy();
    const third = infracloud.levels[2];
    await act(async () => element.setAttribute("target-level", third?.key ?? ""));
    expect(within(table).getByRole("columnheader", { name: `${third?.label} (target)` })).toBeTruthy();
    await act(async () => element.setAttribute("labels", JSON.stringify({ title: "Par domaine" })));
    expect(within(element).getByRole("region", { name: "Par domaine" })).toBeTruthy();
  });

  it("is empty for a framework without areas, and shows the error panel for one it cannot use", async () => {
    const plain = await mount("rungs-area-profile", seedSource, { checked: "" });
    expect(plain.querySelector("section")).toBeNull();
    const broken = await mount("rungs-area-profile", "{");
    expect(within(broken).getByRole("alert")).toBeTruthy();
  });

  it("server HTML: the browser keeps it and hydrates it without a warning", async () => {
    const html = renderRungsElement("rungs-area-profile", {
      framework: infracloudText,
      attributes: { checked: reached.join(" "), "target-level": infracloud.levels[2]?.key ?? "" },
      identifierPrefix: "p-",
    });
    const errors = vi.spyOn(console, "error");
    const warnings = vi.spyOn(console, "warn");
    const template = document.createElement("template");
    template.innerHTML = html;
    const table = template.content.querySelector("table");
    expect(table).not.toBeNull();
    await act(async () => document.body.append(template.content));
    await settle();
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    // Kept, not replaced: the same table node, now in the page.
    expect(document.querySelector("rungs-area-profile table")).toBe(table);
  });
});
