import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { type RefObject, useMemo, useRef } from "react";
import type { LadderClientProps } from "./ladder-types";
import { levelIdMaps, openForSearch, toKeys } from "./open-rungs";
import { useOpenOnFindInPage } from "./use-find-in-page";
import { useOpenLinkedRung } from "./use-hash-link";
import { useOpenSearchedRungs } from "./use-open-searched";

/** The ladder's open rungs, as its markup needs them. */
export interface LadderOpenState {
  /** The open rungs as level keys (the host's `value`, whichever `type`). */
  open: string[];
  /** The open rungs as level ids, which key Radix's items (never empty, unlike a key). */
  openIds: string[];
  /** Radix's `onValueChange` with `type="single"`: the id of the open rung, `""` for none. */
  onSingleChange: (id: string) => void;
  /** Radix's `onValueChange` with `type="multiple"`: the ids of the open rungs. */
  onMultipleChange: (ids: string[]) => void;
}

/** The open rungs as level keys, whichever `type` the host chose. */
interface HostOpenState {
  value: string[] | undefined;
  defaultValue: string[];
  onChange: ((keys: string[]) => void) | undefined;
}

function hostOpenStateOf(props: LadderClientProps): HostOpenState {
  if (props.type === "single") {
    const { value, defaultValue, onValueChange } = props;
    return {
      value: value === undefined ? undefined : toKeys(value),
      defaultValue: toKeys(defaultValue),
      onChange: onValueChange && ((keys) => onValueChange(keys[0] ?? "")),
    };
  }
  const { value, defaultValue = [], onValueChange } = props;
  return { value, defaultValue, onChange: onValueChange };
}

/**
 * The ladder's open state and everything that changes it: the host's `value` (controlled)
 * or `defaultValue`, a search (the matching rungs open, from the first render on), a link
 * to a rung or a statement (`#<id>`; one of another track calls `onTrackChange`), and find-in-page revealing a closed rung inside
 * `rootRef`. Reads the `search` the server part ran, so it is worked out once.
 */
export function useLadderOpenState(props: LadderClientProps, rootRef: RefObject<HTMLElement | null>): LadderOpenState {
  const { outline, search, type = "multiple", idPrefix = "", onTrackChange } = props;
  const host = hostOpenStateOf(props);
  const [open, setOpen] = useControllableState<string[]>({
    prop: host.value,
    // A ladder rendered with a query starts with the matching rungs open, on the server too.
    defaultProp: openForSearch(host.defaultValue, search, type),
    onChange: host.onChange,
    caller: "LevelLadder",
  });
  // Event listeners below outlive a render; they read the latest state and setter.
  const openRef = useRef(open);
  openRef.current = open;
  const setOpenRef = useRef(setOpen);
  setOpenRef.current = setOpen;
  const onTrackChangeRef = useRef(onTrackChange);
  onTrackChangeRef.current = onTrackChange;

  useOpenOnFindInPage(rootRef, setOpenRef, type);
  useOpenLinkedRung(outline, idPrefix, setOpenRef, type, onTrackChangeRef);
  useOpenSearchedRungs(search, type, openRef, setOpenRef, host.value === undefined);

  // Radix takes "" for "no rung open", so its items are keyed by the levels' ids (unique,
  // never empty); the host's value stays in level keys.
  const { idOf, keyOf } = useMemo(() => levelIdMaps(outline), [outline]);
  return {
    open,
    openIds: open.flatMap((key) => idOf.get(key) ?? []),
    onSingleChange: (id) => {
      const key = keyOf.get(id);
      setOpen(key === undefined ? [] : [key]);
    },
    onMultipleChange: (ids) => {
      // Keys the host opened that name no level are kept, as they were before.
      const next = new Set(ids);
      const kept = open.filter((key) => {
        const id = idOf.get(key);
        return id === undefined || next.has(id);
      });
      const added = ids.flatMap((id) => {
        const key = keyOf.get(id);
        return key === undefined || kept.includes(key) ? [] : [key];
      });
      setOpen([...kept, ...added]);
    },
  };
}
