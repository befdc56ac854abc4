import { describe, expect, it } from 'vitest';
import { readLines, type Line } from '../../src/records/read-lines.js';

/** Every way a stream may be cut into chunks must give the same lines. */
async function linesOf(chunks: (string | Uint8Array)[], maxBytes = 1000): Promise<Line[]> {
  const out: Line[] = [];
  for await (const line of readLines(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)), maxBytes)) out.push(line);
  return out;
}

function byteByByte(text: string): Uint8Array[] {
  return [...Buffer.from(text)].map((b) => Uint8Array.of(b));
}

describe('readLines', () => {
  it.each([
    ['a\nb\n', ['a', 'b']],
    ['a\nb', ['a', 'b']], // a last line without LF is a line
    ['a\r\nb\r\n', ['a', 'b']], // CRLF
    ['a\n\nb\n', ['a', '', 'b']], // an empty line is a line: outputs pair with inputs
    ['\n', ['']],
    ['', []],
    ['\uFEFF{"x":1}\n\uFEFFy\n', ['{"x":1}', '\uFEFFy']], // a BOM is dropped before the first line only
    ['教育局\n二〇二二\n', ['教育局', '二〇二二']],
  ])('%j → %j, however the bytes are chunked', async (input, expected) => {
    const want = expected.map((text) => ({ text }));
    expect(await linesOf([input])).toEqual(want);
    expect(await linesOf(byteByByte(input))).toEqual(want); // multi-byte characters split across chunks too
  });

  it('drops a line longer than the limit as it arrives and reports it, then goes on', async () => {
    const long = 'x'.repeat(2500);
    const lines = await linesOf(['a\n', long.slice(0, 700), long.slice(700), '\nb\n'], 1000);
    expect(lines).toEqual([{ text: 'a' }, { problem: expect.stringMatching(/^record too large: a line of 0\.0 MB/) }, { text: 'b' }]);
  });

  it('reports a line that is not UTF-8 and reads the next', async () => {
    const lines = await linesOf([Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]), 'ok\n']);
    expect(lines).toEqual([{ problem: expect.stringMatching(/^not UTF-8/) }, { text: 'ok' }]);
  });

  it('reads the stream only as lines are taken', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield Buffer.from('{}\n');
      }
    }
    const lines = readLines(endless(), 100);
    for (let i = 0; i < 5; i++) await lines.next();
    await lines.return(undefined);
    expect(pulled).toBe(5);
  });
});
