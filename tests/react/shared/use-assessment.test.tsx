import { decodeAssessment, type FrameworkInput } from "@rungs/core";
import { useAssessment } from "@rungs/react";
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { seed, seedSource, small } from "../fixtures";

const emerging = Array.from({ length: 10 }, (_, i) => `emerging-${i + 1}`);

describe("useAssessment", () => {
  it("starts with nothing checked, or with defaultChecked", () => {
    const { result } = renderHook(() => useAssessment(seed));
    expect(result.current.checked).toEqual([]);
    expect(result.current.assessment.level).toBeUndefined();
    const preset = renderHook(() => useAssessment(seed, { defaultChecked: emerging }));
    expect(preset.result.current.assessment.level?.key).toBe("emerging");
    expect(preset.result.current.isChecked("emerging-3")).toBe(true);
    expect(preset.result.current.isChecked("developing-3")).toBe(false);
  });

  it("checks, unchecks and toggles statements, and the assessment follows", () => {
    const { result } = renderHook(() => useAssessment(small));
    act(() => result.current.setChecked("novice-2", true));
    act(() => result.current.toggle("novice-1"));
    expect(result.current.checked).toEqual(["novice-1", "novice-2"]);
    expect(result.current.assessment.level?.key).toBe("novice");
    act(() => result.current.toggle("novice-1"));
    expect(result.current.isChecked("novice-1")).toBe(false);
    expect(result.current.assessment.level).toBeUndefined();
    act(() => result.current.setChecked("novice-2", true));
    expect(result.current.checked).toEqual(["novice-2"]);
  });

  it("applies several changes made in one event", () => {
    const { result } = renderHook(() => useAssessment(small));
    act(() => {
      result.current.setChecked("skilled-1", true);
      result.current.setChecked("novice-1", true);
      result.current.setChecked("novice-2", true);
    });
    // In the framework's order, whatever the order of the clicks.
    expect(result.current.checked).toEqual(["novice-1", "novice-2", "skilled-1"]);
    // The empty expert level counts as met, so the top is reached.
    expect(result.current.assessment.level?.key).toBe("expert");
    act(() => result.current.clear());
    expect(result.current.checked).toEqual([]);
  });

  it("uses the threshold and target level", () => {
    const { result, rerender } = renderHook((threshold: number) => useAssessment(seed, { threshold }), {
      initialProps: 1,
    });
    act(() => {
      for (const id of emerging.slice(0, 5)) result.current.toggle(id);
    });
    expect(result.current.assessment.level).toBeUndefined();
    rerender(0.5);
    expect(result.current.assessment.level?.key).toBe("emerging");
    const targeted = renderHook(() => useAssessment(seed, { targetLevel: "advanced" }));
    expect(targeted.result.current.assessment.target?.key).toBe("advanced");
  });

  it("gives a code that decodes to the checked statements", () => {
    const { result } = renderHook(() => useAssessment(seed));
    const empty = result.current.code;
    act(() => result.current.toggle("proficient-4"));
    expect(result.current.code).not.toBe(empty);
    expect(decodeAssessment(seed, result.current.code)).toEqual({ ok: true, checked: new Set(["proficient-4"]) });
  });

  it("is controlled by checked: changes are only asked for", () => {
    const onCheckedChange = vi.fn();
    const { result, rerender } = renderHook((checked: string[]) => useAssessment(small, { checked, onCheckedChange }), {
      initialProps: ["novice-1"],
    });
    act(() => result.current.toggle("novice-2"));
    expect(onCheckedChange).toHaveBeenLastCalledWith(["novice-1", "novice-2"]);
    expect(result.current.checked).toEqual(["novice-1"]);
    rerender(["novice-1", "novice-2"]);
    expect(result.current.assessment.level?.key).toBe("novice");
    act(() => result.current.clear());
    expect(onCheckedChange).toHaveBeenLastCalledWith([]);
  });

  it("keeps ids it does not know, and reports them", () => {
    const onCheckedChange = vi.fn();
    const { result } = renderHook(() => useAssessment(small, { defaultChecked: ["gone-1"], onCheckedChange }));
    expect(result.current.assessment.unknownIds).toEqual(["gone-1"]);
    act(() => result.current.toggle("novice-1"));
    expect(onCheckedChange).toHaveBeenLastCalledWith(["novice-1", "gone-1"]);
  });

  it("does not report a change that changes nothing", () => {
    const onCheckedChange = vi.fn();
    const { result } = renderHook(() => useAssessment(small, { onCheckedChange }));
    act(() => result.current.setChecked("novice-1", false));
    act(() => result.current.clear());
    expect(onCheckedChange).not.toHaveBeenCalled();
  });

  it("takes raw input as the components do: JSON text or an object", () => {
    const { result } = renderHook(() => useAssessment(seedSource, { defaultChecked: emerging }));
    expect(result.current.errors).toEqual([]);
    expect(result.current.assessment.level?.key).toBe("emerging");
    const parsedHere = renderHook(() => useAssessment(JSON.parse(seedSource)));
    act(() => parsedHere.result.current.toggle("advanced-1"));
    expect(parsedHere.result.current.assessment.levels[3]?.checked).toBe(1);
  });

  it("gives an assessment of nothing and the errors for input that is not a framework, never a throw", () => {
    // Numbers and null are compile-time errors; JavaScript hosts may pass them all the same.
    for (const input of ["{", null, { schemaVersion: "1.0" }, 42] as FrameworkInput[]) {
      const { result } = renderHook(() => useAssessment(input, { defaultChecked: ["emerging-1"] }));
      expect(result.current.errors.length).toBeGreaterThan(0);
      expect(result.current.assessment.level).toBeUndefined();
      expect(result.current.assessment.levels).toEqual([]);
      expect(result.current.assessment.unknownIds).toEqual(["emerging-1"]);
      act(() => result.current.toggle("emerging-2"));
      expect(result.current.checked).toEqual(["emerging-1", "emerging-2"]);
    }
    const broken = renderHook(() => useAssessment("{"));
    expect(broken.result.current.errors[0]?.code).toBe("invalid-json");
  });
});
