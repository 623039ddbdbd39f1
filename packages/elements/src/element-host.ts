/**
 * What a view reads of its element: attributes, and a way to tell the page what changed.
 * The element implements it in the browser; `renderRungsElement` on the server, from a record.
 */
export interface ElementHost {
  /** An attribute's value, `undefined` when absent (as the components' props take it). */
  attr(name: string): string | undefined;
  /** Dispatches a bubbling, composed DOM event with the detail (nothing on the server). */
  emit<T>(type: string, detail: T): void;
  /**
   * Sets one of the element's attributes from a choice the reader made (the track a link
   * chose), which renders the view again; nothing on the server.
   */
  setAttr(name: string, value: string): void;
}
