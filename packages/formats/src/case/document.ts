import { SUPPORTED_VERSION } from "@rungs/core";
import type { FrameworkJson } from "../shared/framework-json";
import { pointerSegment } from "../shared/json-pointer";
import { define } from "../shared/keys";
import type { Origin } from "../shared/parse-built";
import type { CaseIssues } from "./issues";
import type { RungsNotes } from "./notes";
import { type CaseModel, describe, isJson, type Json, shorten } from "./read-package";

/** The framework's fields that come from the document (everything but the levels). */
export type DocumentFields = Omit<FrameworkJson, "framework"> & {
  readonly framework: Omit<FrameworkJson["framework"], "levels">;
};

/** Document fields every reading uses, or that only identify the document. */
const DOCUMENT_FIELDS_READ = new Set([
  "identifier",
  "uri",
  "lastChangeDateTime",
  "CFPackageURI",
  "caseVersion",
  "title",
  "creator",
  "version",
  "description",
  "subject",
  "notes",
]);
/** Document fields another package's reading makes sources of. */
const DOCUMENT_SOURCES = new Set(["officialSourceURL", "publisher", "licenseURI"]);
const SOC_CODE = /^\d{2}-\d{4}(\.\d{2})?$/;

/**
 * The framework's fields from the document: `title` the occupation's title, `creator` the
 * attribution, `version`, `description`, the SOC code among `subject`. From a Rungs export,
 * the rest from its notes (see `RungsNotes`); from any other package, `officialSourceURL`,
 * `publisher` and `licenseURI` as sources, and every other field reported as left out.
 * `origins` says where each came from.
 */
export function readDocument(
  model: CaseModel,
  rungs: RungsNotes | undefined,
  issues: CaseIssues,
  origins: Map<string, Origin>,
): DocumentFields {
  const document = model.document;
  const at = (field: string): Origin => ({ path: `/CFDocument/${field}`, where: `CFDocument ${field}` });
  const text = (name: string) => textField(document, name, issues);

  const occupation: FrameworkJson["occupation"] = { title: text("title") ?? "" };
  origins.set("/occupation", at("title"));
  const soc = socOf(document.subject, rungs !== undefined, issues);
  if (soc !== undefined) {
    occupation.soc = soc;
    origins.set("/occupation/soc", at("subject"));
  }
  const creator = text("creator");
  const attribution = rungs ? (rungs.attribution ? creator : undefined) : creator?.trim() || undefined;
  origins.set("/attribution", at("creator"));
  const version = text("version");
  origins.set("/framework/version", at("version"));
  const description = text("description");
  origins.set("/framework/description", at("description"));
  const sources: Record<string, string> = {};
  const fields: DocumentFields = {
    schemaVersion: rungs?.schemaVersion ?? SUPPORTED_VERSION,
    ...(rungs?.exportedAt !== undefined && { exportedAt: rungs.exportedAt }),
    occupation,
    framework: {
      ...(version !== undefined && { version }),
      ...(description !== undefined && { description }),
      ...(rungs?.contextCovered !== undefined && { contextCovered: rungs.contextCovered }),
    },
    sources,
    ...(attribution !== undefined && { attribution }),
  };

  if (rungs) {
    const notes = at("notes");
    // (1.1) CASE's own field for the language; another package's is reported as before.
    const language = text("language");
    if (language !== undefined) {
      fields.language = language;
      origins.set("/language", at("language"));
    }
    if (rungs.cumulative) {
      fields.framework.cumulative = true;
      origins.set("/framework/cumulative", notes);
    }
    Object.assign(occupation, rungs.occupation);
    for (const [name, value] of rungs.sources) define(sources, name, value);
    for (const field of ["/schemaVersion", "/exportedAt", "/sources", "/framework/contextCovered"]) {
      origins.set(field, notes);
    }
    for (const field of ["group", "sector", "jobZone", "jobZoneInferred"]) origins.set(`/occupation/${field}`, notes);
    for (const field of Object.keys(document)) {
      // The official source URL of an export is one of its sources, kept in the notes.
      if (!DOCUMENT_FIELDS_READ.has(field) && field !== "officialSourceURL" && field !== "language") {
        leftOut(document, field, issues);
      }
    }
    return fields;
  }

  const addSource = (name: string, field: string, value: string | undefined) => {
    if (value === undefined || value.trim() === "") return;
    define(sources, name, value);
    origins.set(`/sources/${pointerSegment(name)}`, at(field));
  };
  addSource("Official source", "officialSourceURL", text("officialSourceURL"));
  addSource("Publisher", "publisher", text("publisher"));
  const licence = document.licenseURI;
  if (isJson(licence)) {
    const uri = typeof licence.uri === "string" ? licence.uri : undefined;
    addSource("Licence", "licenseURI", uri ?? (typeof licence.title === "string" ? licence.title : undefined));
  }
  for (const field of Object.keys(document)) {
    if (!DOCUMENT_FIELDS_READ.has(field) && !DOCUMENT_SOURCES.has(field)) leftOut(document, field, issues);
  }
  // Another package's notes are for its readers; a Rungs framework has no field for them.
  if (typeof document.notes === "string" && document.notes.trim() !== "") leftOut(document, "notes", issues);
  return fields;
}

function leftOut(document: Json, field: string, issues: CaseIssues): void {
  const value = document[field];
  if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) return;
  issues.warn(
    `/CFDocument/${pointerSegment(field)}`,
    "dropped-field",
    `CFDocument ${field} (${describe(value)}) has no place in a Rungs framework; it is left out.`,
  );
}

/**
 * The SOC code among the document's subjects (a Rungs export's first subject, as written);
 * another package's other subjects are reported as left out.
 */
function socOf(subject: unknown, fromRungs: boolean, issues: CaseIssues): string | undefined {
  const subjects = (Array.isArray(subject) ? subject : [subject]).filter((s): s is string => typeof s === "string");
  if (fromRungs) return subjects[0];
  const soc = subjects.find((s) => SOC_CODE.test(s.trim()))?.trim();
  const others = subjects.filter((s) => s.trim() !== soc && s.trim() !== "");
  if (others.length > 0) {
    issues.warn(
      "/CFDocument/subject",
      "dropped-field",
      `CFDocument subject ${others.map((s) => JSON.stringify(shorten(s, 40))).join(", ")} is not an O*NET-SOC code; it is left out.`,
    );
  }
  return soc;
}

/** A text field of the document; another type is reported and ignored. */
function textField(fields: Json, name: string, issues: CaseIssues): string | undefined {
  const value = fields[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  issues.warn(
    `/CFDocument/${name}`,
    "invalid-item",
    `CFDocument ${name} must be text; found ${describe(value)}. It is ignored.`,
  );
  return undefined;
}
