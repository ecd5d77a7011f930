// Writes the reference of every entry from the catalog: docs/CODES.md, the index, and one page
// per resource, docs/codes/<resource>.md (one page of them all was past what GitHub renders).
// `npm run generate` (or `npm run docs` for these pages alone) bundles this file from src with
// esbuild; test/docs.test.ts regenerates the pages from src and fails when one is stale.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resources, type Category, type Entry, type Resource } from 'capillary-codes';
import { noteOf } from 'capillary-codes/notes';
import { relations } from '../src/explain.js';

const categories: readonly (readonly [Category, string])[] = [
  ['success', 'success codes'],
  ['error', 'error codes'],
  ['warning', 'warning codes'],
];

const articles: Record<Category, string> = { success: 'a success', error: 'an error', warning: 'a warning' };

/** A resource's section title: its slug, but for the request-level codes. */
const titleOf = (resource: Resource) => (resource === 'api' ? 'Request-level codes' : resource);

/** The resource as the notes name it. */
const nameOf = (resource: Resource) => (resource === 'api' ? 'request-level codes' : resource);

/** The anchor GitHub gives a heading: lower case, punctuation but `-` dropped, spaces as `-`. */
function headingAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/** A resource's page, as docs/CODES.md links it: `codes/customers.md`. */
export const pageOf = (resource: Resource) => `codes/${resource}.md`;

/** The link from one resource's page to a place on another's (or its own) page. */
const to = (from: Resource, resource: Resource, anchor?: string) =>
  `${resource === from ? '' : `${resource}.md`}${anchor === undefined ? '' : `#${anchor}`}`;

const tableHeading = (resource: Resource, plural: string) => `${titleOf(resource)}: ${plural}`;

// Table cells: Markdown and HTML specials escaped, so the table's wording shows verbatim.
function cell(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : `\\${char}`));
}

/** A link to an entry's row from a row of `entry` (on its home resource's page). */
const link = (entry: Entry, other: Entry) => `[\`${other.key}\`](${to(entry.resource, other.resource, other.key)})`;

/** A link to `other` from a row of `entry`, naming other's resource when it is another one. */
const linkFrom = (entry: Entry, other: Entry) => (other.resource === entry.resource ? link(entry, other) : `${link(entry, other)} (${nameOf(other.resource)})`);

/** The resources whose tables list an entry: its home, then the ones it is shared with. */
const tablesOf = (entry: Entry): readonly Resource[] => [entry.resource, ...(entry.sharedWith ?? [])];

/** The catalog indexed for the tables and their notes. */
interface Context {
  /** Entries by the resource tables that list them, at home or shared. */
  readonly byTable: ReadonlyMap<Resource, readonly Entry[]>;
  readonly byCode: ReadonlyMap<number, readonly Entry[]>;
}

function contextOf(catalog: readonly Entry[]): Context {
  const byTable = new Map<Resource, Entry[]>();
  const byCode = new Map<number, Entry[]>();
  const add = <K>(map: Map<K, Entry[]>, key: K, entry: Entry) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const entry of catalog) {
    for (const resource of tablesOf(entry)) add(byTable, resource, entry);
    add(byCode, entry.code, entry);
  }
  return { byTable, byCode };
}

/**
 * The entries a reader of this entry's tables sees beside it: every entry listed in a table that
 * lists this one. Its relations among them are the 0.1 duplicates (paraphrases, categories,
 * texts); the same code anywhere else is another resource's meaning of it.
 */
function neighbours(entry: Entry, context: Context): Set<Entry> {
  const found = new Set<Entry>();
  for (const resource of tablesOf(entry)) for (const other of context.byTable.get(resource) ?? []) found.add(other);
  return found;
}

/** More entries than a note lists one by one: it gives their count and links to their table instead. */
const listedAtMost = 3;

/** Where a reader of `entry`'s row finds a group of one resource's entries: their category's table, or the page when they mix categories. */
function placeOf(entry: Entry, group: readonly Entry[]): string {
  const [first] = group as [Entry, ...Entry[]];
  if (group.some((other) => other.category !== first.category)) return to(entry.resource, first.resource);
  return to(entry.resource, first.resource, headingAnchor(tableHeading(first.resource, categories.find(([category]) => category === first.category)![1])));
}

