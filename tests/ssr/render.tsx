import { assertFramework, type Framework } from "@rungs/core";
import { FrameworkAttribution, LevelLadder, ProgressionMatrix } from "@rungs/react";
import type { ReactElement } from "react";
import { seedFiles, seedText } from "../seeds";

/** What a server renders: each framework-taking component, given the raw JSON text. */
export function componentsFor(text: string): Array<[string, ReactElement]> {
  return [
    ["LevelLadder", <LevelLadder key="ladder" framework={text} currentLevel="x" />],
    ["ProgressionMatrix", <ProgressionMatrix key="matrix" framework={text} />],
    ["FrameworkAttribution", <FrameworkAttribution key="attribution" framework={text} />],
  ];
}

export const seeds: Array<[string, string, Framework]> = seedFiles.map((file) => {
  const text = seedText(file);
  return [file, text, assertFramework(text)];
});

/** Text as React writes it into HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
}
