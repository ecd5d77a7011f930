import { existsSync, readFileSync } from 'node:fs';
import { noteOf } from 'capillary-codes/notes';
import { describe, expect, it } from 'vitest';
import { catalog, entries, resources, type Category, type Entry, type Resource } from 'capillary-codes';
import { generateDocs } from '../scripts/generate-docs.js';

const committed = readFileSync(new URL('../docs/CODES.md', import.meta.url), 'utf8');
const docs = generateDocs(catalog);

const categories: readonly Category[] = ['success', 'error', 'warning'];
const titleOf = (resource: Resource) => (resource === 'api' ? 'Request-level codes' : resource);

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

/** The text of each `## ` section, by title. */
function sectionsOf(text: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const part of text.split(/\n(?=## )/).slice(1)) sections.set(part.slice(3, part.indexOf('\n')), part);
  return sections;
}

/** The text of each `### ` table of a section, by heading. */
function tablesOf(section: string): Map<string, string> {
  const tables = new Map<string, string>();
  for (const part of section.split(/\n(?=### )/).slice(1)) tables.set(part.slice(4, part.indexOf('\n')), part);
  return tables;
}

const rowsOf = (text: string) => text.split('\n').filter((line) => /^\| \d+ \|/.test(line));
const isPointer = (row: string) => cellsOf(row)[1]!.startsWith('[`');
const rowOf = (text: string, key: string) => text.split('\n').find((line) => line.includes(`<a id="${key}">`)) ?? '';
const homeRows = new Map(docs.split('\n').flatMap((line) => [...line.matchAll(/<a id="([^"]+)"><\/a>/g)].map((found) => [found[1]!, line] as const)));
const notesOf = (key: string) => cellsOf(homeRows.get(key) ?? '').at(-1) ?? '';
const sections = sectionsOf(docs);
const homeSection = (entry: Entry) => sections.get(titleOf(entry.resource))!;
const listedIn = (resource: Resource) => catalog.filter((entry) => entry.resource === resource || entry.sharedWith?.includes(resource));

describe('docs/CODES.md', () => {
  it('is what the generator makes of the catalog in src (run `npm run docs` when this fails)', () => {
    expect(committed).toBe(docs);
  });

  it('says in its first line that it is generated, and by what', () => {
    expect(docs.split('\n')[0]).toMatch(/^_Generated .*`scripts\/generate-docs\.ts` \(`npm run docs`\).*do not edit by hand\._$/);
  });

  it('has one section per resource, in `resources` order, whatever the catalog order', () => {
    expect([...sections.keys()]).toEqual(resources.map(titleOf));
    expect([...sectionsOf(generateDocs([...catalog].reverse())).keys()]).toEqual(resources.map(titleOf));
    expect(generateDocs([...catalog])).toBe(docs);
  });

  it('gives every entry exactly one anchor, in its home resource’s table of its category', () => {
    const anchors = [...docs.matchAll(/<a id="([^"]+)"><\/a>/g)].map((found) => found[1]);
    expect(anchors).toHaveLength(catalog.length);
    expect(new Set(anchors).size).toBe(catalog.length);
    for (const entry of catalog) {
      const table = tablesOf(homeSection(entry)).get(`${titleOf(entry.resource)}: ${entry.category} codes`) ?? '';
      expect(rowOf(table, entry.key), entry.key).toMatch(new RegExp(`^\\| ${entry.code} \\| <a id="${entry.key}"></a>\`${entry.key}\` \\|`));
    }
  });

  it('lists a shared entry in each resource it is shared with as a pointer to its anchor', () => {
    const shared = catalog.filter((entry) => entry.sharedWith?.length);
    expect(shared.length).toBeGreaterThan(0);
    for (const entry of shared) {
      for (const resource of entry.sharedWith!) {
        const table = tablesOf(sections.get(titleOf(resource))!).get(`${titleOf(resource)}: ${entry.category} codes`) ?? '';
        const pointers = rowsOf(table).filter((row) => cellsOf(row)[1] === `[\`${entry.key}\`](#${entry.key})`);
        expect(pointers, `${entry.key} in ${resource}`).toHaveLength(1);
        expect(pointers[0]).toContain(`Listed under [${titleOf(entry.resource)}](#${slug(titleOf(entry.resource))}).`);
      }
    }
  });

  it('has in each section and its index row the counts the catalog has', () => {
    const index = docs.slice(0, docs.indexOf('\n## '));
    for (const resource of resources) {
      const own = (category: Category) => catalog.filter((entry) => entry.resource === resource && entry.category === category);
      const sharedIn = listedIn(resource).filter((entry) => entry.resource !== resource);
      const indexRow = index.split('\n').find((line) => line.startsWith(`| [${titleOf(resource)}](#`));
      expect(cellsOf(indexRow ?? '').slice(1), resource).toEqual([...categories.map((category) => String(own(category).length)), String(sharedIn.length)]);
      const tables = tablesOf(sections.get(titleOf(resource))!);
      for (const category of categories) {
        const rows = rowsOf(tables.get(`${titleOf(resource)}: ${category} codes`) ?? '');
        expect(rows.filter((row) => !isPointer(row)).length, `${resource} ${category}`).toBe(own(category).length);
        expect(rows.filter(isPointer).length, `${resource} ${category}`).toBe(
          sharedIn.filter((entry) => entry.category === category).length,
        );
      }
    }
  });

  it('sorts each table by code', () => {
    for (const section of sections.values()) {
      for (const table of tablesOf(section).values()) {
        const codes = rowsOf(table).map((row) => Number(cellsOf(row)[0]));
        expect(codes).toEqual([...codes].sort((a, b) => a - b));
      }
    }
  });

  it('shows the kind and whether it is retryable for every error and warning', () => {
    const failures = catalog.filter((entry) => entry.category !== 'success');
    expect(failures.some((entry) => entry.retryable)).toBe(true);
    for (const entry of failures) {
      const [, , , kind, retryable] = cellsOf(homeRows.get(entry.key) ?? '');
      expect(entry.kind, entry.key).toBeDefined();
      expect([kind, retryable], entry.key).toEqual([entry.kind, entry.retryable ? 'yes' : 'no']);
    }
  });

  it('links only to anchors that exist: keys, headings, and DATA.md’s error kinds and audience', () => {
    const anchors = new Set([...docs.matchAll(/<a id="([^"]+)"><\/a>/g)].map((found) => found[1]));
    const headings = docs.split('\n').filter((line) => /^#{1,3} /.test(line)).map((line) => slug(line.replace(/^#+ /, '')));
    expect(new Set(headings).size, 'GitHub numbers repeated headings, which breaks their links').toBe(headings.length);
    for (const heading of headings) anchors.add(heading);
    const links = [...docs.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((found) => found[1]!);
    expect(links.length).toBeGreaterThan(catalog.length);
    for (const target of links.filter((link) => link.startsWith('#'))) expect(anchors.has(target.slice(1)), target).toBe(true);
    const files = links.filter((link) => !link.startsWith('#'));
    expect(files).toEqual(['DATA.md#error-kinds', 'DATA.md#audience']);
    const data = new URL('../docs/DATA.md', import.meta.url);
    expect(existsSync(data) && readFileSync(data, 'utf8').split('\n').includes('## Error kinds')).toBe(true);
    expect(readFileSync(data, 'utf8').split('\n').includes('## Audience')).toBe(true);
  });

  it('holds no HTML but the anchors', () => {
    expect(docs.replace(/<a id="[A-Z0-9_]+"><\/a>/g, '')).not.toMatch(/<[a-z!/]/i);
  });

  it('fits in what GitHub renders of a Markdown file (512,000 bytes)', () => {
    expect(Buffer.byteLength(docs)).toBeLessThan(512_000);
  });

  it('names, from each side, the other resources that use a code for something else', () => {
    const pairs: readonly (readonly [number, Resource, Resource])[] = [
      [1101, 'customers', 'transactions'],
      [8093, 'customers', 'staff'],
      [500, 'api', 'transactions'],
    ];
    for (const [code, one, other] of pairs) {
      const a = catalog.find((entry) => entry.code === code && entry.resource === one);
      const b = catalog.find((entry) => entry.code === code && entry.resource === other && entry.message !== a?.message);
      expect(a && b, `${code} in ${one} and ${other}`).toBeTruthy();
      const name = (resource: Resource) => (resource === 'api' ? 'request-level codes' : resource);
      expect(notesOf(a!.key)).toMatch(new RegExp(`\\*\\*Same code\\*\\* (.*; )?in ${name(other)}: [^;]*\\[\`${b!.key}\`\\]\\(#${b!.key}\\)`));
      expect(notesOf(b!.key)).toMatch(new RegExp(`\\*\\*Same code\\*\\* (.*; )?in ${name(one)}: [^;]*\\[\`${a!.key}\`\\]\\(#${a!.key}\\)`));
    }
  });

  it('counts the code’s entries of another resource, linked to their table, where they are too many to list', () => {
    const many = catalog.filter((entry) => entry.code === 400 && entry.resource === 'rewards-catalog');
    expect(many.length).toBeGreaterThan(3);
    expect(notesOf('ADMIN_AUTH_NOT_SUPPORTED')).toContain(`in rewards-catalog: [${many.length} entries](#rewards-catalog-error-codes)`);
    expect(slug('rewards-catalog: error codes')).toBe('rewards-catalog-error-codes');
  });

  it('marks and explains the duplicates within a resource', () => {
    const retrieved = entries.CUSTOMER_RETRIEVED;
    const texts = catalog.filter((entry) => entry.resource === 'customers' && entry.code === retrieved.code && entry.category === 'success');
    expect(notesOf('LOOKUP_INVALID_SOURCE_ACCOUNT')).toContain('**Paraphrase**: the documentation\'s wording; the server sends [`LOOKUP_INVALID_SOURCE`](#LOOKUP_INVALID_SOURCE).');
    expect(notesOf('LOOKUP_INVALID_SOURCE')).toContain('**Server text**');
    expect(notesOf('ADMIN_AUTH_NOT_SUPPORTED')).toContain('**Same code** as an error, [`INVALID_INPUT`](#INVALID_INPUT) (request-level codes).');
    expect(notesOf('INVALID_INPUT')).toContain('**Same code** as a warning, [`ADMIN_AUTH_NOT_SUPPORTED`](#ADMIN_AUTH_NOT_SUPPORTED) (customers).');
    expect(notesOf('CUSTOMER_STATUS_GET_FAILED')).toContain('**Same code and text** as a warning');
    expect(notesOf('RECOMMENDATIONS_FETCHED')).toContain('**Same text** as 1061 [`RECOMMENDATIONS_FETCHED_1061`]');
    expect(notesOf('NO_IDENTIFIER_PROVIDED')).toContain('**Same text** as an alias of 400 [`INVALID_INPUT`](#INVALID_INPUT)');
    expect(notesOf('CUSTOMER_RETRIEVED')).toContain(`**Same code**: one of ${texts.length} success texts of ${retrieved.code}; the operation tells them apart.`);
    expect(notesOf('MERGE_ALREADY_DONE_WARNING')).toContain('likely a documentation slip');
  });

  it('leaves the notes empty for an entry that nothing else shares a code or text with', () => {
    const wordings = (entry: Entry) => [entry.message, ...(entry.aliases ?? [])];
    const alone = (entry: Entry) => catalog.every((other) => other === entry || (other.code !== entry.code && !wordings(other).includes(entry.message)));
    const plain = catalog.find((entry) => !entry.aliases && noteOf(entry) === undefined && !entry.operations && alone(entry));
    expect(plain).toBeDefined();
    expect(rowOf(docs, plain!.key)).toMatch(/\| {2}\|$/);
  });

  it('shows each message verbatim, table syntax escaped', () => {
    const row = rowOf(docs, 'INVALID_START_DATE_FORMAT');
    expect(row).toContain("Invalid startDate. Should be in 'yyyy-MM-dd' format");
    const piped = generateDocs([{ ...entries.DATE_IN_PAST, message: 'a | b <i> {x}', aliases: ['c *d*'] }]);
    expect(cellsOf(rowOf(piped, 'DATE_IN_PAST'))[2]).toBe('a \\| b &lt;i&gt; {x}');
    expect(rowOf(piped, 'DATE_IN_PAST')).toContain('Also worded: “c \\*d\\*”.');
  });
});
