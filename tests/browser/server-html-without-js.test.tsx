import { AssessmentSummary, LevelLadder, useAssessment } from "@rungs/react";
import { renderToString } from "react-dom/server";
import { afterEach, expect, test } from "vitest";
import { cdp } from "vitest/browser";
import styles from "../../packages/react/src/styles.css?inline";
import { seedText as seedSource } from "../../stories/seeds";
import { hydrateServerHtml } from "../hydration";

/*
 * Issue 22, item 8 ("without JavaScript"): a server-rendered self-assessment, loaded with
 * scripting off (a sandboxed frame without allow-scripts, where `scripting: none` matches),
 * says only what it can do. Every rung is shown, so no rung says it is collapsed, and none
 * is a button that would open nothing; the checkboxes are disabled, since their counts,
 * markers and "You are here" cannot follow a click. Read from Chromium's accessibility tree.
 */

interface AXNode {
  ignored: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  properties?: { name: string; value: { value?: unknown } }[];
}

interface FrameTree {
  frame: { id: string; url: string; parentId?: string };
  childFrames?: FrameTree[];
}

const frames = (tree: FrameTree): FrameTree["frame"][] => [tree.frame, ...(tree.childFrames ?? []).flatMap(frames)];

function SelfAssessment() {
  const state = useAssessment(seedSource, { defaultChecked: ["emerging-1"] });
  return <LevelLadder framework={seedSource} assessment={state} defaultValue={["developing"]} />;
}

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

/** Loads `body` with the stylesheet in a frame that runs no script, and returns Chromium's accessibility tree of it. */
async function withoutScripting(body: string): Promise<{ nodes: AXNode[]; document: Document }> {
  frame = document.createElement("iframe");
  // Same origin, so the test can read its DOM; no allow-scripts: scripting is off in it.
  frame.setAttribute("sandbox", "allow-same-origin");
  frame.style.inlineSize = "800px";
  frame.style.blockSize = "600px";
  const loaded = new Promise((resolve) => frame?.addEventListener("load", resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><title>Ladder</title><style>${styles}</style></head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  const session = cdp();
  const { frameTree } = (await session.send("Page.getFrameTree")) as { frameTree: FrameTree };
  const own = frames(frameTree).find((candidate) => candidate.url === location.href);
  const child = frames(frameTree).find(
    (candidate) => candidate.parentId === own?.id && candidate.url === "about:srcdoc",
  );
  if (!child) throw new Error("no srcdoc frame");
  const { nodes } = (await session.send("Accessibility.getFullAXTree", { frameId: child.id })) as { nodes: AXNode[] };
  return { nodes: nodes.filter((node) => !node.ignored), document: frame.contentDocument as Document };
}

const property = (node: AXNode, name: string) => node.properties?.find((entry) => entry.name === name)?.value.value;

test("a server-rendered self-assessment without JavaScript: rungs shown and not called collapsed, checkboxes disabled", async () => {
  const { nodes, document: served } = await withoutScripting(renderToString(<SelfAssessment />));
  expect(served.defaultView?.matchMedia("(scripting: none)").matches, "scripting is off in the frame").toBe(true);
  // Every rung's statements are shown, the closed ones too.
  const panels = [...served.querySelectorAll(".rungs-rung__content")];
  expect(panels).toHaveLength(4);
  for (const panel of panels) expect(served.defaultView?.getComputedStyle(panel).display).not.toBe("none");
  // So nothing says it is collapsed, and no rung is a button that cannot open anything.
  expect(nodes.filter((node) => property(node, "expanded") === false).map((node) => node.name?.value)).toEqual([]);
  expect(nodes.filter((node) => node.role?.value === "button").map((node) => node.name?.value)).toEqual([]);
  const headings = nodes.filter((node) => node.role?.value === "heading").map((node) => String(node.name?.value));
  expect(headings).toHaveLength(4);
  expect(headings[0]).toMatch(/^Emerging/);
  // Each checkbox is there, and disabled: its counts could not follow a click.
  const boxes = nodes.filter((node) => node.role?.value === "checkbox");
  expect(boxes).toHaveLength(40);
  expect(boxes.filter((box) => property(box, "disabled") !== true)).toEqual([]);
  expect(boxes.filter((box) => property(box, "checked") === "true")).toHaveLength(1);
});

function EmptySelfAssessment() {
  const state = useAssessment(seedSource);
  return (
    <>
      <LevelLadder framework={seedSource} assessment={state} />
      <AssessmentSummary assessment={state} />
    </>
  );
}

test("without JavaScript the summary does not ask to check statements, nor offer buttons that do nothing", async () => {
  const { nodes } = await withoutScripting(renderToString(<EmptySelfAssessment />));
  const texts = nodes.map((node) => String(node.name?.value ?? ""));
  expect(texts.some((text) => text.startsWith("Your result"))).toBe(true);
  expect(texts.filter((text) => /^Check the statements/.test(text))).toEqual([]);
  expect(nodes.filter((node) => node.role?.value === "button").map((node) => node.name?.value)).toEqual([]);
});

// With JavaScript, the titles become buttons as the ladder hydrates: nothing moves (no layout shift).
test("hydrating turns each rung's title into its button in the same box, with no warning", async () => {
  const element = <SelfAssessment />;
  const html = renderToString(element);
  const sizer = document.createElement("div");
  sizer.style.inlineSize = "640px";
  document.body.append(sizer);
  sizer.innerHTML = html;
  const before = [...sizer.querySelectorAll(".rungs-rung__trigger")].map((title) =>
    title.getBoundingClientRect().toJSON(),
  );
  expect(sizer.querySelectorAll("span.rungs-rung__trigger")).toHaveLength(4);
  sizer.remove();
  const { container, problems, cleanUp } = await hydrateServerHtml(html, element);
  try {
    container.style.inlineSize = "640px";
    expect(problems).toEqual([]);
    const buttons = [...container.querySelectorAll("button.rungs-rung__trigger")];
    expect(buttons).toHaveLength(4);
    expect(buttons.map((button) => button.getAttribute("aria-expanded"))).toEqual(["false", "true", "false", "false"]);
    expect(container.querySelector("fieldset")?.disabled).toBe(false);
    const after = buttons.map((button) => button.getBoundingClientRect().toJSON());
    expect(after.map(({ width, height }) => [width, height])).toEqual(
      before.map(({ width, height }) => [width, height]),
    );
  } finally {
    cleanUp();
  }
});
