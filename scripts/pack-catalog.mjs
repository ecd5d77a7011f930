#!/usr/bin/env node
/**
 * Writes src/codes/generated/<resource>.ts, one module per resource holding its runtime data
 * (packed, below) and its entries' types, and src/codes/notes.ts, every entry's note (the
 * `capillary-codes/notes` entry point), from the row files src/codes/<resource>.ts (the
 * source of truth, the only hand-written copy of the data).
 *
 *   npm run pack-catalog                        writes the files
 *   node scripts/pack-catalog.mjs --check       exits 1, naming them, when a file is stale

 *
 * Why text: size. In an app's bundle (minified, gzip -9) the customers entries built from the
 * rows' array literals take 6.6 KB, built from this text 5.1 KB. Why one file per resource: a
 * resource view imports its own file and the request-level one, so its bundle carries no
 * other resource's data. Why the notes apart: they are for people reading about an entry, not
 * for an app acting on it, and they weigh as much as every other field together (13.7 KB of
 * the root's bundle).
 *
 * Types and data share a module: the compiler reads its interfaces and an app's bundler its
 * constants, and neither sees the other's part (types are erased; the data is text).
 *
 * Each file exports `home`, the entries whose home is the resource, and, where other
 * resources' entries are shared with it, `sharedIn`, copies of those (a view of the resource
 * needs them; the root entry reads only `home`). Each is a triple `[codes, rows, pages]`:
 *
 *   codes  each code minus the one before (the first minus 0), base 36, comma-separated
 *   rows   in file order, a line `category api` (in `sharedIn`, `category api resource`, the
 *          entries' home) before each run of entries that share them, then one line per
 *          entry: `key|message|kind|operations|aliases|paraphrase|sharedWith`, where
 *          kind is one letter, `a` for the first of `kinds` in src/codes/resources.ts, `b`
 *          the second and so on, upper case when the entry is retryable; where the entry's
 *          audience is `developer` the letter counts on past the kinds (`l` the first kind's,
 *          `m` the second's ...), and a developer's success, which has no kind, has `~`; the
 *          default audience, `user`, is the plain letter (or nothing), so the audience costs no
 *          character (a `~` after the letter cost 230 B gzip of the root bundle); operations and
 *          sharedWith are space-separated, aliases tab-separated, paraphrase is `1` or empty;
 *          empty fields at the end are left out. The key is spelt from its message: the
 *          message's words are its runs of a-z and 0-9 in lower case, and a capital letter
 *          stands for one of them, `A` for the next word after the last one taken, `B` for
 *          the word after that, and so on, counting on from the first word after the last
 *          (so a letter can point back); a key word the message lacks is written out in
 *          lower case, space-separated from other written words. So
 *          CUSTOMER_NOT_FOUND_FOR_ORG over "Customer not found for organization." is
 *          `AAAA org`. Most keys take their words from the message: this saves a third of
 *          what they cost spelt out.
 *   pages  the pages that document the entries (`docs`) and where each entry comes from
 *          (`origin`): one line per (origin, address) the part's entries use, the origin's
 *          first letter (`t` table, `p` page, `s` sample) then the address. The first line is
 *          the one most of the part's entries use (for `home`, the resource's page in
 *          src/codes/docs-pages.ts): an entry of it writes nothing; any other entry writes the line's index, in decimal,
 *          after its kind letter (`b3`; a user's success `3`, a developer's `~3`). So an entry
 *          costs nothing for the page it shares with most of its resource and a digit or two
 *          otherwise: the 1,414 addresses spelt out would take 20 KB gzip of the root bundle.
 *
 * The output depends on the rows only. The rows are read through esbuild (a devDependency),
 * straight from src: no build needed.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
const detailFields = ['operations', 'aliases', 'note', 'paraphrase', 'sharedWith', 'kind', 'retryable', 'audience', 'origin', 'docs'];

/** `partner-program` is exported as `partnerProgram`. */
export const exportName = (resource) => resource.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** The vocabularies and every row file that exists, transpiled by esbuild and imported from memory. */
export async function loadRows() {
  const { resources, kinds, apis } = await importTs(`export * from './src/codes/resources.ts';`);
  const { docsPages } = await importTs(`export * from './src/codes/docs-pages.ts';`);
  const present = resources.filter((resource) => existsSync(new URL(`../src/codes/${resource}.ts`, import.meta.url)));
  const modules = await importTs(present.map((resource) => `export { ${exportName(resource)} } from './src/codes/${resource}.ts';`).join('\n'));
  const rows = Object.fromEntries(present.map((resource) => [resource, modules[exportName(resource)]]));
  return { resources, kinds, apis, docsPages, rows };
}

