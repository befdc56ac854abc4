import { convertOne, type BatchResult, type Task } from './convert-one.js';

/** Piscina entry point: one task in, one serialisable result out. The pipeline loads once per worker. */
export default function worker(task: Task): Promise<BatchResult> {
  return convertOne(task);
}
