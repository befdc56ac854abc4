/** Longest a value is printed in a diff line before it is cut around the first difference. */
const maxShown = 60;
const context = 20;

/** `old → new`, short enough to read: long strings show a window around where they first differ. */
export function showChange(before: unknown, after: unknown): string {
  if (typeof before === 'string' && typeof after === 'string' && (before.length > maxShown || after.length > maxShown)) {
    let i = 0;
    while (i < before.length && i < after.length && before[i] === after[i]) i++;
    const from = Math.max(0, i - context);
    const cut = (s: string) => (from > 0 ? '…' : '') + s.slice(from, i + context) + (i + context < s.length ? '…' : '');
    return `${JSON.stringify(cut(before))} → ${JSON.stringify(cut(after))} (at character ${i})`;
  }
  return `${show(before)} → ${show(after)}`;
}

/** One value on one line; `undefined` is written as missing so a vanished field is visible. */
export function show(value: unknown): string {
  if (value === undefined) return '(missing)';
  const text = JSON.stringify(value);
  return text.length > maxShown ? text.slice(0, maxShown - 1) + '…' : text;
}