/** TypeScript modules of the repository, transpiled by esbuild and imported from memory (no build needed). */
export async function importTs(contents) {
  const result = await build({
    stdin: { contents, resolveDir: fileURLToPath(root), loader: 'ts' },
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
  return items
    .map((item) => {
      if (item === '') fail(key, 'a list item is empty');
      return field(key, item, separator);
    })
    .join(separator);
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

function line([, key, category, , message, details = {}], { kinds, resources }, page) {
  if (!/^[A-Z0-9]+(?:_[A-Z0-9]+)*$/.test(key)) fail(key, 'keys are SCREAMING_SNAKE: A-Z and 0-9 words joined by `_`');
  for (const name of Object.keys(details)) if (!detailFields.includes(name)) fail(key, `unknown detail \`${name}\``);
  const { operations, aliases, note, paraphrase, sharedWith, kind, retryable, audience } = details;
  if (details.origin !== undefined && details.origin !== 'page' && details.origin !== 'sample') fail(key, "origin is `'page'`, `'sample'` or absent (`'table'`)");
  if (details.docs !== undefined && !/^https?:\/\/\S+$/.test(details.docs)) fail(key, 'docs is an address (http or https, no spaces)');
  if (audience !== undefined && audience !== 'developer') fail(key, "audience is `'developer'` or absent (`'user'`)");
  if (paraphrase !== undefined && paraphrase !== true) fail(key, 'paraphrase is `true` or absent');
  if (retryable !== undefined && retryable !== true) fail(key, 'retryable is `true` or absent');
  if (note !== undefined && (typeof note !== 'string' || note === '')) fail(key, 'a note is a text, not empty');
  if (category === 'success' ? kind !== undefined || retryable : !kinds.includes(kind)) {
    fail(key, `a ${category} ${category === 'success' ? 'has no kind' : `needs a kind, one of ${kinds.join(', ')}`}`);
  }
  for (const other of sharedWith ?? []) if (!resources.includes(other)) fail(key, `sharedWith names no resource: ${other}`);
  // A developer's entry counts on past the kinds: `l` is the first kind's, for a success `~`.
  const letter = kind === undefined ? (audience ? '~' : '') : String.fromCharCode(97 + kinds.indexOf(kind) + (audience ? kinds.length : 0));
  const fields = [
    spell(key, field(key, message)),
    message,
    (retryable ? letter.toUpperCase() : letter) + (page ? String(page) : ''),
    operations === undefined ? '' : list(key, operations, ' '),
    aliases === undefined ? '' : list(key, aliases, '\t'),
    paraphrase ? '1' : '',
    sharedWith === undefined ? '' : list(key, sharedWith, ' '),
  ];
  while (fields.length > 2 && fields.at(-1) === '') fields.pop();
  return fields.join('|');
}

/** The (origin, address) line of a row of `resource`: its `docs`, else the resource's page. */
const pageLine = (row, resource, docsPages) => `${(row[5]?.origin ?? 'table')[0]}${row[5]?.docs ?? docsPages[resource]}`;

/** `[codes, rows, pages]` for a list of rows, each tagged with the run header it belongs under and its home resource. */
function pack(tagged, vocabularies) {
  const used = new Map();
  for (const { row, resource } of tagged) {
    const page = pageLine(row, resource, vocabularies.docsPages);
    used.set(page, (used.get(page) ?? 0) + 1);
  }
  // The most used first (ties: first used), the others in order of first use.
  const most = [...used].reduce((best, next) => (next[1] > best[1] ? next : best), ['', 0])[0];
  const pages = used.size ? [most, ...[...used.keys()].filter((page) => page !== most)] : [];
  const lines = [];
  let run = '';
  for (const { header, row, resource } of tagged) {
    if (!vocabularies.apis.includes(row[3])) fail(row[1], `unknown api ${JSON.stringify(row[3])}`);
    if (!['success', 'error', 'warning'].includes(row[2])) fail(row[1], `unknown category ${JSON.stringify(row[2])}`);
    if (run !== header) lines.push((run = header));
    lines.push(line(row, vocabularies, pages.indexOf(pageLine(row, resource, vocabularies.docsPages))));
  }
  const codes = tagged.map(({ row }, i) => {
    if (!Number.isSafeInteger(row[0]) || row[0] < 0) fail(row[1], `code ${row[0]} is not a non-negative integer`);
    return (row[0] - (i === 0 ? 0 : tagged[i - 1].row[0])).toString(36);
  });
  return [codes.join(','), lines.join('\n'), pages.join('\n')];
}

/** Source text of a template literal holding `text` verbatim. */
const template = (text) => `\`${text.replace(/\\|`|\$\{/g, (special) => `\\${special}`)}\``;

/** The data part of src/codes/generated/<resource>.ts for each resource with rows: `{ [resource]: lines }`. */
export function packCatalog({ resources, kinds, apis, docsPages, rows }) {
  const vocabularies = { resources, kinds, apis, docsPages };
  const parts = {};
  const constant = (name, tagged) => `export const ${name}: Packed = [${pack(tagged, vocabularies).map((text, i) => (i ? template(text) : `'${text}'`)).join(', ')}];`;
  for (const resource of Object.keys(rows)) {
    const home = rows[resource].map((row) => ({ header: `${row[2]} ${row[3]}`, row, resource }));
    const sharedIn = Object.entries(rows)
      .filter(([other]) => other !== resource && other !== 'api')
      .flatMap(([other, list]) =>
        list.filter((row) => row[5]?.sharedWith?.includes(resource)).map((row) => ({ header: `${row[2]} ${row[3]} ${other}`, row, resource: other })),
      );
    const lines = [`/** The ${resource} entries, packed: \`[codes, rows, pages]\`. */`, constant('home', home)];
    if (sharedIn.length) {
      lines.push(
        '',
        `/** Entries of other resources that ${resource}'s tables list too, each run headed by its home resource. */`,
        constant('sharedIn', sharedIn),
      );
    }
    parts[resource] = { lines, shared: sharedIn.map(({ row, resource: home }) => ({ row, home })) };
  }
  return parts;
}

/** The text of src/codes/notes.ts: every note, by key, in the order of `resources` and the row files. */
export function notesOf({ resources, rows }) {
  const noted = resources.filter((resource) => resource in rows).flatMap((resource) => rows[resource].filter((row) => row[5]?.note !== undefined));
  return [
    '// Generated by scripts/pack-catalog.mjs from the row files src/codes/<resource>.ts: do not edit.',
    '// After changing a row file run `npm run pack-catalog`; test/packed.test.ts fails while this file is stale.',
    '',
    `/** Every entry's note by key (${noted.length} entries have one), frozen. */`,
    'export const notes: { readonly [key: string]: string } = /* @__PURE__ */ Object.freeze({',
    ...noted.map((row) => `  ${row[1]}: ${literal(row[5].note)},`),
    '});',
    '',
  ].join('\n');
}

const literal = (value) => JSON.stringify(value).replace(/[\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`);
const union = (values) => (values.length ? [...new Set(values)].map(literal).join(' | ') : 'never');
const placeholders = (message) => [...new Set([...message.matchAll(/\{([^{}]*)\}/g)].map((found) => found[1]))];

/**
 * The types part of src/codes/generated/<resource>.ts: the resource's entries as the compiler
 * sees them, written out rather than derived from the rows, so that a consumer's compiler
 * reads one interface property per entry instead of instantiating conditional types over the
 * rows (test/typecheck-budget.test.ts measures the difference).
 */
export function typesOf(resource, rows) {
  const entry = ([code, key, category, api, message, details = {}]) =>
    `  readonly ${key}: ${category === 'success' ? 'EntryType' : 'KindedEntryType'}<${[literal(key), code, literal(category), literal(resource), literal(api), literal(message), union(placeholders(message)), union(details.operations ?? []), ...(details.audience ? [literal(details.audience)] : [])].join(', ')}>;`;
  const of = (category, field) => union(rows.filter((row) => category === undefined || row[2] === category).map((row) => row[field]));
  return [
    `/** Every ${resource} entry by key, with its literal code, category, resource, api, message, params, operations and audience (\`'user'\` unless written). */`,
    'export interface Entries {',
    ...rows.map(entry),
    '}',
    '',
    '/** The placeholder names of each entry that has some: the params a call by key needs. */',
    'export interface Params {',
    ...rows.filter((row) => placeholders(row[4]).length).map((row) => `  readonly ${row[1]}: ${union(placeholders(row[4]))};`),
    '}',
    '',
    '/** The same placeholders as the message writes them: what a compile error names. */',
    'export interface Placeholders {',
    ...rows.filter((row) => placeholders(row[4]).length).map((row) => `  readonly ${row[1]}: ${literal(placeholders(row[4]).map((name) => `{${name}}`).join(', '))};`),
    '}',
    '',
    `export type Code = ${of(undefined, 0)};`,
    `export type SuccessCode = ${of('success', 0)};`,
    `export type ErrorCode = ${of('error', 0)};`,
    `export type WarningCode = ${of('warning', 0)};`,
    `export type SuccessKey = ${of('success', 1)};`,
    `export type ErrorKey = ${of('error', 1)};`,
    `export type WarningKey = ${of('warning', 1)};`,
    `export type Operation = ${union(rows.flatMap((row) => row[5]?.operations ?? []))};`,
  ];
}

/**
 * The types of the entries other resources share with one (its `sharedIn`), picked from their
 * home modules: a view of the resource joins them to its own.
 */
function sharedTypesOf(resource, shared) {
  const homes = [...new Set(shared.map(({ home }) => home))];
  const picks = (name, withParams) =>
    homes.map((home) => {
      const keys = shared.filter((entry) => entry.home === home && (!withParams || placeholders(entry.row[4]).length)).map(({ row }) => literal(row[1]));
      return `Pick<${exportName(home)}.${name}, ${keys.join(' | ') || 'never'}>`;
    });
  const imports = homes.map((home) => `import type * as ${exportName(home)} from './${home}.js';`);
  const lines = [
    '',
    `/** The entries of other resources that ${resource}'s tables list too (\`sharedIn\`), typed by their home resources' modules. */`,
    `export interface SharedEntries extends ${picks('Entries', false).join(', ')} {}`,
    '/** Their placeholder names, for those that have some. */',
    `export interface SharedParams extends ${picks('Params', true).join(', ')} {}`,
    '/** Their placeholders as the messages write them. */',
    `export interface SharedPlaceholders extends ${picks('Placeholders', true).join(', ')} {}`,
  ];
  return { imports, lines };
}

/** The text of src/codes/generated/<resource>.ts: the resource's packed data, then its types. */
export function moduleOf(resource, rows, { lines, shared }) {
  const entryTypes = [...new Set(rows.map((row) => (row[2] === 'success' ? 'EntryType' : 'KindedEntryType')))].sort();
  const sharedTypes = shared.length ? sharedTypesOf(resource, shared) : { imports: [], lines: [] };
  return [
    `// Generated by scripts/pack-catalog.mjs from src/codes/${resource}.ts${shared.length ? ' and the entries other row files share with it' : ''}:`,
    '// do not edit. After changing a row file run `npm run pack-catalog`; test/packed.test.ts fails',
    '// while this file is stale. The packed format is described in the script; src/catalog.ts reads it.',
    "import type { Packed } from '../../catalog.js';",
    `import type { ${entryTypes.join(', ')} } from '../index.js';`,
    ...sharedTypes.imports,
    '',
    ...lines,
    '',
    ...typesOf(resource, rows),
    ...sharedTypes.lines,
    '',
  ].join('\n');
}

/**
 * The text of src/codes/generated/index.ts: every resource's module joined, request-level
 * entries first, as the root entry holds them (src/views/all.ts reads it as a view reads its
 * resource's module).
 */
export function indexOf(resources) {
  const each = (name) => resources.map((resource) => `${exportName(resource)}.${name}`).join(' | ');
  const bases = (name) => resources.map((resource) => `${exportName(resource)}.${name}`).join(', ');
  return [
    '// Generated by scripts/pack-catalog.mjs from the row files src/codes/<resource>.ts: do not edit.',
    '// After changing a row file run `npm run pack-catalog`; test/packed.test.ts fails while this file is stale.',
    "import type { Part } from '../../catalog.js';",
    ...resources.map((resource) => `import * as ${exportName(resource)} from './${resource}.js';`),
    '',
    "/** Every resource's packed entries, in the order of `resources`: the root entry's catalog. */",
    `export const parts: readonly Part[] = [${resources.map((resource) => `['${resource}', ${exportName(resource)}.home]`).join(', ')}];`,
    '',
    '/** Every entry by key, with its literal types. */',
    `export interface Entries extends ${bases('Entries')} {}`,
    '/** The placeholder names of each entry that has some. */',
    `export interface Params extends ${bases('Params')} {}`,
    '/** The same placeholders as messages write them. */',
    `export interface Placeholders extends ${bases('Placeholders')} {}`,
    '',
    ...['Code', 'SuccessCode', 'ErrorCode', 'WarningCode', 'SuccessKey', 'ErrorKey', 'WarningKey', 'Operation'].map((name) => `export type ${name} = ${each(name)};`),
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const loaded = await loadRows();
  const packed = packCatalog(loaded);
  const files = Object.fromEntries(Object.entries(loaded.rows).map(([resource, rows]) => [`generated/${resource}.ts`, moduleOf(resource, rows, packed[resource])]));
  files['generated/index.ts'] = indexOf(loaded.resources.filter((resource) => resource in loaded.rows));
  files['notes.ts'] = notesOf(loaded);
  const path = (name) => new URL(`../src/codes/${name}`, import.meta.url);
  const stale = Object.keys(files).filter((name) => !existsSync(path(name)) || readFileSync(path(name), 'utf8') !== files[name]);
  const folder = new URL('../src/codes/generated/', import.meta.url);
  const orphans = existsSync(folder) ? readdirSync(folder).map((name) => `generated/${name}`).filter((name) => !(name in files)) : [];
  if (process.argv.includes('--check')) {
    if (stale.length || orphans.length) {
      console.error(`pack-catalog: stale: ${[...stale, ...orphans].join(', ')}; run \`npm run pack-catalog\``);
      process.exit(1);
    }
  } else {
    mkdirSync(folder, { recursive: true });
    for (const name of stale) writeFileSync(path(name), files[name]);
    for (const name of orphans) rmSync(path(name));
    console.log(`pack-catalog: ${Object.keys(loaded.rows).length} resources, ${stale.length} files written, ${orphans.length} removed`);
  }
}
