import { LevelStepper } from "@rungs/react";
import { describe, expect, it } from "vitest";
import { seedText } from "../seeds";
import { flight } from "./flight";

/**
 * LevelStepper as a React Server Component, rendered by React's Flight renderer under the
 * `react-server` condition (the `rsc` project): it needs no client component, and what it
 * streams is the steps themselves.
 */

describe("LevelStepper in a React Server Component", () => {
  it("parses raw JSON on the server and sends the steps, with links from a server function, and no client component", async () => {
    const payload = await flight(
      <LevelStepper
        framework={seedText()}
        currentLevel="developing"
        targetLevel="advanced"
        href={(level) => `/jobs/technician#${level.id}`}
      />,
    );
    expect(payload.clientReferences).toEqual([]);
    expect(payload.text).toContain("Developing · level 2 of 4 · Target: Advanced");
    expect(payload.text).toContain('"aria-current":"step"');
    expect(payload.text).toContain("/jobs/technician#proficient");
  });

  it("sends the error panel for input it cannot use", async () => {
    const payload = await flight(<LevelStepper framework="{ not json" />);
    expect(payload.clientReferences).toEqual([]);
    expect(payload.text).toContain('"role":"alert"');
  });
});
