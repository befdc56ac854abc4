import { escapeHtml } from './escape-html.js';
import { pageStyle } from './page-style.js';

/**
 * The frame of every page: one self-contained document. The Content-Security-Policy allows no
 * script, no network and nothing but the inline style sheet: even if some text were ever placed
 * unescaped, the browser would run nothing and load nothing.
 */
export function pageShell({ title, lang, body, big }: { title: string; lang: 'zh-Hans' | 'zh-Hant'; body: string; big: boolean }): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${pageStyle}</style>`,
    '</head>',
    `<body${big ? ' class="big"' : ''}>`,
    '<a class="skip" href="#text">Skip to the text</a>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
