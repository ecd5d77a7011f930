#!/usr/bin/env node
/**
 * Writes src/codes/packed.ts, the catalog's runtime data, from the row files
 * src/codes/success.ts, errors.ts and warnings.ts (the source of truth, and of the types).
 *
 *   npm run pack-catalog                        writes the file
 *   node scripts/pack-catalog.mjs --stdout      prints it (test/packed.test.ts compares the two)
 *
 * Why: size. In an app's bundle (minified, gzip -9) the catalog built from the rows' array
 * literals takes 6.6 KB, built from this text 5.1 KB. The format, read by `unpack` in
 * src/codes/index.ts:
 *
 *   codes  each code minus the one before (the first minus 0), base 36, comma-separated
 *   rows   in table order, a line `category api` (e.g. `error v2`) before each run of
 *          entries that share both, then one line per entry:
 *          `key|message|operations|aliases|note|paraphrase`, where
 *          operations are space-separated, aliases tab-separated, paraphrase is `1` or
 *          empty, and empty fields at the end are left out. The key is spelt from its
 *          message: the message's words are its runs of a-z and 0-9 in lower case, and a
 *          capital letter stands for one of them, `A` for the next word after the last
 *          one taken, `B` for the word after that, and so on, counting on from the first
 *          word after the last (so a letter can point back); a key word the message lacks
 *          is written out in lower case, space-separated from other written words. So
 *          CUSTOMER_NOT_FOUND_FOR_ORG over "Customer not found for organization." is
 *          `AAAA org`. Most keys take their words from the message: this saves a third
 *          of what they cost spelt out.
 *
 * The output depends on the rows only. The rows are read through esbuild (a devDependency),
 * straight from src: no build needed.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const target = new URL('../src/codes/packed.ts', import.meta.url);
const detailFields = ['operations', 'aliases', 'note', 'paraphrase'];

/** The three row files, transpiled by esbuild and imported from memory. */
export async function loadRows() {
  const result = await build({
    stdin: {
      contents: ['success', 'errors', 'warnings'].map((name) => `export { ${name} } from './src/codes/${name}.ts';`).join('\n'),
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

function fail(key, problem) {
  throw new Error(`pack-catalog: ${key}: ${problem}`);
}

/** A field of a row line: no `|` or line break, and none of the list's own separator. */
function field(key, text, separator) {
  if (typeof text !== 'string') fail(key, `${JSON.stringify(text)} is not a string`);
  if (/[|\r\n\u2028\u2029]/.test(text) || (separator && text.includes(separator))) {
    fail(key, `${JSON.stringify(text)} holds a character the packed format uses as a separator`);
  }
  return text;
}

function list(key, items, separator) {
  if (!Array.isArray(items) || items.length === 0) fail(key, 'a list must hold at least one item');
  return items.map((item) => {
    if (item === '') fail(key, 'a list item is empty');
    return field(key, item, separator);
  }).join(separator);
}

/** The packed spelling of a key (see the format above); test/packed.test.ts checks that every key unpacks as it was. */
function spell(key, message) {
  const said = message.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let next = 0;
  return key
    .toLowerCase()
    .split('_')
    .map((word) => {
      // The nearest occurrence counting on from `next`, round to the start.
      let skip = -1;
      said.forEach((candidate, at) => {
        const distance = (at - next + said.length) % said.length;
        if (candidate === word && (skip < 0 || distance < skip)) skip = distance;
      });
      if (skip < 0 || skip >= 26) return ` ${word} `;
      next = ((next + skip) % said.length) + 1;
      return String.fromCharCode(65 + skip);
    })
    .join('')
    .replace(/ +/g, ' ')
    .trim();
}

function line([, key, , message, details = {}]) {
  if (!/^[A-Z0-9]+(?:_[A-Z0-9]+)*$/.test(key)) fail(key, 'keys are SCREAMING_SNAKE: A-Z and 0-9 words joined by `_`');
  for (const name of Object.keys(details)) if (!detailFields.includes(name)) fail(key, `unknown detail \`${name}\``);
  const { operations, aliases, note, paraphrase } = details;
  if (paraphrase !== undefined && paraphrase !== true) fail(key, 'paraphrase is `true` or absent');
  if (note === '') fail(key, 'a note is not empty');
  const fields = [
    spell(key, field(key, message)),
    message,
    operations === undefined ? '' : list(key, operations, ' '),
    aliases === undefined ? '' : list(key, aliases, '\t'),
    note === undefined ? '' : field(key, note),
    paraphrase ? '1' : '',
  ];
  while (fields.length > 2 && fields.at(-1) === '') fields.pop();
  return fields.join('|');
}

/** Source text of a template literal holding `text` verbatim. */
const template = (text) => `\`${text.replace(/\\|`|\$\{/g, (special) => `\\${special}`)}\``;

/** The text of src/codes/packed.ts for the given rows. */
export function packCatalog({ success, errors, warnings }) {
  const tables = [
    ['success', success],
    ['error', errors],
    ['warning', warnings],
  ];
  const rows = tables.flatMap(([category, table]) => table.map((row) => ({ category, row })));
  const lines = [];
  let run = '';
  for (const { category, row } of rows) {
    const api = row[2];
    if (api !== 'v1.1' && api !== 'v2') fail(row[1], `unknown api ${JSON.stringify(api)}`);
    if (run !== `${category} ${api}`) lines.push((run = `${category} ${api}`));
    lines.push(line(row));
  }
  const codes = rows.map(({ row }, i) => {
    if (!Number.isSafeInteger(row[0])) fail(row[1], `code ${row[0]} is not an integer`);
    return (row[0] - (i === 0 ? 0 : rows[i - 1].row[0])).toString(36);
  });
  return [
    '// Generated by scripts/pack-catalog.mjs from src/codes/success.ts, errors.ts and warnings.ts:',
    '// do not edit. After changing a row file run `npm run pack-catalog`; test/packed.test.ts fails',
    '// while this file is stale. The format is described in the script; `unpack` in ./index.ts reads it.',
    '',
    '/** Each code minus the one before (the first minus 0), base 36. */',
    `export const codes = '${codes.join(',')}';`,
    '',
    '/** `category api` before each run, then one line per entry: `key|message|operations|aliases|note|paraphrase`. */',
    `export const rows = ${template(lines.join('\n'))};`,
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = packCatalog(await loadRows());
  if (process.argv.includes('--stdout')) process.stdout.write(text);
  else {
    writeFileSync(target, text);
    console.log(`wrote ${fileURLToPath(target)}`);
  }
}
