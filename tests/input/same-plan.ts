import type { PlanDocument, Section } from '../../src/schema/index.js';

/** A document's outline as "id title" lines, depth first: what a reader sees of it. */
export function outlineOf(doc: PlanDocument): string[] {
  const visit = (s: Section): string[] => [`${s.id} ${s.title}`, ...s.children.flatMap(visit)];
  return doc.sections.flatMap(visit);
}

/** Each kind of entity as "sectionId text" in document order: what the plan states, and where. */
export function entitiesOf(doc: PlanDocument): Record<string, string[]> {
  const kinds = ['metrics', 'times', 'policies', 'orgs', 'terms'] as const;
  return Object.fromEntries(kinds.map((kind) => [kind, doc[kind].map((e) => `${e.sectionId} ${e.text}`)]));
}
