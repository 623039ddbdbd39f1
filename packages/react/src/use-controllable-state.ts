import { useCallback, useEffect, useRef, useState } from "react";
import { isDevelopment } from "./dev";

export interface ControllableStateOptions<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  value: T | undefined;
  defaultValue: T;
  onChange?: ((value: T) => void) | undefined;
  /** Names the component in the development warning. */
  name: string;
}

/**
 * One hook for every `value` / `defaultValue` / `onValueChange` trio, as Radix does: the
 * component reads and sets one value whether or not its host controls it. Switching
 * between controlled and uncontrolled after mount is a host bug; it is warned about in
 * development and otherwise ignored (the first mode wins).
 */
export function useControllableState<T>({ value, defaultValue, onChange, name }: ControllableStateOptions<T>) {
  const [uncontrolled, setUncontrolled] = useState(defaultValue);
  const controlledAtMount = useRef(value !== undefined).current;
  const isControlled = controlledAtMount;

  useEffect(() => {
    if (isDevelopment() && (value !== undefined) !== controlledAtMount) {
      console.warn(
        `${name} is changing from ${controlledAtMount ? "controlled" : "uncontrolled"} to ` +
          `${controlledAtMount ? "uncontrolled" : "controlled"}. Pass \`value\` on every render, or never.`,
      );
    }
  }, [value, controlledAtMount, name]);

  const current = isControlled ? (value as T) : uncontrolled;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const setValue = useCallback(
    (next: T) => {
      if (!isControlled) setUncontrolled(next);
      onChangeRef.current?.(next);
    },
    [isControlled],
  );
  return [current, setValue] as const;
}
