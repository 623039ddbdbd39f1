import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  BARS,
  barWidth,
  chartShape,
  labelLines,
  RADAR,
  radarLabel,
  radarPoint,
  radarPolygon,
} from "../../../packages/react/src/profile/area-profile-geometry";

const distance = (point: { x: number; y: number }) => Math.hypot(point.x - RADAR.cx, point.y - RADAR.cy);

describe("the profile chart's geometry", () => {
  it("draws a radar for 3 to 10 areas and bars otherwise", () => {
    expect([1, 2, 3, 10, 11].map(chartShape)).toEqual(["bars", "bars", "radar", "radar", "bars"]);
  });

  it("puts each radar point on the radius of its share", () => {
    for (const count of [3, 4, 6, 10]) {
      for (const share of [0, 0.25, 0.5, 0.6, 1]) {
        for (let index = 0; index < count; index++) {
          expect(distance(radarPoint(index, count, share))).toBeCloseTo(RADAR.radius * share, 1);
        }
      }
    }
  });

  it("starts at the top and goes clockwise: four areas at top, right, bottom, left", () => {
    expect([0, 1, 2, 3].map((index) => radarPoint(index, 4, 1))).toEqual([
      { x: RADAR.cx, y: RADAR.cy - RADAR.radius },
      { x: RADAR.cx + RADAR.radius, y: RADAR.cy },
      { x: RADAR.cx, y: RADAR.cy + RADAR.radius },
      { x: RADAR.cx - RADAR.radius, y: RADAR.cy },
    ]);
    expect(radarPolygon([0.5, 1, 0, 1])).toBe(
      `${RADAR.cx},${RADAR.cy - RADAR.radius / 2} ${RADAR.cx + RADAR.radius},${RADAR.cy} ${RADAR.cx},${RADAR.cy} ${RADAR.cx - RADAR.radius},${RADAR.cy}`,
    );
  });

  it("clamps shares outside 0..1 and writes no -0 or NaN", () => {
    expect(radarPoint(0, 4, 2)).toEqual(radarPoint(0, 4, 1));
    expect(radarPoint(0, 4, Number.NaN)).toEqual({ x: RADAR.cx, y: RADAR.cy });
    expect(radarPolygon([-1, 0, 0])).not.toMatch(/-0\b|NaN/);
  });

  it("anchors names away from the chart", () => {
    expect([0, 1, 2, 3].map((index) => radarLabel(index, 4).anchor)).toEqual(["middle", "start", "middle", "end"]);
    expect(radarLabel(2, 4).below).toBe(true);
  });

  it("makes bars as wide as their share of the full width", () => {
    expect(barWidth(0)).toBe(0);
    expect(barWidth(0.5)).toBe(BARS.width / 2);
    expect(barWidth(1 / 3)).toBe(Math.round((BARS.width / 3) * 100) / 100);
    expect(barWidth(1.5)).toBe(BARS.width);
  });

  it("mirrors the bars right to left by the width the stylesheet knows", () => {
    const css = readFileSync(join(process.cwd(), "packages/react/src/styles/area-profile.css"), "utf8");
    expect(css).toContain(`translateX(${BARS.width}px)`);
  });

  it("cuts long names into two lines at spaces, the rest ending in an ellipsis", () => {
    expect(labelLines("Delivery")).toEqual(["Delivery"]);
    expect(labelLines("Organization building")).toEqual(["Organization", "building"]);
    expect(labelLines("One two three four five six seven eight nine", 10)).toEqual(["One two", "three fou…"]);
    expect(labelLines("Supercalifragilisticexpialidocious", 10)).toEqual(["Supercali…"]);
    // Code points, not UTF-16 units: an emoji is never cut in half.
    expect(labelLines("😀😀😀😀", 3, 1)).toEqual(["😀😀…"]);
  });
});
