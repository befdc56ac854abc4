import type { Metric, PlanDocument, Section, Time } from '../../src/index.js';
import { sourceTextOf } from '../../src/output/source-text.js';

/**
 * Makes "next year's plan" from a parsed plan by the edits such plans make, and records every
 * edit so the expected diff is known: items inserted (taken from another plan, so they read
 * like real items) and deleted, a whole section inserted or dropped (renumbering what follows),
 * titles reworded, a leaf moved under another heading, targets changed (value or comparator),
 * deadlines moved or added, and the plan's year moved on. Seeded: the same seed, the same pair.
 */
export type ExpectedPair = { old: string; newOffset: number; moved: boolean; reworded: boolean };
export type ExpectedTarget = { oldOffset: number; newOffset: number; fields: string[] };
export type ExpectedDeadline = { type: 'deadline-moved' | 'deadline-added'; oldItem: string; newOffset: number };
export type SyntheticPair = {
  seed: number;
  newText: string;
  /** One line per edit, for a person reading a failure. */
  edits: string[];
  expected: {
    pairs: ExpectedPair[];
    dropped: string[];
    /** Marker offsets, in the new text, of the items inserted. */
    added: number[];
    targets: ExpectedTarget[];
    deadlines: ExpectedDeadline[];
  };
};

type Node = {
  /** Id in the old plan; undefined for an inserted item. */
  oldId?: string;
  marker: string;
  rest: string;
  titleLength: number;
  children: Node[];
  moved?: boolean;
  reworded?: boolean;
  /** Edits inside `rest`: where the new text of a changed target or deadline starts. */
  targets: Array<{ oldOffset: number; at: number; fields: string[] }>;
  deadlines: Array<{ type: ExpectedDeadline['type']; at: number }>;
  /** Where the item's due times stand: a sentence holding one is never dropped (that would drop the deadline). */
  dues: number[];
};

/** Rewordings plans make from year to year: one verb or qualifier for another. */
const SYNONYMS: Array<[string, string]> = [
  ['推进', '推动'], ['加强', '强化'], ['提升', '提高'], ['完善', '健全'], ['深化', '深入推进'], ['落实', '抓实'],
  ['加快', '加速'], ['全面', '全方位'], ['强化', '加强'], ['坚持', '始终坚持'], ['打造', '建设'], ['扎实', '切实'],
  ['持续', '不断'], ['建设', '建强'], ['发展', '高质量发展'], ['工作', '各项工作'],
];

/**
 * How hard next year's rewrite is: the share of kept items whose title is reworded, of rewordings
 * that are heavy (several words and the opening verb), of bodies partly rewritten, and how many
 * sentences each such body loses and gains.
 */
export type Rewrite = { reword: number; heavy: number; bodies: number; sentences: number };
export const usualRewrite: Rewrite = { reword: 0.35, heavy: 0.3, bodies: 0.5, sentences: 1 };
/** Nearly every title reworded, mostly heavily, and most bodies losing and gaining three sentences. */
export const hardRewrite: Rewrite = { reword: 0.9, heavy: 0.7, bodies: 0.9, sentences: 3 };