/** The entries of one category of the code, read from a row of `entry`: each linked, or counted per resource when many. */
function otherCategory(entry: Entry, group: readonly Entry[]): string {
  const { category } = group[0]!;
  if (group.length === 1) return `**Same code** as ${articles[category]}, ${linkFrom(entry, group[0]!)}.`;
  if (group.length <= listedAtMost) return `**Same code** as ${group.length} ${category} entries: ${group.map((other) => linkFrom(entry, other)).join(', ')}.`;
  const byResource = resources.map((resource) => group.filter((other) => other.resource === resource)).filter((there) => there.length);
  return `**Same code** as ${group.length} ${category} entries: ${byResource.map((there) => `[${there.length} in ${nameOf(there[0]!.resource)}](${placeOf(entry, there)})`).join(', ')}.`;
}

/** The code's entries in another resource, read from a row of `entry`: its other meanings there. */
function sameCodeIn(entry: Entry, there: readonly Entry[]): string {
  if (there.length > listedAtMost) return `[${there.length} entries](${placeOf(entry, there)})`;
  return there.map((other) => (other.category === entry.category ? link(entry, other) : `${link(entry, other)} (${other.category})`)).join(', ');
}

/** What a reader should know before trusting this entry's code or text alone: src/explain.ts's relations, in table words. */
function remarks(entry: Entry, context: Context): string[] {
  const near = neighbours(entry, context);
  const paraphrases: string[] = [];
  const texts: string[] = [];
  const categoryOthers = new Map<Category, Entry[]>();
  const sameCodeAndText: string[] = [];
  const elsewhere = new Set(context.byCode.get(entry.code)?.filter((other) => other !== entry && !near.has(other)));
  let siblings = 0;
  for (const relation of relations(entry, [...near])) {
    const { other } = relation;
    switch (relation.kind) {
      case 'paraphrase-of':
        paraphrases.push(`**Paraphrase**: the documentation's wording; the server sends ${linkFrom(entry, other)}.`);
        break;
      case 'paraphrased-by':
        paraphrases.push(`**Server text**: ${linkFrom(entry, other)} is the documentation's paraphrase of it.`);
        break;
      case 'other-category':
        if (relation.sameText) {
          sameCodeAndText.push(`**Same code and text** as ${articles[other.category]}, ${linkFrom(entry, other)}: the list it arrives in tells them apart.`);
        } else {
          categoryOthers.set(other.category, [...(categoryOthers.get(other.category) ?? []), other]);
        }
        break;
      case 'same-code':
        // Texts of the code in one table sit next to each other; one from another table needs its link.
        if (other.resource === entry.resource) siblings += 1;
        else elsewhere.add(other);
        break;
      case 'same-text':
        if (relation.wording !== entry.message) texts.push(`**Same text**: its alias is the text of ${other.code} ${linkFrom(entry, other)}.`);
        else if (relation.wording !== other.message) texts.push(`**Same text** as an alias of ${other.code} ${linkFrom(entry, other)}.`);
        else texts.push(`**Same text** as ${other.code} ${linkFrom(entry, other)}: only the code tells them apart.`);
        break;
    }
  }
  if (siblings) {
    const told = entry.operations ? '; the operation tells them apart' : '';
    paraphrases.push(`**Same code**: one of ${siblings + 1} ${entry.category} texts of ${entry.code}${told}.`);
  }
  // A resource's first entry of a code names the other resources' entries; its other entries of
  // the code point to it (the list repeated on each of 1000's thirteen rows took the page past
  // what GitHub renders).
  const first = context.byCode.get(entry.code)?.find((other) => other.resource === entry.resource);
  const inOthers =
    first && first !== entry && elsewhere.size
      ? [`elsewhere: as ${link(entry, first)}`]
      : resources.flatMap((resource) => {
          const there = [...elsewhere].filter((other) => other.resource === resource);
          return there.length ? [`in ${nameOf(resource)}: ${sameCodeIn(entry, there)}`] : [];
        });
  const lines = [
    ...(entry.audience === 'developer' ? ['**Developer** wording.'] : []),
    ...paraphrases,
    ...sameCodeAndText,
    ...categories.flatMap(([category]) => (categoryOthers.has(category) ? [otherCategory(entry, categoryOthers.get(category)!)] : [])),
    ...texts,
    ...(inOthers.length ? [`**Same code** ${inOthers.join('; ')}.`] : []),
  ];
  if (entry.operations) lines.push(`Operations: ${entry.operations.map((operation) => `\`${operation}\``).join(', ')}.`);
  if (entry.aliases?.length) lines.push(`Also worded: ${entry.aliases.map((alias) => `“${cell(alias)}”`).join('; ')}.`);
  const note = noteOf(entry);
  if (note) lines.push(`Note: ${cell(note)}`);
  return lines;
}

const failureCells = (entry: Entry) => (entry.category === 'success' ? [] : [entry.kind ?? '', entry.retryable ? 'yes' : 'no']);

/** One category's table of a resource: its own entries with their anchors, the shared ones as pointers, by code. */
function table(resource: Resource, category: Category, context: Context): string[] {
  const listed = (context.byTable.get(resource) ?? []).filter((entry) => entry.category === category);
  const own = listed.filter((entry) => entry.resource === resource);
  const shared = listed.filter((entry) => entry.resource !== resource);
  // A stable sort: the texts of one code keep their catalog order, own entries before pointers.
  const rows = [...own, ...shared].sort((a, b) => a.code - b.code);
  const failure = category !== 'success';
  const lines = [
    `| Code | Key | Message |${failure ? ' Kind | Retryable |' : ''} API | Notes |`,
    `| ---: | --- | --- |${failure ? ' --- | --- |' : ''} --- | --- |`,
  ];
  for (const entry of rows) {
    if (entry.resource === resource) {
      const key = `<a id="${entry.key}"></a>\`${entry.key}\``;
      lines.push(`| ${[entry.code, key, cell(entry.message), ...failureCells(entry), entry.api, remarks(entry, context).join(' ')].join(' | ')} |`);
    } else {
      // A pointer: the row is the home table's; Markdown leaves the cells not written empty.
      const home = entry.resource;
      lines.push(`| ${entry.code} | [\`${entry.key}\`](${to(resource, home, entry.key)}) | Listed under [${titleOf(home)}](${to(resource, home)}). |`);
    }
  }
  return lines;
}

