/**
 * Messages collected while one file is processed. Offsets are into the decoded text;
 * `locate` turns them into spans when the document is finished.
 */
export type RawWarning = { code: string; message: string; start: number; end: number };

export type Report = {
  path: string;
  warnings: RawWarning[];
  warn(message: string, code: string, start: number, end: number): void;
};

export function createReport(path: string): Report {
  const warnings: RawWarning[] = [];
  return {
    path,
    warnings,
    warn: (message, code, start, end) => void warnings.push({ code, message, start, end }),
  };
}
