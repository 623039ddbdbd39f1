import type { Framework } from "@rungs/core";
import { act, renderHook } from "@testing-library/react";
import { useRef } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { LadderClientProps } from "../../../packages/react/src/ladder/ladder-types";
import { useLadderOpenState } from "../../../packages/react/src/ladder/use-ladder-open-state";
import { useSearch } from "../../../packages/react/src/shared/use-search";
import { small } from "../fixtures";

type Options = Partial<Omit<LadderClientProps, "outline">> & { framework?: Framework; query?: string };

/** The hook as the ladder calls it: with what its server part hands over, and its root element. */
function useOpenState({ framework = small, query, ...options }: Options) {
  const search = useSearch(framework, query);
  const props = {
    ...options,
    outline: framework,
    search: { query: search.query, levelKeys: search.levelKeys },
  } as LadderClientProps;
  const rootRef = useRef<HTMLElement>(null);
  return useLadderOpenState(props, rootRef);
}

const idOf = (key: string) => small.levels.find((level) => level.key === key)?.id ?? "";

afterEach(() => {
  window.history.replaceState(null, "", window.location.pathname);
});

describe("useLadderOpenState", () => {
  it("starts with nothing open, or with defaultValue, as keys and as ids", () => {
    expect(renderHook(() => useOpenState({})).result.current.open).toEqual([]);
    const { result } = renderHook(() => useOpenState({ defaultValue: ["skilled"] }));
    expect(result.current.open).toEqual(["skilled"]);
    expect(result.current.openIds).toEqual([idOf("skilled")]);
  });

  it("uncontrolled, opens and closes rungs and tells the host", () => {
    const onValueChange = vi.fn();
    const { result } = renderHook(() => useOpenState({ onValueChange }));
    act(() => result.current.onMultipleChange([idOf("novice"), idOf("expert")]));
    expect(result.current.open).toEqual(["novice", "expert"]);
    expect(onValueChange).toHaveBeenLastCalledWith(["novice", "expert"]);
    act(() => result.current.onMultipleChange([idOf("expert")]));
    expect(result.current.open).toEqual(["expert"]);
  });

  it("with type single, keeps one rung open, and none for an empty value", () => {
    const onValueChange = vi.fn();
    const { result } = renderHook(() => useOpenState({ type: "single", defaultValue: "novice", onValueChange }));
    expect(result.current.open).toEqual(["novice"]);
    act(() => result.current.onSingleChange(idOf("skilled")));
    expect(result.current.open).toEqual(["skilled"]);
    expect(onValueChange).toHaveBeenLastCalledWith("skilled");
    act(() => result.current.onSingleChange(""));
    expect(result.current.open).toEqual([]);
    expect(onValueChange).toHaveBeenLastCalledWith("");
  });

  it("controlled, shows the host's value and only asks for changes", () => {
    const onValueChange = vi.fn();
    const { result, rerender } = renderHook((value: string[]) => useOpenState({ value, onValueChange }), {
      initialProps: ["novice"],
    });
    act(() => result.current.onMultipleChange([idOf("novice"), idOf("skilled")]));
    expect(onValueChange).toHaveBeenLastCalledWith(["novice", "skilled"]);
    expect(result.current.open).toEqual(["novice"]);
    rerender(["expert"]);
    expect(result.current.open).toEqual(["expert"]);
    expect(result.current.openIds).toEqual([idOf("expert")]);
  });

  it("opens the rung a hash names, on load and when the hash changes", () => {
    window.history.replaceState(null, "", `#${idOf("skilled")}`);
    const { result } = renderHook(() => useOpenState({}));
    expect(result.current.open).toEqual(["skilled"]);
    act(() => {
      window.history.replaceState(null, "", `#${idOf("expert")}`);
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect(result.current.open).toEqual(["skilled", "expert"]);
  });

  it("opens the rungs a query finds, from the first render and when it changes", () => {
    const { result, rerender } = renderHook((query: string) => useOpenState({ query }), {
      initialProps: "shrubs",
    });
    expect(result.current.open).toEqual(["skilled"]);
    rerender("schedule");
    expect(result.current.open).toEqual(["skilled", "novice"]);
  });

  it("asks a controlled host to open the rungs a query finds", () => {
    const onValueChange = vi.fn();
    renderHook(() => useOpenState({ value: [], query: "pruning", onValueChange }));
    expect(onValueChange).toHaveBeenLastCalledWith(["novice", "skilled"]);
  });
});
