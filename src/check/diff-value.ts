import { show, showChange } from './show-change.js';

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Structural equality of parsed JSON; key order does not matter. */
export function sameValue(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a).filter((k) => a[k] !== undefined);
    return keys.length === Object.keys(b).filter((k) => b[k] !== undefined).length && keys.every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

/**
 * Leaf differences as lines `label field old → new` (`metrics[3] (section 1.2) normalized.value
 * 196 → 195`). Objects recurse by key, arrays by index (extra items are listed as added or
 * removed), anything else is one change.
 */
export function diffValue(label: string, before: Json, after: Json, out: string[], field = ''): void {
  if (sameValue(before, after)) return;
  const where = [label, field].filter((s) => s !== '').join(' ');
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
    for (const key of keys) diffValue(label, before[key], after[key], out, field ? `${field}.${key}` : key);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const common = Math.min(before.length, after.length);
    for (let i = 0; i < common; i++) diffValue(label, before[i], after[i], out, `${field}[${i}]`);
    for (let i = common; i < before.length; i++) out.push(`${where}[${i}] removed ${show(before[i])}`);
    for (let i = common; i < after.length; i++) out.push(`${where}[${i}] added ${show(after[i])}`);
    return;
  }
  out.push(`${where} ${showChange(before, after)}`);
}
