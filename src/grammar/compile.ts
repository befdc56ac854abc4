import type { GrammarFile, PartSpec, RuleSpec } from './schema.js';

export type CompiledRule = RuleSpec & { regex: RegExp; source: string; file: string };

export type Grammars = {
  rules: ReadonlyMap<string, CompiledRule>;
  /** Rules whose id starts with `kind/`, in file order. */
  rulesOf(kind: string): readonly CompiledRule[];
  rule(id: string): CompiledRule;
  lexicon(name: string): readonly string[];
  /** A part expanded to its regular expression source (for code that builds patterns). */
  part(name: string): string;
  /** A table's data, as the grammar file gives it (the mechanism that reads it checks its shape). */
  table(name: string): Readonly<Record<string, unknown>>;
};

export class GrammarError extends Error {
  override name = 'GrammarError';
}

const PLACEHOLDER = /\{\{([a-zA-Z][a-zA-Z0-9]*)\}\}/g;

export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A word list as one alternation, longest first so that 万元 wins over 万. */
export function alternation(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${sorted.map(escapeRegExp).join('|')})`;
}

export function compileGrammars(files: ReadonlyArray<{ file: string; grammar: GrammarFile }>): Grammars {
  const partSpecs = new Map<string, { spec: PartSpec; file: string }>();
  const lexicons = new Map<string, readonly string[]>();
  const tables = new Map<string, Readonly<Record<string, unknown>>>();
  for (const { file, grammar } of files) {
    for (const [name, spec] of Object.entries(grammar.tables ?? {})) {
      if (tables.has(name)) throw new GrammarError(`${file}: table "${name}" is defined twice`);
      tables.set(name, spec.data);
    }
    for (const [name, spec] of Object.entries(grammar.parts ?? {})) {
      if (partSpecs.has(name)) throw new GrammarError(`${file}: part "${name}" is already defined in ${partSpecs.get(name)!.file}`);
      partSpecs.set(name, { spec, file });
    }
    for (const [name, spec] of Object.entries(grammar.lexicons ?? {})) {
      if (lexicons.has(name)) throw new GrammarError(`${file}: lexicon "${name}" is defined twice`);
      lexicons.set(name, spec.words);
    }
  }

  const expanded = new Map<string, string>();
  const expand = (source: string, where: string, stack: string[]): string =>
    source.replace(PLACEHOLDER, (_, name: string) => {
      if (stack.includes(name)) throw new GrammarError(`${where}: part "${name}" refers to itself`);
      const cached = expanded.get(name);
      if (cached !== undefined) return cached;
      const part = partSpecs.get(name);
      if (!part) throw new GrammarError(`${where}: unknown part {{${name}}}`);
      const body = 'words' in part.spec ? alternation(part.spec.words) : `(?:${expand(part.spec.pattern, `part ${name}`, [...stack, name])})`;
      expanded.set(name, body);
      return body;
    });

  const rules = new Map<string, CompiledRule>();
  for (const { file, grammar } of files) {
    for (const spec of grammar.rules ?? []) {
      if (rules.has(spec.id)) throw new GrammarError(`${file}: rule "${spec.id}" is defined twice`);
      const source = expand(spec.pattern, `${file} ${spec.id}`, []);
      let regex: RegExp;
      try {
        regex = new RegExp(source, `g${spec.flags?.includes('u') ? '' : 'u'}${spec.flags ?? ''}`);
      } catch (error) {
        throw new GrammarError(`${file} ${spec.id}: invalid pattern: ${(error as Error).message}`);
      }
      rules.set(spec.id, { ...spec, regex, source, file });
    }
  }

  // Asked for per block by several extractors: each kind's list is made once.
  const byKind = new Map<string, CompiledRule[]>();
  return {
    rules,
    rulesOf(kind) {
      let list = byKind.get(kind);
      if (!list) byKind.set(kind, (list = [...rules.values()].filter((r) => r.id.startsWith(`${kind}/`))));
      return list;
    },
    rule(id) {
      const rule = rules.get(id);
      if (!rule) throw new GrammarError(`unknown rule "${id}"`);
      return rule;
    },
    lexicon(name) {
      const words = lexicons.get(name);
      if (!words) throw new GrammarError(`unknown lexicon "${name}"`);
      return words;
    },
    part: (name) => expand(`{{${name}}}`, `part ${name}`, []),
    table(name) {
      const data = tables.get(name);
      if (!data) throw new GrammarError(`unknown table "${name}"`);
      return data;
    },
  };
}
