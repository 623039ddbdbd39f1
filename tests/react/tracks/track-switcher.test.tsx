import { TrackSwitcher } from "@rungs/react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { expectNoAxeViolations } from "../axe";
import { seed } from "../fixtures";
import { jorgef } from "../ladder/format-1-1";

const nav = () => screen.getByRole("navigation", { name: "Engineering Ladders: tracks" });
const links = () => within(nav()).getAllByRole("link");

describe("TrackSwitcher", () => {
  it("lists every track as a link with its number of levels, the first current by default", async () => {
    const { container } = render(<TrackSwitcher framework={jorgef} />);
    expect(links().map((link) => link.textContent)).toEqual([
      "Developer, 7 levels",
      "Tech Lead, 4 levels",
      "Technical Program Manager, 4 levels",
      "Engineering Manager, 3 levels",
    ]);
    expect(links().map((link) => link.getAttribute("href"))).toEqual([
      "#developer",
      "#tech-lead",
      "#technical-program-manager",
      "#engineering-manager",
    ]);
    expect(links().map((link) => link.getAttribute("aria-current"))).toEqual(["true", null, null, null]);
    await expectNoAxeViolations(container);
  });

  it("marks the track given; links to pages make it the current page", () => {
    render(
      <TrackSwitcher framework={jorgef} track="tech-lead" href={(track) => `/careers/${track.id}`} idPrefix="x-" />,
    );
    expect(links().map((link) => link.getAttribute("href"))).toEqual([
      "/careers/developer",
      "/careers/tech-lead",
      "/careers/technical-program-manager",
      "/careers/engineering-manager",
    ]);
    expect(links().map((link) => link.getAttribute("aria-current"))).toEqual([null, "page", null, null]);
  });

  it("prefixes the default links with the ladder's idPrefix", () => {
    render(<TrackSwitcher framework={jorgef} idPrefix="ladder-" />);
    expect(links()[1]?.getAttribute("href")).toBe("#ladder-tech-lead");
  });

  it("calls onTrackChange on a plain click, keeping a page link unfollowed", () => {
    const onTrackChange = vi.fn();
    render(<TrackSwitcher framework={jorgef} href={(track) => `/t/${track.id}`} onTrackChange={onTrackChange} />);
    const plain = fireEvent.click(links()[2] as HTMLElement);
    expect(plain).toBe(false); // default prevented: the host's router moves
    expect(onTrackChange).toHaveBeenCalledWith("technical-program-manager");
  });

  it("lets an in-page link change the hash while it calls onTrackChange, and leaves modified clicks to the browser", () => {
    const onTrackChange = vi.fn();
    render(<TrackSwitcher framework={jorgef} onTrackChange={onTrackChange} />);
    expect(fireEvent.click(links()[1] as HTMLElement)).toBe(true);
    expect(onTrackChange).toHaveBeenCalledWith("tech-lead");
    // A click with a modifier (a new tab) is the browser's alone.
    fireEvent.click(links()[3] as HTMLElement, { ctrlKey: true });
    fireEvent.click(links()[3] as HTMLElement, { button: 1 });
    expect(onTrackChange).toHaveBeenCalledTimes(1);
  });

  it("renders nothing for a framework with one track", () => {
    const { container } = render(<TrackSwitcher framework={seed} />);
    expect(container.innerHTML).toBe("");
  });

  it("shows the error panel for a track the framework does not have, and for input that is not a framework", () => {
    const { unmount } = render(<TrackSwitcher framework={jorgef} track="designer" />);
    expect(screen.getByRole("alert").textContent).toContain("There is no track “designer” in this framework.");
    unmount();
    render(<TrackSwitcher framework="{" />);
    expect(screen.getByRole("alert")).toBeTruthy();
  });
});
