import type { Track } from "@rungs/core";
import { LevelLadder, TrackSwitcher } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { frameworkArgType, REAL_LADDERS, realLadders, SEED_FILE } from "./seeds";

const { jorgef } = realLadders;
const trackKeys = jorgef.tracks.map((track) => track.key);

/**
 * (Format 1.1) A framework's tracks as a navigation of links, the current one
 * `aria-current`, each with its number of levels. A server component; nothing for a
 * framework with one track. See Docs / Tracks, and Real ladders / … tracks for a ladder
 * that follows it.
 */
const meta = {
  title: "Components/TrackSwitcher",
  component: TrackSwitcher,
  args: { framework: REAL_LADDERS.jorgef },
  argTypes: {
    framework: frameworkArgType,
    track: { control: "select", options: [undefined, ...trackKeys] },
    href: { control: false },
    onTrackChange: { control: false },
    idPrefix: { control: "text" },
    labels: { control: "object" },
  },
} satisfies Meta<typeof TrackSwitcher>;

export default meta;
type Story = StoryObj<typeof meta>;

const navOf = (canvasElement: HTMLElement) =>
  within(canvasElement).getByRole("navigation", { name: `${jorgef.occupation.title}: tracks` });

/** Links within the page (`#<track id>`), the first track current: `aria-current="true"`. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const links = within(navOf(canvasElement)).getAllByRole("link");
    await expect(links.map((link) => link.getAttribute("href"))).toEqual(jorgef.tracks.map((track) => `#${track.id}`));
    await expect(links[0]).toHaveAttribute("aria-current", "true");
    await expect(links.filter((link) => link.hasAttribute("aria-current"))).toHaveLength(1);
  },
};

const trackHref = (track: Track) => `/careers/engineering/${track.id}`;

/**
 * A page per track (`href`): each link goes to its track's page, and the current one is
 * `aria-current="page"`. Here on the Tech Lead track.
 */
export const PagePerTrack: Story = {
  name: "A page per track",
  args: { track: "tech-lead", href: trackHref },
  play: async ({ canvasElement }) => {
    const nav = within(navOf(canvasElement));
    const current = nav.getByRole("link", { current: "page" });
    await expect(current).toHaveTextContent("Tech Lead");
    await expect(current).toHaveAttribute("href", "/careers/engineering/tech-lead");
  },
};

const trackChange = fn();

/**
 * A host callback (`onTrackChange`), for a client page that switches in place: a plain
 * click calls it with the track's key (and, with `href`, leaves the page where it is).
 */
export const HostCallback: Story = {
  name: "Host callback",
  args: { href: trackHref, onTrackChange: trackChange },
  play: async ({ canvasElement }) => {
    trackChange.mockClear();
    await userEvent.click(within(navOf(canvasElement)).getByRole("link", { name: /^Engineering Manager/ }));
    await expect(trackChange).toHaveBeenCalledTimes(1);
    await expect(trackChange).toHaveBeenLastCalledWith("engineering-manager");
  },
};

/** A framework with one track (every 1.0 file) has nothing to switch to: nothing is rendered. */
export const OneTrack: Story = {
  name: "One track: nothing",
  args: { framework: SEED_FILE },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".rungs-tracks")).toBeNull();
  },
};

/** A `track` that names no track of the framework: the error panel, in every view (here the switcher and a ladder). */
export const UnknownTrack: Story = {
  name: "Unknown track: the error panel",
  args: { track: "architect" },
  render: (args) => (
    <div style={{ display: "grid", gap: "1rem" }}>
      <TrackSwitcher {...args} />
      <LevelLadder framework={args.framework} track={args.track} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const alerts = within(canvasElement).getAllByRole("alert");
    await expect(alerts).toHaveLength(2);
    // Both error panels have the reader's words; the problem ("There is no track “architect”
    // in this framework.") is listed for developers, in development builds only.
    for (const alert of alerts)
      await expect(alert).toHaveTextContent("This career framework cannot be shown right now.");
  },
};

/** Right to left: the links start at the right edge, in the same order. */
export const RightToLeft: Story = {
  name: "Right to left",
  globals: { dir: "rtl" },
  play: async ({ canvasElement }) => {
    const links = within(navOf(canvasElement)).getAllByRole("link");
    const [first, second] = links.map((link) => link.getBoundingClientRect());
    await expect(first?.left).toBeGreaterThan(second?.left ?? Number.POSITIVE_INFINITY);
  },
};
