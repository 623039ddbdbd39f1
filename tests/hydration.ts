import { act, type ReactElement } from "react";
import { hydrateRoot, type Root } from "react-dom/client";
import { vi } from "vitest";

/** What hydrating server HTML gave: the container, every warning or error in one line each, and a way to clean up. */
export interface Hydrated {
  readonly container: HTMLElement;
  readonly problems: string[];
  readonly cleanUp: () => void;
}

/**
 * Puts server HTML in the document and hydrates `element` over it, as a browser would,
 * collecting every console error or warning and every error React recovered from (a
 * hydration mismatch is one). Tests expect `problems` to be empty. Shared by the jsdom and
 * SSR tests, so that "hydrates without a warning" means the same everywhere.
 */
export async function hydrateServerHtml(html: string, element: ReactElement): Promise<Hydrated> {
  const container = document.createElement("div");
  container.innerHTML = html;
  document.body.append(container);
  const problems: string[] = [];
  const error = vi.spyOn(console, "error").mockImplementation((...args) => problems.push(format(...args)));
  const warn = vi.spyOn(console, "warn").mockImplementation((...args) => problems.push(format(...args)));
  // React's act warns unless the environment says it is a test (Testing Library's act sets it too).
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean | undefined };
  const actEnvironment = scope.IS_REACT_ACT_ENVIRONMENT;
  scope.IS_REACT_ACT_ENVIRONMENT = true;
  let root: Root | undefined;
  try {
    await act(async () => {
      root = hydrateRoot(container, element, { onRecoverableError: (cause) => problems.push(format(cause)) });
    });
  } finally {
    // Only hydration is listened to: a failing expectation must not leave the console muted.
    error.mockRestore();
    warn.mockRestore();
  }
  const cleanUp = () => {
    act(() => root?.unmount());
    scope.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    container.remove();
  };
  return { container, problems, cleanUp };
}

/** A console call or an error in one line, with `%s` filled as the console fills it. */
function format(...args: unknown[]): string {
  const [first, ...rest] = args.map((arg) => (arg instanceof Error ? arg.message : String(arg)));
  return (first ?? "").replace(/%s/g, () => rest.shift() ?? "").slice(0, 300);
}
