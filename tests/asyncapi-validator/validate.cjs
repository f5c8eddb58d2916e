#!/usr/bin/env node
// What `asyncapi validate <file>` of @asyncapi/cli 4.1.1 does, without the CLI's 1.5 GB of other tools: the same parser (the
// @asyncapi/parser version that CLI's own lock resolves), parse() with the file as its source, so the AsyncAPI JSON Schema, every
// $ref and the parser's Spectral rules are checked; invalid when any diagnostic is an error (the CLI's default --fail-severity).
// Prints every diagnostic, then one verdict line. Exit 0 valid, 1 invalid, 2 unreadable or a usage error.
const fs = require('node:fs');
const path = require('node:path');
const { Parser, DiagnosticSeverity } = require('@asyncapi/parser/cjs');

const severities = { [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning', [DiagnosticSeverity.Information]: 'information', [DiagnosticSeverity.Hint]: 'hint' };

async function main(file) {
  if (!file) {
    console.error('usage: node validate.cjs <asyncapi document>');
    return 2;
  }

  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`cannot read ${file}: ${e.message}`);
    return 2;
  }

  const { diagnostics } = await new Parser().parse(text, { source: path.resolve(file) });
  for (const d of diagnostics) {
    const at = d.range ? `${d.range.start.line + 1}:${d.range.start.character + 1}` : '-';
    console.log(`${at}  ${severities[d.severity]}  ${d.code}  ${d.message}  ${d.path.join('.')}`);
  }

  const errors = diagnostics.filter(d => d.severity === DiagnosticSeverity.Error).length;
  console.log(errors === 0
    ? `File ${file} is valid (${diagnostics.length} diagnostic(s), none an error).`
    : `File ${file} is invalid: ${errors} error(s).`);
  return errors === 0 ? 0 : 1;
}

main(process.argv[2]).then(code => process.exit(code), e => { console.error(e); process.exit(2); });
