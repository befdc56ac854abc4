import { z } from 'zod';
import { SpanSchema } from './position.js';
import { MetricSchema, OrgSchema, PolicySchema, TimeSchema } from './entities.js';

/** An item of one plan's outline, as the diff names it: where it stands and what it says. */
export const ItemRefSchema = z.object({
  id: z.string().describe('Section id in that plan ("4.16"); "0" is the preamble'),
  marker: z.string(),
  title: z.string(),
  titleSpan: SpanSchema,
  span: SpanSchema.describe("The item's own text in that plan"),
});
export type ItemRef = z.infer<typeof ItemRefSchema>;

/** The plan on one side of the diff. */
export const DiffSideSchema = z.object({
  path: z.string(),
  sha256: z.string(),
  title: z.string().optional(),
  region: z.string().optional(),
  year: z.number().int().optional(),
});

/** Two items found to be the same item; `moved` and `reworded` say how it changed. */
export const ItemPairSchema = z.object({
  old: ItemRefSchema,
  new: ItemRefSchema,
  similarity: z.number().min(0).max(1).describe('Similarity of title and text, 0–1 (character-bigram TF-IDF cosine)'),
  moved: z.boolean().describe('Under another parent item, or out of order with the items around it'),
  reworded: z.boolean().describe('The title differs'),
});
export type ItemPair = z.infer<typeof ItemPairSchema>;

const inItems = {
  oldItem: z.string().optional().describe('Id of the item in the old plan the change is in'),
  newItem: z.string().optional().describe('Id of the item in the new plan the change is in'),
};

export const ChangeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('item-added'), ...inItems, new: ItemRefSchema }),
  z.object({ type: z.literal('item-dropped'), ...inItems, old: ItemRefSchema }),
  z.object({ type: z.literal('item-moved'), ...inItems, old: ItemRefSchema, new: ItemRefSchema, fromParent: z.string().nullable(), toParent: z.string().nullable() }),
  z.object({ type: z.literal('item-reworded'), ...inItems, old: ItemRefSchema, new: ItemRefSchema }),
  z.object({ type: z.literal('target-added'), ...inItems, new: MetricSchema }),
  z.object({ type: z.literal('target-dropped'), ...inItems, old: MetricSchema }),
  z.object({
    type: z.literal('target-changed'),
    ...inItems,
    old: MetricSchema,
    new: MetricSchema,
    fields: z.array(z.enum(['value', 'max', 'unit', 'cmp'])).min(1).describe('What differs: normalized value or maximum, unit, comparator'),
  }),
  z.object({ type: z.literal('deadline-added'), ...inItems, new: TimeSchema }),
  z.object({ type: z.literal('deadline-dropped'), ...inItems, old: TimeSchema }),
  z.object({
    type: z.literal('deadline-moved'),
    ...inItems,
    old: TimeSchema,
    new: TimeSchema,
    days: z.number().int().optional().describe('How far it moved, counted within the plan year (the old deadline shifted by the years between the plans)'),
  }),
  z.object({
    type: z.literal('owners-changed'),
    ...inItems,
    role: z.enum(['lead', 'support']),
    removed: z.array(OrgSchema).describe('Units no longer named, with their spans in the old plan'),
    added: z.array(OrgSchema).describe('Units newly named, with their spans in the new plan'),
  }),
  z.object({ type: z.literal('policy-cited'), ...inItems, new: PolicySchema }),
  z.object({ type: z.literal('policy-uncited'), ...inItems, old: PolicySchema }),
]);
export type Change = z.infer<typeof ChangeSchema>;
export type ChangeType = Change['type'];

export const PlanDiffSchema = z.object({
  diffVersion: z.literal(1),
  old: DiffSideSchema,
  new: DiffSideSchema,
  summary: z.record(z.string(), z.number().int()).describe('Count of changes of each type, and of items paired'),
  pairs: z.array(ItemPairSchema).describe('Every item of the old plan found again in the new one, in the new plan\'s order'),
  changes: z.array(ChangeSchema).describe('In the new plan\'s order; a dropped item where its old neighbour went'),
});
export type PlanDiff = z.infer<typeof PlanDiffSchema>;