export function makePair(doc: PlanDocument, donor: PlanDocument, seed: number, rewrite: Rewrite = usualRewrite): SyntheticPair {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const text = sourceTextOf(doc);
  const edits: string[] = [];
  const year = doc.meta.year;
  const roots = doc.sections.map((s) => toNode(s, doc));
  const leavesOf = (nodes: Node[]): Array<{ node: Node; siblings: Node[] }> =>
    nodes.flatMap((n) => (n.children.length === 0 ? [{ node: n, siblings: nodes }] : leavesOf(n.children)));
  const parentsOf = (nodes: Node[]): Node[] => nodes.flatMap((n) => (n.children.length > 0 && n.children[0]!.children.length === 0 ? [n] : parentsOf(n.children)));
  const dropped: string[] = [];
  const dropTree = (n: Node) => {
    if (n.oldId) dropped.push(n.oldId);
    n.children.forEach(dropTree);
  };

  // Targets and deadlines first, while every node still holds its old text.
  const byId = new Map<string, Node>();
  const index = (nodes: Node[]) => nodes.forEach((n) => (byId.set(n.oldId!, n), index(n.children)));
  index(roots);
  for (const m of doc.metrics) {
    const node = byId.get(m.sectionId);
    if (!node || random() > 0.45) continue;
    changeTarget(node, m, doc, random, edits);
  }
  for (const t of doc.times.filter((t) => t.kind === 'due')) {
    const node = byId.get(t.sectionId);
    if (node && random() < 0.7) moveDeadline(node, t, doc, edits);
  }

  // A whole top-level section dropped, and one inserted from the donor (everything after renumbers).
  if (roots.length > 3) {
    const gone = roots.splice(1 + Math.floor(random() * (roots.length - 2)), 1)[0]!;
    dropTree(gone);
    edits.push(`dropped section ${gone.oldId} with ${gone.children.length} sub-items`);
  }
  const donorRoots = donor.sections.filter((s) => s.children.length >= 2);
  if (donorRoots.length > 0 && roots.length > 1) {
    const from = pick(donorRoots);
    const inserted = fresh(from, donor, roots[0]!.marker, 2, roots[0]!.children[0]?.marker);
    roots.splice(1 + Math.floor(random() * (roots.length - 1)), 0, inserted);
    edits.push(`inserted section from ${donor.source.path} ${from.id} with 2 sub-items`);
  }
  // Leaves deleted and inserted.
  for (let k = 0; k < 3; k++) {
    const leaves = leavesOf(roots).filter((l) => l.node.oldId && l.siblings.length > 1);
    if (leaves.length === 0) break;
    const { node, siblings } = pick(leaves);
    siblings.splice(siblings.indexOf(node), 1);
    dropTree(node);
    edits.push(`deleted ${node.oldId}`);
  }
  const donorLeaves = leavesOfSections(donor.sections);
  for (let k = 0; k < 3 && donorLeaves.length > 0; k++) {
    const parent = pick(parentsOf(roots));
    const from = pick(donorLeaves);
    parent.children.splice(Math.floor(random() * (parent.children.length + 1)), 0, fresh(from, donor, parent.children[0]!.marker, 0));
    edits.push(`inserted ${donor.source.path} ${from.id} under ${parent.oldId ?? 'a new section'}`);
  }
  // One leaf moved under another heading.
  const parents = parentsOf(roots).filter((p) => p.oldId);
  if (parents.length > 1) {
    const from = pick(parents.filter((p) => p.children.some((c) => c.oldId)));
    const to = pick(parents.filter((p) => p !== from));
    const node = pick(from.children.filter((c) => c.oldId));
    from.children.splice(from.children.indexOf(node), 1);
    to.children.splice(Math.floor(random() * (to.children.length + 1)), 0, node);
    node.moved = true;
    edits.push(`moved ${node.oldId} from ${from.oldId} to ${to.oldId}`);
  }
  // Titles reworded: about a third of the items that were kept; bodies partly rewritten in half of them.
  // Sentences that name no date or deadline: one that did would add a deadline the record does not know of.
  const donorSentences = leavesOfSections(donor.sections)
    .flatMap((l) => l.text.match(/[^。\n]{8,60}。/g) ?? [])
    .filter((x) => !/[0-9一二三四五六七八九十]+月|年底|年内|底前|学期|季度|[0-9]{4}年/.test(x));
  const visit = (nodes: Node[]) =>
    nodes.forEach((n) => {
      if (n.oldId && random() < rewrite.bodies && n.rest.length > n.titleLength + 10) {
        for (let k = 0; k < rewrite.sentences; k++) editBody(n, donorSentences, random, edits);
      }
      if (n.oldId && random() < rewrite.reword) reword(n, random, edits, rewrite.heavy);
      visit(n.children);
    });
  visit(roots);
  // Deadlines added to a few items that had none.
  const hadDue = new Set(doc.times.filter((t) => t.kind === 'due').map((t) => t.sectionId));
  for (const { node } of leavesOf(roots)) {
    if (!node.oldId || hadDue.has(node.oldId) || random() > 0.15 || year === undefined) continue;
    const cut = node.rest.search(/。\s*$/);
    if (cut < 0) continue;
    const clause = `，${year + 1}年${1 + Math.floor(random() * 11)}月底前完成`;
    node.rest = node.rest.slice(0, cut) + clause + node.rest.slice(cut);
    node.deadlines.push({ type: 'deadline-added', at: cut + 1 });
    edits.push(`deadline added to ${node.oldId}`);
  }

  const first = doc.sections[0]?.span.start.offset ?? text.length;
  const lastEnd = Math.max(first, ...(doc.backMatter[0] ? [doc.backMatter[0].span.start.offset] : [text.length]));
  return render(roots, text.slice(0, first), text.slice(lastEnd), doc, year, seed, edits, dropped);
}

