// A module-resolution hook for the bin test: reports when the pipeline, grammars or jieba load.
export async function resolve(specifier, context, next) {
  if (/jieba|grammar\/load|pipeline\/process-file/.test(specifier)) process.stderr.write(`LOADED ${specifier}\n`);
  return next(specifier, context);
}
