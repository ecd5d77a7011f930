import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { noteOf } from 'capillary-codes/notes';
import { describe, expect, it } from 'vitest';
import { catalog, entries, kinds, resources, type Category, type Entry, type Resource } from 'capillary-codes';
import { endpoints } from 'capillary-codes/endpoints';
import { generateDocs } from '../scripts/generate-docs.js';
import { countsSections, metricsHeader, samplesSection, tableFileCount } from '../scripts/generate-metrics.js';
import { sampleFigures } from '../scripts/sample-figures.js';

const docsFolder = new URL('../docs/', import.meta.url);
const docs = generateDocs(catalog);
const index = docs.get('CODES.md')!;

const categories: readonly Category[] = ['success', 'error', 'warning'];
const titleOf = (resource: Resource) => (resource === 'api' ? 'Request-level codes' : resource);
const pathOf = (resource: Resource) => `codes/${resource}.md`;

/** GitHub's heading anchors, written here again so that the generator's own cannot vouch for itself. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

/** A table row's cells, `\|` and `\\` read as escapes. */
function cellsOf(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 1; i < row.length; i += 1) {
    const char = row[i]!;
    if (char === '\\') {
      current += char + (row[i + 1] ?? '');
      i += 1;
    } else if (char === '|') {
      cells.push(current.trim());
      current = '';
    } else current += char;
  }
  return cells;
}

