/**
 * One line saying why a worker gave no result. A worker can reject with anything; an object
 * without a message used to print as "[object Object]".
 */
export function workerFailureReason(error: unknown): string {
  return `worker failed: ${describe(error).replace(/\s*[\r\n]+\s*/g, ' ').trim() || 'no reason given'}`;
}

function describe(error: unknown): string {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  if (typeof message === 'string' && message) return message;
  if (error instanceof Error) return error.name;
  if (typeof error === 'object' && error !== null) {
    try {
      return JSON.stringify(error) ?? String(error);
    } catch {
      return Object.prototype.toString.call(error);
    }
  }
  return String(error);
}