/** Entries by category: `own` defined in the resource's table, `shared` defined in another one that this table lists too. */
function counts(resource: Resource, context: Context) {
  const listed = context.byTable.get(resource) ?? [];
  const of = (category: Category) => listed.filter((entry) => entry.category === category && entry.resource === resource).length;
  return { success: of('success'), error: of('error'), warning: of('warning'), shared: listed.filter((entry) => entry.resource !== resource).length };
}

const entriesWord = (count: number) => `${count.toLocaleString('en-US')} ${count === 1 ? 'entry' : 'entries'}`;

function intro(resource: Resource, context: Context): string {
  const { success, error, warning, shared } = counts(resource, context);
  const own = success + error + warning;
  const where =
    resource === 'api'
      ? 'Codes any endpoint may send, whatever its resource. Every resource view includes them, and `resolve` and `readStatuses` consider them under any `resource` hint.'
      : `The view \`capillary-codes/${resource}\` holds these entries, the ones listed here from other resources and the request-level codes.`;
  const mine = own ? `${entriesWord(own)} of its own (${success} success, ${error} error, ${warning} warning)` : 'No entry of its own';
  const others = !shared ? '' : shared === 1 ? '; 1 defined elsewhere is listed here too, linked to its row' : `; ${shared} defined elsewhere are listed here too, linked to their rows`;
  return `${where} ${mine}${others}.`;
}

const generatedLine = '_Generated from the catalog by `scripts/generate-docs.ts` (`npm run generate`): do not edit by hand._';

