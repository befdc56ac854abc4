// A module-resolution hook for the bin test: reports when the pipeline (the process-file module,
// or the bundle chunk named after it), the grammars, jieba, or a package that only some commands
// or formats need (zod, the Markdown parser, the worker pool, fast-glob, csv-stringify, the Word
// and PDF readers, ExcelJS) is loaded.
export async function resolve(specifier, context, next) {
  if (/jieba|grammar\/load|process-file|^zod$|^unified$|^remark-parse$|^piscina$|^fast-glob$|^csv-stringify|^mammoth$|^word-extractor$|^pdfjs-dist|^exceljs$|workbook-sink|write-workbook/.test(specifier)) process.stderr.write(`LOADED ${specifier}\n`);
  return next(specifier, context);
}
