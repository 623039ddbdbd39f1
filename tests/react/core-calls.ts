import { vi } from "vitest";

/**
 * How often the views crossed into core for the work issue 19 counts: a resolve that did
 * work (parsed raw input or checked a copy; handing back a framework core built is free),
 * and an assessment. Filled by the `vi.mock("@rungs/core", countingCore)` of a test file,
 * which wraps core's exports as every Rungs module imports them.
 */
export const coreCalls = { resolves: 0, assessments: 0 };

export function resetCoreCalls(): void {
  coreCalls.resolves = 0;
  coreCalls.assessments = 0;
}

type Core = typeof import("@rungs/core");

export async function countingCore(importOriginal: () => Promise<Core>): Promise<Core> {
  const core = await importOriginal();
  return {
    ...core,
    resolveFramework: vi.fn((input: unknown, options?: Parameters<Core["resolveFramework"]>[1]) => {
      const result = core.resolveFramework(input, options);
      if (!(result.ok && result.framework === input)) coreCalls.resolves += 1;
      return result;
    }),
    parseFramework: vi.fn((input: unknown, options?: Parameters<Core["parseFramework"]>[1]) => {
      coreCalls.resolves += 1;
      return core.parseFramework(input, options);
    }),
    isFramework: vi.fn((value: unknown, options?: Parameters<Core["isFramework"]>[1]) => {
      coreCalls.resolves += 1;
      return core.isFramework(value, options);
    }) as unknown as Core["isFramework"],
    assessFramework: vi.fn((...args: Parameters<Core["assessFramework"]>) => {
      coreCalls.assessments += 1;
      return core.assessFramework(...args);
    }),
  };
}
