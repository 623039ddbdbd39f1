// react-server-dom-webpack ships no types; this is the part the RSC tests use.
declare module "react-server-dom-webpack/server" {
  import type { ReactNode } from "react";

  /** A client manifest: for each client reference id, the module and export a bundler gives it. */
  export type ClientManifest = Record<string, { id: string; chunks: string[]; name: string }>;

  /** Renders a server component tree to a Flight payload (React's RSC wire format). */
  export function renderToPipeableStream(
    model: ReactNode,
    manifest: ClientManifest,
    options?: { onError?: (error: unknown) => void },
  ): { pipe<Writable extends NodeJS.WritableStream>(destination: Writable): Writable; abort(reason?: unknown): void };

  /** Marks an export of a `"use client"` module as a client reference. */
  export function registerClientReference<T>(implementation: T, id: string, exportName: string): T;
}
