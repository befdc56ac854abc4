/** Entities by the id of the item they are printed in, in printed order. */
export function groupBySection<T extends { sectionId: string }>(entities: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const e of entities) {
    const list = out.get(e.sectionId);
    if (list) list.push(e);
    else out.set(e.sectionId, [e]);
  }
  return out;
}
