import { cdp } from "vitest/browser";

/**
 * What Chromium itself reports, through the DevTools protocol (vitest's `cdp()`): the
 * accessibility tree assistive technology reads, and emulated media features.
 */

interface AXNode {
  ignored: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
}

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}

function frames(tree: FrameTree): FrameTree["frame"][] {
  return [tree.frame, ...(tree.childFrames ?? []).flatMap(frames)];
}

/** The names of the nodes of `role` in this test's frame, as Chromium exposes them to assistive technology. */
export async function accessibleNodes(role: string): Promise<string[]> {
  const session = cdp();
  const { frameTree } = (await session.send("Page.getFrameTree")) as { frameTree: FrameTree };
  // Tests run in an iframe of vitest's page; the session belongs to the page.
  const frame = frames(frameTree).find((candidate) => candidate.url === location.href);
  if (!frame) throw new Error(`No frame at ${location.href}`);
  const { nodes } = (await session.send("Accessibility.getFullAXTree", { frameId: frame.id })) as { nodes: AXNode[] };
  return nodes
    .filter((node) => !node.ignored && node.role?.value === role)
    .map((node) => String(node.name?.value ?? ""));
}

/** Emulates `prefers-reduced-motion` (or stops emulating it, with `undefined`). */
export async function emulateReducedMotion(value: "reduce" | "no-preference" | undefined): Promise<void> {
  await cdp().send("Emulation.setEmulatedMedia", {
    features: value ? [{ name: "prefers-reduced-motion", value }] : [],
  });
}
