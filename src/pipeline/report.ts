/**
 * Messages collected while one file is processed. Offsets are into the decoded text;
 * `locate` turns them into spans when the document is finished.
 */
export type RawWarning = {
  code: string;
  message: string;
  start: number;
  end: number;
  /** Offsets into the source itself, not into the cleaned text the later stages read (see clean-text). */
  inSource?: boolean;
};

export type Report = {
  path: string;
  warnings: RawWarning[];
  warn(message: string, code: string, start: number, end: number): void;
  /** A warning placed in source offsets (decoding, cleaning). */
  warnSource(message: string, code: string, start: number, end: number): void;
};

export function createReport(path: string): Report {
  const warnings: RawWarning[] = [];
  return {
    path,
    warnings,
    warn: (message, code, start, end) => void warnings.push({ code, message, start, end }),
    warnSource: (message, code, start, end) => void warnings.push({ code, message, start, end, inSource: true }),
  };
}
