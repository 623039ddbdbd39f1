import { Writable } from "node:stream";
import type { ReactElement } from "react";
import { renderToPipeableStream } from "react-server-dom-webpack/server";

/**
 * What the Flight renderer streams for a server component tree, and what it asked a
 * bundler's client manifest for: one `<module>#<export>` entry per client reference it
 * sends, i.e. the client components whose JavaScript the page would load (sorted).
 */
export interface FlightPayload {
  text: string;
  clientReferences: string[];
}

/** The Flight payload of a server component tree: what a framework such as Next.js streams to the browser. */
export function flight(element: ReactElement): Promise<FlightPayload> {
  const clientReferences = new Set<string>();
  const manifest = new Proxy(
    {},
    {
      get: (_target, key) => {
        const [id = "", name = "*"] = String(key).split("#");
        clientReferences.add(`${id}#${name}`);
        return { id, chunks: [], name };
      },
    },
  );
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
      final(callback) {
        resolve({ text: Buffer.concat(chunks).toString("utf8"), clientReferences: [...clientReferences].sort() });
        callback();
      },
    });
    renderToPipeableStream(element, manifest, { onError: reject }).pipe(sink);
  });
}