function render(roots: Node[], head: string, tail: string, doc: PlanDocument, year: number | undefined, seed: number, edits: string[], dropped: string[]): SyntheticPair {
  const expected: SyntheticPair['expected'] = { pairs: [], dropped, added: [], targets: [], deadlines: [] };
  let out = head;
  const runOn = runsOn(doc.sections);
  const counters = new Map<number, number>();
  const write = (nodes: Node[], depth: number) => {
    if (!runOn.has(depth)) counters.set(depth, 0);
    for (const n of nodes) {
      const ordinal = (counters.get(depth) ?? 0) + 1;
      counters.set(depth, ordinal);
      const at = out.length;
      const marker = renumber(n.marker, ordinal);
      out += marker;
      const restAt = out.length;
      out += n.rest;
      if (n.oldId) expected.pairs.push({ old: n.oldId, newOffset: at, moved: n.moved ?? false, reworded: n.reworded ?? false });
      else expected.added.push(at);
      for (const t of n.targets) expected.targets.push({ oldOffset: t.oldOffset, newOffset: restAt + t.at, fields: t.fields });
      for (const d of n.deadlines) if (n.oldId) expected.deadlines.push({ type: d.type, oldItem: n.oldId, newOffset: restAt + d.at });
      write(n.children, depth + 1);
    }
  };
  write(roots, 1);
  out += tail;
  // Next year's plan: its own year moves on (same length, so no offset moves).
  if (year !== undefined) {
    out = out.replaceAll(String(year), String(year + 1));
    edits.push(`year ${year} → ${year + 1}`);
  }
  return { seed, newText: out, edits, expected };
}

function toNode(s: Section, doc: PlanDocument): Node {
  if (!s.text.startsWith(s.marker)) throw new Error(`section ${s.id} of ${doc.source.path} does not start with its marker`);
  return {
    oldId: s.id,
    marker: s.marker,
    rest: s.text.slice(s.marker.length),
    titleLength: s.titleSpan.end.offset - s.span.start.offset - s.marker.length,
    children: s.children.map((c) => toNode(c, doc)),
    targets: [],
    deadlines: [],
    dues: doc.times.filter((t) => t.kind === 'due' && t.sectionId === s.id).map((t) => t.span.start.offset - s.span.start.offset - s.marker.length),
  };
}

/** A new item with the donor's words under this plan's marker style; `children` of the donor's sub-items come along. */
function fresh(s: Section, donor: PlanDocument, marker: string, children: number, childMarker?: string): Node {
  const n = toNode(s, donor);
  const rest = n.rest.endsWith('\n') ? n.rest : n.rest + '\n';
  return { ...n, oldId: undefined, marker, rest, children: s.children.slice(0, children).map((c) => fresh(c, donor, childMarker ?? c.marker, 0)), targets: [], deadlines: [], dues: [] };
}

function leavesOfSections(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => (s.children.length === 0 ? (s.text.length > 20 ? [s] : []) : leavesOfSections(s.children)));
}

function changeTarget(node: Node, m: Metric, doc: PlanDocument, random: () => number, edits: string[]): void {
  const start = m.span.start.offset - sectionStart(doc, m.sectionId) - node.marker.length;
  if (start < 0 || node.rest.slice(start, start + m.text.length) !== m.text || node.targets.some((t) => t.at === start)) return;
  let replacement: string;
  let fields: string[];
  if (/以上$/.test(m.text) && random() < 0.4) {
    replacement = m.text.replace(/以上$/, '左右');
    fields = ['cmp'];
  } else {
    // A range changes at its upper end (8至10所 → 8至12所), anything else at its number.
    const numbers = [...m.text.matchAll(/[0-9]+(?:\.[0-9]+)?/g)];
    const number = m.max !== undefined ? numbers.at(-1) : numbers[0];
    if (!number) return;
    const value = Number(number[0]);
    const next = m.unit === '%' ? Math.min(value + 5, value < 100 ? 100 : value + 5) : Math.max(1, Math.round(value * 1.2));
    if (next === value) return;
    replacement = m.text.slice(0, number.index) + String(next) + m.text.slice(number.index + number[0].length);
    fields = m.max !== undefined ? ['max'] : ['value'];
  }
  node.rest = node.rest.slice(0, start) + replacement + node.rest.slice(start + m.text.length);
  shift(node, start, replacement.length - m.text.length);
  node.targets.push({ oldOffset: m.span.start.offset, at: start, fields });
  edits.push(`target in ${m.sectionId}: ${m.text} → ${replacement}`);
}

function moveDeadline(node: Node, t: Time, doc: PlanDocument, edits: string[]): void {
  const start = t.span.start.offset - sectionStart(doc, t.sectionId) - node.marker.length;
  if (start < 0 || node.rest.slice(start, start + t.text.length) !== t.text) return;
  let replacement = t.text.replace(/([0-9]{1,2})月/, (_, m: string) => `${(Number(m) % 12) + 1}月`);
  if (replacement === t.text) replacement = t.text.replace(/年底/, '年6月底').replace(/秋季/, '春季');
  if (replacement === t.text) return;
  node.rest = node.rest.slice(0, start) + replacement + node.rest.slice(start + t.text.length);
  shift(node, start, replacement.length - t.text.length);
  node.deadlines.push({ type: 'deadline-moved', at: start });
  edits.push(`deadline in ${t.sectionId}: ${t.text} → ${replacement}`);
}

