import { convertOne, type BatchResult, type RenderedResult, type Task } from './convert-one.js';

/** Piscina entry point: one task in, one serialisable result out. The pipeline loads once per worker. */
export default function worker(task: Task): Promise<BatchResult | RenderedResult> {
  return convertOne(task);
}
