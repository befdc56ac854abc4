/**
 * Every match of a global regular expression in `text`, as `matchAll` gives them. `matchAll`
 * copies the expression on every call, which adds up over thousands of blocks and rules; this
 * runs the expression itself from the start, and returns all matches at once so a caller
 * that uses the same expression again in its loop cannot disturb the walk.
 */
export function execAll(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new Error(`execAll needs a global regular expression: /${regex.source}/${regex.flags}`);
  const out: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over one character, as matchAll does.
    if (m[0].length === 0) regex.lastIndex += regex.unicode && (text.codePointAt(regex.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  regex.lastIndex = 0;
  return out;
}
