/**
 * Calls `found(at)` for every position where `pattern` occurs in `text`, overlapping
 * occurrences included ("aa" occurs at 0, 1 and 2 in "aaaa"), in increasing order.
 * Knuth–Morris–Pratt: time proportional to `text.length + pattern.length` whatever the
 * strings, where restarting `indexOf` after each occurrence, or a naive scan, can cost
 * their product ("a" × 10⁵ in "a" × 10⁶). Compares UTF-16 code units. An empty pattern
 * occurs nowhere. `found` returning `false` stops the scan there (a caller that has
 * enough occurrences reads no further).
 */
export function findOccurrences(text: string, pattern: string, found: (at: number) => unknown): void {
  const m = pattern.length;
  if (m === 0 || m > text.length) return;
  const border = prefixFunction(pattern);
  let matched = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    while (matched > 0 && pattern.charCodeAt(matched) !== code) matched = border[matched - 1] as number;
    if (pattern.charCodeAt(matched) === code) matched++;
    if (matched === m) {
      if (found(i - m + 1) === false) return;
      matched = border[m - 1] as number;
    }
  }
}

/** For each prefix of `pattern`, the length of its longest proper prefix that is also its suffix. */
function prefixFunction(pattern: string): Int32Array {
  const border = new Int32Array(pattern.length);
  let k = 0;
  for (let i = 1; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    while (k > 0 && pattern.charCodeAt(k) !== code) k = border[k - 1] as number;
    if (pattern.charCodeAt(k) === code) k++;
    border[i] = k;
  }
  return border;
}