/** The text of each `## ` table of a page, by heading. */
function tablesOf(page: string): Map<string, string> {
  const tables = new Map<string, string>();
  for (const part of page.split(/\n(?=## )/).slice(1)) tables.set(part.slice(3, part.indexOf('\n')), part);
  return tables;
}

const pageOf = (resource: Resource) => docs.get(pathOf(resource)) ?? '';
const rowsOf = (text: string) => text.split('\n').filter((line) => /^\| \d+ \|/.test(line));
const isPointer = (row: string) => cellsOf(row)[1]!.startsWith('[`');
const rowOf = (text: string, key: string) => text.split('\n').find((line) => line.includes(`<a id="${key}">`)) ?? '';
const anchorsIn = (text: string) => [...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map((found) => found[1]!);
const allPages = [...docs.values()].join('\n');
const homeRows = new Map(allPages.split('\n').flatMap((line) => anchorsIn(line).map((key) => [key, line] as const)));
const notesOf = (key: string) => cellsOf(homeRows.get(key) ?? '').at(-1) ?? '';
const listedIn = (resource: Resource) => catalog.filter((entry) => entry.resource === resource || entry.sharedWith?.includes(resource));
/** The link to an entry's row from a page of `from`. */
const linkTo = (from: Resource, entry: Entry) => `[\`${entry.key}\`](${entry.resource === from ? '' : `${entry.resource}.md`}#${entry.key})`;

describe('docs/CODES.md and docs/codes/', () => {
  it('are what the generator makes of the catalog in src, page by page (run `npm run generate` when this fails)', () => {
    for (const [path, text] of docs) expect(readFileSync(new URL(path, docsFolder), 'utf8'), path).toBe(text);
    // A page left from a resource the catalog no longer has is stale too.
    expect(readdirSync(new URL('codes/', docsFolder)).map((name) => `codes/${name}`).sort()).toEqual([...docs.keys()].filter((path) => path !== 'CODES.md').sort());
  });

  it('say in their first line that they are generated, and by what', () => {
    for (const [path, text] of docs) expect(text.split('\n')[0], path).toMatch(/^_Generated .*`scripts\/generate-docs\.ts` \(`npm run generate`\).*do not edit by hand\._$/);
  });

  it('have one page per resource, linked from the index in `resources` order, whatever the catalog order', () => {
    const linked = (text: string) => [...text.matchAll(/^\| \[[^\]]+\]\((codes\/[^)]+)\)/gm)].map((found) => found[1]);
    expect([...docs.keys()]).toEqual(['CODES.md', ...resources.map(pathOf)]);
    expect(linked(index)).toEqual(resources.map(pathOf));
    for (const resource of resources) expect(pageOf(resource).split('\n')[2], resource).toBe(`# ${titleOf(resource)}`);
    const reversed = generateDocs([...catalog].reverse());
    expect([...reversed.keys()]).toEqual([...docs.keys()]);
    expect(linked(reversed.get('CODES.md')!)).toEqual(resources.map(pathOf));
    expect(generateDocs([...catalog])).toEqual(docs);
  });

  it('give every entry exactly one anchor, in its home resource’s table of its category', () => {
    const anchors = anchorsIn(allPages);
    expect(anchors).toHaveLength(catalog.length);
    expect(new Set(anchors).size).toBe(catalog.length);
    for (const entry of catalog) {
      const table = tablesOf(pageOf(entry.resource)).get(`${titleOf(entry.resource)}: ${entry.category} codes`) ?? '';
      expect(rowOf(table, entry.key), entry.key).toMatch(new RegExp(`^\\| ${entry.code} \\| <a id="${entry.key}"></a>\`${entry.key}\` \\|`));
    }
  });

  it('list a shared entry in each resource it is shared with as a pointer to its anchor on its home page', () => {
    const shared = catalog.filter((entry) => entry.sharedWith?.length);
    expect(shared.length).toBeGreaterThan(0);
    for (const entry of shared) {
      for (const resource of entry.sharedWith!) {
        const table = tablesOf(pageOf(resource)).get(`${titleOf(resource)}: ${entry.category} codes`) ?? '';
        const pointers = rowsOf(table).filter((row) => cellsOf(row)[1] === `[\`${entry.key}\`](${entry.resource}.md#${entry.key})`);
        expect(pointers, `${entry.key} in ${resource}`).toHaveLength(1);
        expect(pointers[0]).toContain(`Listed under [${titleOf(entry.resource)}](${entry.resource}.md).`);
      }
    }
  });

  it('have on each page and its index row the counts the catalog has', () => {
    for (const resource of resources) {
      const own = (category: Category) => catalog.filter((entry) => entry.resource === resource && entry.category === category);
      const sharedIn = listedIn(resource).filter((entry) => entry.resource !== resource);
      const indexRow = index.split('\n').find((line) => line.startsWith(`| [${titleOf(resource)}](${pathOf(resource)}) |`));
      expect(cellsOf(indexRow ?? '').slice(1), resource).toEqual([...categories.map((category) => String(own(category).length)), String(sharedIn.length)]);
      const tables = tablesOf(pageOf(resource));
      for (const category of categories) {
        const rows = rowsOf(tables.get(`${titleOf(resource)}: ${category} codes`) ?? '');
        expect(rows.filter((row) => !isPointer(row)).length, `${resource} ${category}`).toBe(own(category).length);
        expect(rows.filter(isPointer).length, `${resource} ${category}`).toBe(
          sharedIn.filter((entry) => entry.category === category).length,
        );
      }
    }
  });

  it('sort each table by code', () => {
    for (const page of docs.values()) {
      for (const table of tablesOf(page).values()) {
        const codes = rowsOf(table).map((row) => Number(cellsOf(row)[0]));
        expect(codes).toEqual([...codes].sort((a, b) => a - b));
      }
    }
  });

  it('show the kind and whether it is retryable for every error and warning', () => {
    const failures = catalog.filter((entry) => entry.category !== 'success');
    expect(failures.some((entry) => entry.retryable)).toBe(true);
    for (const entry of failures) {
      const [, , , kind, retryable] = cellsOf(homeRows.get(entry.key) ?? '');
      expect(entry.kind, entry.key).toBeDefined();
      expect([kind, retryable], entry.key).toEqual([entry.kind, entry.retryable ? 'yes' : 'no']);
    }
  });

  it('link only to anchors that exist: keys and headings of any page, and DATA.md’s error kinds and audience', () => {
    const headingsOf = (text: string) => text.split('\n').filter((line) => /^#{1,3} /.test(line)).map((line) => slug(line.replace(/^#+ /, '')));
    /** Every place a link may name, as `docs/`-relative path and anchor. */
    const places = new Set<string>();
    for (const [path, text] of docs) {
      const headings = headingsOf(text);
      expect(new Set(headings).size, `${path}: GitHub numbers repeated headings, which breaks their links`).toBe(headings.length);
      for (const anchor of [...anchorsIn(text), ...headings]) places.add(`${path}#${anchor}`);
      places.add(path);
    }
    const data = readFileSync(new URL('DATA.md', docsFolder), 'utf8');
    for (const heading of headingsOf(data)) places.add(`DATA.md#${heading}`);
    let links = 0;
    for (const [path, text] of docs) {
      const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
      for (const [, target] of text.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) {
        links += 1;
        // A link resolved as GitHub does: relative to the page's folder, `#…` on the page itself.
        const resolved = target!.startsWith('#') ? `${path}${target}` : new URL(target!, `file:///docs/${folder}`).pathname.replace(/^\/docs\//, '') + (target!.includes('#') ? target!.slice(target!.indexOf('#')) : '');
        expect(places.has(resolved), `${path}: ${target}`).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(catalog.length);
    expect(index).toContain('[the rules](DATA.md#error-kinds)');
    expect(index).toContain('[the rules](DATA.md#audience)');
    expect(existsSync(new URL('DATA.md', docsFolder))).toBe(true);
  });

  it('hold no HTML but the anchors', () => {
    for (const [path, text] of docs) expect(text.replace(/<a id="[A-Z0-9_]+"><\/a>/g, ''), path).not.toMatch(/<[a-z!/]/i);
  });

  it('each fit well within what GitHub renders of a Markdown file: under 400 KB a page', () => {
    for (const [path, text] of docs) expect(Buffer.byteLength(text), path).toBeLessThan(400 * 1024);
  });

  it('name, from each side, the other resources that use a code for something else, linked to their page', () => {
    const pairs: readonly (readonly [number, Resource, Resource])[] = [
      [1101, 'customers', 'transactions'],
      [8093, 'customers', 'staff'],
      [500, 'api', 'transactions'],
    ];
    const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const [code, one, other] of pairs) {
      const a = catalog.find((entry) => entry.code === code && entry.resource === one);
      const b = catalog.find((entry) => entry.code === code && entry.resource === other && entry.message !== a?.message);
      expect(a && b, `${code} in ${one} and ${other}`).toBeTruthy();
      const name = (resource: Resource) => (resource === 'api' ? 'request-level codes' : resource);
      expect(notesOf(a!.key)).toMatch(new RegExp(`\\*\\*Same code\\*\\* (.*; )?in ${name(other)}: [^;]*${escaped(linkTo(one, b!))}`));
      expect(notesOf(b!.key)).toMatch(new RegExp(`\\*\\*Same code\\*\\* (.*; )?in ${name(one)}: [^;]*${escaped(linkTo(other, a!))}`));
    }
  });

  it('count the code’s entries of another resource, linked to their table, where they are too many to list', () => {
    const many = catalog.filter((entry) => entry.code === 400 && entry.resource === 'rewards-catalog');
    expect(many.length).toBeGreaterThan(3);
    expect(notesOf('ADMIN_AUTH_NOT_SUPPORTED')).toContain(`in rewards-catalog: [${many.length} entries](rewards-catalog.md#rewards-catalog-error-codes)`);
    expect(slug('rewards-catalog: error codes')).toBe('rewards-catalog-error-codes');
  });

  it('mark and explain the duplicates within a resource', () => {
    const retrieved = entries.CUSTOMER_RETRIEVED;
    const texts = catalog.filter((entry) => entry.resource === 'customers' && entry.code === retrieved.code && entry.category === 'success');
    expect(notesOf('LOOKUP_INVALID_SOURCE_ACCOUNT')).toContain('**Paraphrase**: the documentation\'s wording; the server sends [`LOOKUP_INVALID_SOURCE`](#LOOKUP_INVALID_SOURCE).');
    expect(notesOf('LOOKUP_INVALID_SOURCE')).toContain('**Server text**');
    expect(notesOf('ADMIN_AUTH_NOT_SUPPORTED')).toContain('**Same code** as an error, [`INVALID_INPUT`](api.md#INVALID_INPUT) (request-level codes).');
    expect(notesOf('INVALID_INPUT')).toContain('**Same code** as a warning, [`ADMIN_AUTH_NOT_SUPPORTED`](customers.md#ADMIN_AUTH_NOT_SUPPORTED) (customers).');
    expect(notesOf('CUSTOMER_STATUS_GET_FAILED')).toContain('**Same code and text** as a warning');
    expect(notesOf('RECOMMENDATIONS_FETCHED')).toContain('**Same text** as 1061 [`RECOMMENDATIONS_FETCHED_1061`]');
    expect(notesOf('NO_IDENTIFIER_PROVIDED')).toContain('**Same text** as an alias of 400 [`INVALID_INPUT`](api.md#INVALID_INPUT)');
    expect(notesOf('CUSTOMER_RETRIEVED')).toContain(`**Same code**: one of ${texts.length} success texts of ${retrieved.code}; the operation tells them apart.`);
    expect(notesOf('MERGE_ALREADY_DONE_WARNING')).toContain('likely a documentation slip');
  });

  it('leave the notes empty for an entry that nothing else shares a code or text with', () => {
    const wordings = (entry: Entry) => [entry.message, ...(entry.aliases ?? [])];
    const alone = (entry: Entry) => catalog.every((other) => other === entry || (other.code !== entry.code && !wordings(other).includes(entry.message)));
    const plain = catalog.find((entry) => !entry.aliases && noteOf(entry) === undefined && !entry.operations && alone(entry));
    expect(plain).toBeDefined();
    expect(rowOf(pageOf(plain!.resource), plain!.key)).toMatch(/\| {2}\|$/);
  });

  it('show each message verbatim, table syntax escaped', () => {
    const row = rowOf(allPages, 'INVALID_START_DATE_FORMAT');
    expect(row).toContain("Invalid startDate. Should be in 'yyyy-MM-dd' format");
    const piped = generateDocs([{ ...entries.DATE_IN_PAST, message: 'a | b <i> {x}', aliases: ['c *d*'] }]);
    const page = piped.get(pathOf(entries.DATE_IN_PAST.resource))!;
    expect(cellsOf(rowOf(page, 'DATE_IN_PAST'))[2]).toBe('a \\| b &lt;i&gt; {x}');
    expect(rowOf(page, 'DATE_IN_PAST')).toContain('Also worded: “c \\*d\\*”.');
  });
});

describe('docs/METRICS.md', () => {
  const metrics = readFileSync(new URL('METRICS.md', docsFolder), 'utf8');
  /** A table's rows as cells, by their first cell. */
  const rowsByName = (text: string) => new Map(text.split('\n').filter((line) => /^\| [^-]/.test(line)).map((line) => [cellsOf(line)[0]!, cellsOf(line).slice(1)] as const));

  it('says that it is generated, and has its sections in order', () => {
    expect(metrics.startsWith(metricsHeader)).toBe(true);
    expect(metrics.split('\n').filter((line) => line.startsWith('## '))).toEqual(
      ['Entries', 'Kinds', 'Audiences', 'Origins', 'Codes with several entries', 'Endpoints', 'Sources', 'Published samples', 'Size', 'Type-check cost'].map((title) => `## ${title}`),
    );
  });

  it('counts what the catalog, the endpoints and the tables hold now (run `npm run generate` when this fails)', () => {
    expect(metrics).toContain(countsSections(catalog, endpoints, tableFileCount()));
  });

  it('gives the figures of the published samples as read now (run `npm run generate` when this fails)', () => {
    expect(metrics).toContain(samplesSection({ published: sampleFigures('published'), docs: sampleFigures('docs') }));
  });

  it('gives each resource, kind and audience the count the catalog has', () => {
    const rows = rowsByName(metrics.slice(0, metrics.indexOf('\n## Codes with several entries')));
    for (const resource of resources) {
      const own = catalog.filter((entry) => entry.resource === resource);
      const name = resource === 'api' ? 'request-level (`api`)' : resource;
      expect(rows.get(name)?.slice(0, 4), resource).toEqual([own.length, ...categories.map((category) => own.filter((entry) => entry.category === category).length)].map((n) => n.toLocaleString('en-US')));
    }
    const failures = catalog.filter((entry) => entry.category !== 'success');
    expect(metrics).toContain(`Of the ${failures.length.toLocaleString('en-US')} errors and warnings, ${failures.filter((entry) => entry.retryable).length} retryable`);
    for (const kind of kinds) {
      const ofKind = failures.filter((entry) => entry.kind === kind);
      expect(rows.get(`\`${kind}\``), kind).toEqual([String(ofKind.length), String(ofKind.filter((entry) => entry.retryable).length)]);
    }
    expect(rows.get('`developer`')).toEqual([catalog.filter((entry) => entry.audience === 'developer').length.toLocaleString('en-US')]);
    expect(metrics).toContain(`${endpoints.length} documented requests`);
  });
});
