import { LevelLadder } from "@rungs/react";
import { version } from "react";
import { version as domVersion } from "react-dom";
import { renderToString, version as serverVersion } from "react-dom/server";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { seedText } from "../seeds";

afterEach(() => {
  vi.restoreAllMocks();
});

describe(`the React this project renders with`, () => {
  it(`is React ${inject("reactMajor")}, one copy for React, the renderer and Radix`, () => {
    const major = `${inject("reactMajor")}.`;
    expect(version.startsWith(major), version).toBe(true);
    expect(domVersion).toBe(version);
    expect(serverVersion).toBe(version);
    const logged: unknown[] = [];
    vi.spyOn(console, "error").mockImplementation((...args) => logged.push(args));
    // The ladder uses Radix's hooks: with a second React they throw "Invalid hook call".
    const html = renderToString(<LevelLadder framework={seedText()} />);
    expect(logged).toEqual([]);
    expect(html).toContain('data-orientation="vertical"');
    expect(html).toContain("Emerging");
  });
});
