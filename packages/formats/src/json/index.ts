import type { Framework } from "@rungs/core";
import type { FrameworkJson } from "../shared/framework-json";
import { ladderToWrite } from "./write-ladder";
import { labelToWrite, ownEntries } from "./written";

/**
 * A framework back in Rungs' own JSON format (the seed format, 1.0 or 1.1 as the
 * framework's `schemaVersion` says): what `parseFramework` reads. `parseFramework(toFrameworkJson(f))` gives a framework deep-equal to `f`: levels
 * and sources keep their order, statements keep the author's text exactly, optional fields
 * are written only when `f` has them. Level keys and source names such as `__proto__` are
 * own keys of the result, as `JSON.parse` makes them.
 */
export function toFrameworkJson(framework: Framework): FrameworkJson {
  const { occupation } = framework;
  return {
    schemaVersion: framework.schemaVersion,
    ...(framework.language !== undefined && { language: framework.language }),
    ...(framework.exportedAt !== undefined && { exportedAt: framework.exportedAt }),
    occupation: {
      // The seed's order (and core's), so a written file reads like one an author wrote.
      ...(occupation.soc !== undefined && { soc: occupation.soc }),
      title: occupation.title,
      ...(occupation.group !== undefined && { group: occupation.group }),
      ...(occupation.sector !== undefined && { sector: occupation.sector }),
      ...(occupation.jobZone !== undefined && { jobZone: occupation.jobZone }),
      ...(occupation.jobZoneInferred !== undefined && { jobZoneInferred: occupation.jobZoneInferred }),
    },
    framework: {
      ...(framework.version !== undefined && { version: framework.version }),
      ...(framework.description !== undefined && { description: framework.description }),
      ...(framework.contextCovered !== undefined && { contextCovered: framework.contextCovered }),
      ...(framework.areas.length > 0 && {
        areas: ownEntries(
          framework.areas.map((area) => [
            area.key,
            {
              label: labelToWrite(area.label),
              ...(area.description !== undefined && { description: area.description }),
            },
          ]),
        ),
      }),
      ...ladderToWrite(framework),
    },
    sources: ownEntries(framework.sources.map((source) => [source.name, source.value])),
    ...(framework.attribution !== undefined && { attribution: framework.attribution }),
  };
}

/**
 * A framework as JSON text in Rungs' format: {@link toFrameworkJson}, indented by two
 * spaces, with a trailing newline (as the files in `seeds/`).
 */
export function toJson(framework: Framework): string {
  return `${JSON.stringify(toFrameworkJson(framework), null, 2)}\n`;
}
