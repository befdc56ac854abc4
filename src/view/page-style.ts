/**
 * The page's only style sheet, inline (the page is one file, opened offline). Each kind of entity
 * differs by colour AND by the line under or around it, so the page reads in greyscale and for
 * readers who do not tell the colours apart: metric solid underline, time dashed underline,
 * policy double underline, term wavy underline, lead unit solid box, support unit dashed box,
 * mentioned unit dotted underline. The reading of each shows on hover and on keyboard focus.
 * Fonts are the reader's own (no web fonts): CJK faces for simplified and traditional text.
 */
export const pageStyle = `
:root { --fg:#1b1b1b; --dim:#5c5c5c; --bg:#fff; --line:#d0d0d0; --focus:#0b57d0; }
* { box-sizing: border-box; }
html { font-family: "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","Noto Sans CJK TC",sans-serif; color: var(--fg); background: var(--bg); }
html:lang(zh-Hant) { font-family: "Noto Sans CJK TC","Source Han Sans TC","PingFang TC","Microsoft JhengHei","Noto Sans CJK SC",sans-serif; }
body { margin: 0; line-height: 1.75; }
a { color: var(--focus); }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5em; z-index: 10; }
.skip:focus { left: .5em; }
header { padding: .75em 1.25em; border-bottom: 1px solid var(--line); }
header h1 { font-size: 1.25em; margin: 0 0 .25em; }
dl.meta { display: flex; flex-wrap: wrap; gap: .25em 1.25em; margin: 0; font-size: .9em; color: var(--dim); }
dl.meta div { display: flex; gap: .35em; } dl.meta dt { font-weight: 600; } dl.meta dd { margin: 0; }
ul.legend { display: flex; flex-wrap: wrap; gap: .25em 1em; list-style: none; padding: 0; margin: .5em 0 0; font-size: .9em; }
.layout { display: grid; grid-template-columns: minmax(12em, 22em) 1fr; min-height: 80vh; }
nav { border-right: 1px solid var(--line); padding: .75em 1em; font-size: .9em; position: sticky; top: 0; max-height: 100vh; overflow: auto; }
nav ol { list-style: none; padding-left: 1em; margin: .15em 0; } nav > ol { padding-left: 0; }
nav .n { color: var(--dim); font-size: .85em; }
nav h2 { font-size: 1em; margin: .75em 0 .25em; }
main { padding: .75em 1.5em 4em; min-width: 0; }
.doc { white-space: pre-wrap; overflow-wrap: anywhere; max-width: 60em; }
.big .blk { content-visibility: auto; contain-intrinsic-size: auto 40em; }
.matter { color: var(--dim); }
.anchor { scroll-margin-top: 1em; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
mark.e { background: none; color: inherit; position: relative; padding: 0 1px; border-radius: 2px; }
mark.metric { background: #dbeafe; border-bottom: 2px solid #1d4ed8; }
mark.time { background: #dcfce7; border-bottom: 2px dashed #15803d; }
mark.policy { background: #f3e8ff; border-bottom: 4px double #7e22ce; }
mark.term { background: #fef3c7; text-decoration: underline wavy #b45309; text-underline-offset: 4px; }
mark.org.lead { background: #ffe4e6; outline: 2px solid #be123c; outline-offset: -1px; }
mark.org.support { background: #ffe4e6; outline: 1px dashed #be123c; outline-offset: -1px; }
mark.org.mention { background: #fff1f2; border-bottom: 2px dotted #be123c; }
mark.e:hover, mark.e:focus { box-shadow: 0 0 0 2px var(--focus); }
mark.e:hover::after, mark.e:focus::after, .warn:hover::after, .warn:focus::after {
  content: attr(data-tip); position: absolute; left: 0; top: 100%; z-index: 5; white-space: pre-wrap; width: max-content; max-width: 30em;
  background: #111; color: #fff; font-size: .8em; line-height: 1.4; padding: .3em .5em; border-radius: 4px; pointer-events: none; }
.warn { position: relative; }
.warn::before { content: "\\26A0"; color: #b45309; font-weight: 700; padding: 0 .15em; border: 1px solid #b45309; border-radius: 3px; font-size: .8em; }
.changed { box-shadow: inset 0 -0.6em 0 #fde68a; }
.added-e { box-shadow: inset 0 -0.6em 0 #bbf7d0; }
.dropped-e { box-shadow: inset 0 -0.6em 0 #fecaca; text-decoration: line-through; }
table.diff { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.diff td, table.diff th { vertical-align: top; border-top: 1px solid var(--line); padding: .5em .75em; }
table.diff td { white-space: pre-wrap; overflow-wrap: anywhere; }
table.diff th { text-align: left; font-weight: 600; }
tr.added td.new { background: #f0fdf4; } tr.dropped td.old { background: #fef2f2; }
.badge { display: inline-block; font-size: .75em; font-weight: 600; border: 1px solid currentColor; border-radius: 3px; padding: 0 .35em; margin-right: .35em; white-space: nowrap; }
.badge.added { color: #15803d; } .badge.dropped { color: #b91c1c; } .badge.moved { color: #1d4ed8; } .badge.reworded { color: #92400e; }
.changes { margin: .35em 0 0; padding-left: 1.2em; font-size: .9em; color: var(--dim); white-space: normal; }
@media (max-width: 50em) { .layout { grid-template-columns: 1fr; } nav { position: static; max-height: none; border-right: 0; } }
@media print { nav { display: none; } .layout { display: block; } }
`;
