/**
 * The owners of a section: the lead and support orgs of its own owner note, else those of
 * its nearest ancestor that has one — an owner note applies to the item it follows and is
 * inherited by the item's sub-items. Section ids are printed ordinals joined by dots, so the
 * ancestors of "2.3.1" are "2.3" and "2"; this works on drafts and on a parsed document's
 * `orgs` alike. The entity list itself is not duplicated into sub-sections: every org stays
 * where it is printed.
 */
export function ownersOf<T extends { sectionId: string; role: string }>(orgs: readonly T[], sectionId: string): T[] {
  const parts = sectionId.split('.');
  for (let n = parts.length; n > 0; n--) {
    const id = parts.slice(0, n).join('.');
    const owners = orgs.filter((o) => o.sectionId === id && o.role !== 'mention');
    if (owners.length > 0) return owners;
  }
  return [];
}
