import type { JobZone } from "@rungs/core";

/**
 * A framework in Rungs' own JSON format (the seed format, `@rungs/core/schema.json`): what
 * `parseFramework` reads. Importers build one and hand it to `parseFramework`, so every
 * format is validated by the same rules; exporters of JSON write one.
 */
export interface FrameworkJson {
  schemaVersion: string;
  exportedAt?: string;
  occupation: {
    title: string;
    soc?: string;
    group?: string;
    sector?: string;
    jobZone?: JobZone;
    jobZoneInferred?: boolean;
  };
  framework: {
    version?: string;
    description?: string;
    contextCovered?: string;
    /** Key order is the ladder's order, lowest rung first. */
    levels: Record<string, { label: string; statements: string[] }>;
  };
  /** Source name → text or URL. */
  sources: Record<string, string>;
  attribution?: string;
}
