// How long Chromium takes to open a page from a file until it is laid out and painted: the
// review page of a plan against a bare page of the same text (one <pre>). Used by bench/run.js.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const chromiumPath = process.env.PLAN_EXTRACT_CHROMIUM ?? '/usr/bin/chromium';
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function barePage(text) {
  const escaped = text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
  return `<!DOCTYPE html>\n<html lang="zh-Hans"><head><meta charset="utf-8"><title>plan</title></head><body><pre style="white-space:pre-wrap">${escaped}</pre></body></html>\n`;
}

/** Median milliseconds from navigation to the second animation frame after load, for each page, runs interleaved. */
export async function openTimes(pages, runs) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'plan-extract-bench-'));
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-bench-pages-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, args: flags, viewport: { width: 1280, height: 900 }, offline: true });
  try {
    const urls = pages.map((html, i) => {
      const file = join(dir, `page-${i}.html`);
      writeFileSync(file, html);
      return pathToFileURL(file).href;
    });
    const times = pages.map(() => []);
    for (let r = 0; r < runs + 1; r++) {
      for (let i = 0; i < urls.length; i++) {
        const page = await context.newPage();
        const started = performance.now();
        await page.goto(urls[i], { waitUntil: 'load' });
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const ms = performance.now() - started;
        if (r > 0) times[i].push(ms); // the first round warms the browser up
        await page.close();
      }
    }
    return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}
