import type { JobZone } from "@rungs/core";

/**
 * A statement in format 1.1's object form: its text ("Subject — description"), and what a
 * string cannot say. `examples` and `notes` are never expectations.
 */
export interface StatementJson {
  text: string;
  id?: string;
  /** A key of `framework.areas`. */
  area?: string;
  proficiency?: string;
  examples?: string[];
  notes?: string;
}

/** A level as written: 1.0's label and statements, and 1.1's description and details. */
export interface LevelJson {
  label: string;
  statements: (string | StatementJson)[];
  description?: string;
  /** Label → text, in order ("Years of experience": "0–2"). */
  details?: Record<string, string>;
  /** Track key → level key of the same weight in that track. */
  equivalentTo?: Record<string, string>;
}

/** 1.1: one ladder of a framework with tracks; its `allLevels` and `cumulative` apply to it. */
export interface TrackJson {
  label: string;
  description?: string;
  levels: Record<string, LevelJson>;
  allLevels?: (string | StatementJson)[];
  cumulative?: boolean;
}

/**
 * A framework in Rungs' own JSON format (the seed format, `@rungs/core/schema.json`): what
 * `parseFramework` reads. Importers build one and hand it to `parseFramework`, so every
 * format is validated by the same rules; exporters of JSON write one. The fields marked 1.1
 * need `schemaVersion: "1.1"`.
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
    /** Key order is the ladder's order, lowest rung first. A file has `levels` or `tracks`. */
    levels?: Record<string, LevelJson>;
    /** 1.1: several ladders (IC, manager), key → track, used instead of `levels`. */
    tracks?: Record<string, TrackJson>;
    /** 1.1: competency areas, key → label (key order is the areas' order). */
    areas?: Record<string, { label: string; description?: string }>;
    /** 1.1: statements expected at every level. */
    allLevels?: (string | StatementJson)[];
    /** 1.1: each level also expects everything below it. */
    cumulative?: boolean;
  };
  /** 1.1: the framework's language, a BCP 47 tag. */
  language?: string;
  /** Source name → text or URL. */
  sources: Record<string, string>;
  attribution?: string;
}