/** A resource's page: its tables of success, error and warning codes. */
function page(resource: Resource, context: Context): string {
  const lines = [
    generatedLine,
    '',
    `# ${titleOf(resource)}`,
    '',
    `[Every resource](../CODES.md) · [reading these tables](../CODES.md#reading-the-tables)`,
    '',
    intro(resource, context),
    '',
  ];
  const listed = context.byTable.get(resource) ?? [];
  for (const [category, words] of categories) {
    if (!listed.some((entry) => entry.category === category)) continue;
    lines.push(`## ${tableHeading(resource, words)}`, '', ...table(resource, category, context), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function index(present: readonly Resource[], context: Context): string[] {
  const lines = ['| Resource | Success | Error | Warning | Listed from others |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const resource of present) {
    const tally = counts(resource, context);
    const counted = [tally.success, tally.error, tally.warning, tally.shared];
    lines.push(`| [${titleOf(resource)}](${pageOf(resource)}) | ${counted.join(' | ')} |`);
  }
  return lines;
}

/** docs/CODES.md: what the pages hold, how to read them, and a link to each with its counts. */
function indexPage(catalog: readonly Entry[], present: readonly Resource[], context: Context): string {
  const count = (category: Category) => catalog.filter((entry) => entry.category === category).length;
  const lines = [
    generatedLine,
    '',
    '# Status codes of the Capillary loyalty API',
    '',
    `Every entry of \`capillary-codes\`: ${entriesWord(catalog.length)} (${count('success')} success, ${count('error').toLocaleString('en-US')} error,`,
    `${count('warning')} warning) in ${present.length} resources, one page each, the request-level codes first. Each entry is listed once,`,
    'on the page of the resource whose table defines it, with an anchor on its key: link to one with',
    '`codes/customers.md#CUSTOMER_NOT_FOUND_FOR_ORG`. Where another resource’s table lists the same code with the same',
    'meaning, that resource’s page has a row linking to it (“Listed under …”).',
    '',
    ...index(present, context),
    '',
    '## Reading the tables',
    '',
    'Keys are public API and never reused. Messages are the published tables’ wording, typos included;',
    'placeholders are written `{x}` and `{0}`. Tables are sorted by code. **Kind** says what went wrong',
    '([the rules](DATA.md#error-kinds)); **Retryable** whether the same request, unchanged, may succeed later.',
    '**Developer** wording marks an entry whose `audience` is `developer`: its wording names internals',
    '(tables, config keys, request fields …; [the rules](DATA.md#audience)), and `userMessage` shows it only when asked.',
    '',
    'A code does not always name one entry. Marked in the notes:',
    '',
    '- **Same code**: the code has other entries: in the same category (told apart by the operation or the text), in another category, or in another resource with another meaning (“**Same code** in transactions: …”).',
    '- **Paraphrase** / **Server text**: the documentation paraphrases what the server sends; both are entries, the server’s text ranks first.',
    '- **Same text**: another code has the same wording; only the code tells them apart.',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The Markdown reference of a catalog, by path under docs/: `CODES.md`, an index of the
 * resources, then `codes/<resource>.md` for each resource present (in `resources` order) with
 * its success, error and warning tables. Every entry has one anchor, on its key in its home
 * resource's page (`codes/customers.md#CUSTOMER_NOT_FOUND_FOR_ORG`); the other resources'
 * pages that list it link there. Duplicates and collisions are explained in the notes. The
 * same catalog always gives the same pages.
 * @example
 * import { catalog } from 'capillary-codes';
 * for (const [path, text] of generateDocs(catalog)) writeFileSync(`docs/${path}`, text);
 */
export function generateDocs(catalog: readonly Entry[]): ReadonlyMap<string, string> {
  const context = contextOf(catalog);
  const present = resources.filter((resource) => context.byTable.has(resource));
  return new Map([['CODES.md', indexPage(catalog, present, context)], ...present.map((resource) => [pageOf(resource), page(resource, context)] as const)]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { catalog } = await import('capillary-codes');
  const docs = fileURLToPath(new URL('../docs/', import.meta.url));
  const pages = generateDocs(catalog);
  // A page of a resource the catalog no longer has goes with it.
  mkdirSync(`${docs}codes`, { recursive: true });
  for (const name of readdirSync(`${docs}codes`)) if (!pages.has(`codes/${name}`)) rmSync(`${docs}codes/${name}`);
  for (const [path, text] of pages) writeFileSync(`${docs}${path}`, text);
  console.log(`wrote docs/CODES.md and ${pages.size - 1} pages in docs/codes/`);
}