/** Edits after `from` in a node's text move by `delta`. */
function shift(node: Node, from: number, delta: number): void {
  for (const t of node.targets) if (t.at > from) t.at += delta;
  for (const d of node.deadlines) if (d.at > from) d.at += delta;
  node.dues = node.dues.map((at) => (at > from ? at + delta : at));
}

function reword(node: Node, random: () => number, edits: string[], heavyShare: number): void {
  const title = node.rest.slice(0, node.titleLength);
  let next = title;
  // Mostly one word for another; sometimes the heading rewritten harder: several words, and its
  // opening verb replaced (推进学前教育普及普惠 → 着力推动学前教育普及普惠发展).
  const heavy = random() < heavyShare;
  for (let k = 0; k < (heavy ? 3 : 1); k++) {
    const options = SYNONYMS.filter(([from]) => next.includes(from));
    if (options.length === 0) break;
    const [from, to] = options[Math.floor(random() * options.length)]!;
    next = next.replace(from, to);
  }
  if (heavy && next.length > 6) next = ['着力', '全力', '大力', '持续'][Math.floor(random() * 4)]! + next.slice(2);
  if (next === title) next = (random() < 0.5 ? '持续' : '扎实') + title;
  const delta = next.length - title.length;
  node.rest = next + node.rest.slice(node.titleLength);
  node.titleLength = next.length;
  shift(node, -1, delta);
  node.reworded = true;
  edits.push(`reworded ${node.oldId}: ${title} → ${next}`);
}

/**
 * A body rewritten in part, as next year's text is: one sentence dropped, one taken from another
 * plan added. Sentences holding a changed target or deadline stay.
 */
function editBody(node: Node, donorSentences: readonly string[], random: () => number, edits: string[]): void {
  const bodyStart = node.titleLength + 1;
  const body = node.rest.slice(bodyStart);
  const sentences = [...body.matchAll(/[^。]*。/g)].map((m) => ({ at: bodyStart + m.index, text: m[0] }));
  const marked = [...node.targets.map((t) => t.at), ...node.deadlines.map((d) => d.at), ...node.dues];
  const free = sentences.filter((x) => !marked.some((at) => at >= x.at && at < x.at + x.text.length));
  if (free.length > 1 && random() < 0.6) {
    const gone = free[Math.floor(random() * free.length)]!;
    node.rest = node.rest.slice(0, gone.at) + node.rest.slice(gone.at + gone.text.length);
    shift(node, gone.at, -gone.text.length);
    edits.push(`dropped a sentence of ${node.oldId}`);
  }
  if (donorSentences.length > 0 && random() < 0.5) {
    const end = node.rest.search(/\s*$/);
    const added = donorSentences[Math.floor(random() * donorSentences.length)]!;
    node.rest = node.rest.slice(0, end) + added + node.rest.slice(end);
    shift(node, end - 1, added.length);
    edits.push(`added a sentence to ${node.oldId}`);
  }
}

function sectionStart(doc: PlanDocument, id: string): number {
  const find = (sections: readonly Section[]): Section | undefined => {
    for (const s of sections) {
      if (s.id === id) return s;
      const inner = find(s.children);
      if (inner) return inner;
    }
    return undefined;
  };
  return find(doc.sections)?.span.start.offset ?? -1;
}

/** Depths whose numbering runs on across parents in the old plan (瓮安 1–43). */
function runsOn(sections: readonly Section[]): Set<number> {
  const out = new Set<number>();
  const visit = (list: readonly Section[], depth: number) => {
    for (const s of list) {
      if (s.children[0] && s.children[0].ordinal !== 1) out.add(depth + 1);
      visit(s.children, depth + 1);
    }
  };
  visit(sections, 1);
  return out;
}

const HAN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function han(n: number): string {
  if (n < 10) return HAN[n]!;
  return (n >= 20 ? HAN[Math.floor(n / 10)]! : '') + '十' + HAN[n % 10]!;
}

/** The marker as printed, with another number in the same style: 三、→ 四、, （二）→（三）, 3．→ 4．. */
function renumber(marker: string, n: number): string {
  if (/[一二三四五六七八九十]/.test(marker)) return marker.replace(/[一二三四五六七八九十]+/, han(n));
  return marker.replace(/[0-9０-９]+/, String(n));
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
