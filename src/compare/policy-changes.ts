import type { Policy, PlanDocument } from '../schema/index.js';
import { normalize } from '../pipeline/normalize.js';

export type PolicyChange = { type: 'policy-cited'; new: Policy } | { type: 'policy-uncited'; old: Policy };

/**
 * Policies the new plan cites and the old one did not, and the reverse, by name as printed
 * (folded and without spaces; a new edition with another year in its name is another policy).
 * Each is named once, where it is first cited.
 */
export function policyChanges(oldDoc: PlanDocument, newDoc: PlanDocument): PolicyChange[] {
  const before = firstByName(oldDoc.policies);
  const after = firstByName(newDoc.policies);
  const out: PolicyChange[] = [];
  for (const [name, p] of after) if (!before.has(name)) out.push({ type: 'policy-cited', new: p });
  for (const [name, p] of before) if (!after.has(name)) out.push({ type: 'policy-uncited', old: p });
  return out;
}

function firstByName(policies: readonly Policy[]): Map<string, Policy> {
  const out = new Map<string, Policy>();
  for (const p of policies) {
    const name = normalize(p.name).text.replace(/\s+/g, '');
    if (!out.has(name)) out.set(name, p);
  }
  return out;
}
