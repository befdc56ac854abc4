import type { Grammars } from '../../grammar/compile.js';
import type { Org } from '../../schema/index.js';

const cache = new WeakMap<Grammars, { school: RegExp; other: RegExp }>();

/**
 * The type of an org name from its ending: a school word → school, a company, university or
 * association word → other, anything else (department, committee, office) → gov.
 */
export function orgTypeOf(name: string, grammars: Grammars): Org['type'] {
  let re = cache.get(grammars);
  if (!re) {
    re = {
      school: new RegExp(`(?:${grammars.part('orgSchoolSuffix')}|${grammars.part('orgSchoolOrdinal')})$`, 'u'),
      other: new RegExp(`${grammars.part('orgOtherSuffix')}$`, 'u'),
    };
    cache.set(grammars, re);
  }
  const bare = name.replace(/[(][^()]*[)]$/u, '');
  if (re.school.test(bare)) return 'school';
  if (re.other.test(bare)) return 'other';
  return 'gov';
}
