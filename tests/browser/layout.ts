/**
 * Layout checks a sighted reader would notice, measured in the browser: text that runs out
 * of its table cell, words split across two lines, a page wider than the window.
 * Each returns a list of readable problems (empty when all is well), so a failing
 * assertion says where and by how much.
 */

/** Sub-pixel slack: borders and text are positioned on fractional pixels. */
const TOLERANCE = 1;

/** WCAG 1.4.12's text spacing, as the usual bookmarklet injects it (user styles win). */
export const WCAG_TEXT_SPACING = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-block-end: 2em !important;
  }
`;

/** Adds the WCAG text-spacing user style to the document; returns a function that removes it. */
export function applyTextSpacing(): () => void {
  const style = document.createElement("style");
  style.textContent = WCAG_TEXT_SPACING;
  document.head.append(style);
  return () => style.remove();
}

/** Shown on screen: not inside a visually hidden span, not display: none. */
function isRendered(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return Boolean(element && element.getClientRects().length > 0 && !element.closest(".rungs-visually-hidden"));
}

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.trim() && isRendered(node)) nodes.push(node as Text);
  }
  return nodes;
}

/** The area a cell paints its content in: its border box less its borders. */
function paddingBox(cell: Element) {
  const box = cell.getBoundingClientRect();
  const style = getComputedStyle(cell);
  return {
    left: box.left + Number.parseFloat(style.borderLeftWidth),
    right: box.right - Number.parseFloat(style.borderRightWidth),
  };
}

const label = (cell: Element) => `${cell.localName} “${(cell.textContent ?? "").trim().slice(0, 40)}”`;

/**
 * Cells whose content does not fit: the cell scrolls (scrollWidth > clientWidth), or a
 * line of text or a box inside it (a card, a marker) reaches past the cell's edges into
 * the next cell.
 */
export function contentOutsideCells(table: HTMLTableElement): string[] {
  const problems: string[] = [];
  for (const cell of table.querySelectorAll("th, td")) {
    if (!isRendered(cell)) continue;
    if (cell.scrollWidth > cell.clientWidth) {
      problems.push(`${label(cell)}: content ${cell.scrollWidth}px wide in a ${cell.clientWidth}px cell`);
      continue;
    }
    const edges = paddingBox(cell);
    const boxes = [
      ...[...cell.querySelectorAll("*")].filter(isRendered).map((element) => element.getBoundingClientRect()),
      ...textNodes(cell).flatMap((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return [...range.getClientRects()];
      }),
    ];
    const outside = boxes.find(
      (box) => box.width > 0 && (box.right > edges.right + TOLERANCE || box.left < edges.left - TOLERANCE),
    );
    if (outside) {
      const by = Math.max(outside.right - edges.right, edges.left - outside.left);
      problems.push(`${label(cell)}: content runs ${by.toFixed(1)}px past the cell's edge`);
    }
  }
  return problems;
}

/**
 * Words drawn on more than one line (a break inside a word). Words are what lies between
 * spaces; a hyphen or slash is a place a line may break, so it ends a word too.
 */
export function wordsBrokenAcrossLines(root: Element): string[] {
  const problems: string[] = [];
  for (const node of textNodes(root)) {
    const text = node.data;
    for (const match of text.matchAll(/[^\s\-‐/]+[-‐/]?/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set(
        [...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.bottom)),
      );
      if (lines.size > 1) problems.push(`“${match[0]}” is split over ${lines.size} lines`);
    }
  }
  return problems;
}

/** How far the page is wider than the window (0 when it is not): sideways scrolling of the whole page. */
export function pageOverflow(): number {
  return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
