import type { PlanDocument, Section } from '../schema/index.js';
import type { AnswerKey } from './answer-key.js';

/** The parser's output in the shape of an answer key, so the two can be scored. */
export function keyOf(doc: PlanDocument): AnswerKey {
  const headings: AnswerKey['headings'] = [];
  const visit = (s: Section) => {
    headings.push({ id: s.id, marker: s.marker, title: s.title });
    s.children.forEach(visit);
  };
  doc.sections.forEach(visit);
  return {
    meta: {
      title: doc.meta.title ?? null,
      region: doc.meta.region ?? null,
      year: doc.meta.year ?? null,
      issuers: doc.meta.issuers,
      issueDate: doc.meta.issueDate ?? null,
    },
    headings,
    metrics: doc.metrics.map((m) => ({ text: m.text, value: m.value, unit: m.unit, cmp: m.cmp })),
    times: doc.times.map((t) => ({ text: t.text, kind: t.kind })),
    policies: doc.policies.map((p) => p.name),
    orgs: doc.orgs.map((o) => ({ name: o.name, type: o.type, role: o.role })),
  };
}
