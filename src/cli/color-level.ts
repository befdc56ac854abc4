import type { ColorSupportLevel } from 'chalk';

/**
 * Colour for the outline, decided from the Io rather than the real process so tests control it:
 * NO_COLOR (any value) turns it off, FORCE_COLOR forces a level, else only on a terminal.
 */
export function colorLevel(env: Record<string, string | undefined>, isTTY: boolean | undefined): ColorSupportLevel {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const level = Number.parseInt(force, 10);
    return (Number.isNaN(level) ? 1 : Math.min(Math.max(level, 0), 3)) as ColorSupportLevel;
  }
  if (!isTTY || env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' ? 3 : env.TERM?.includes('256') ? 2 : 1;
}
