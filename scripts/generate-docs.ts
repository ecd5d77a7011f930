// Writes docs/CODES.md, the reference of every entry, from the built catalog:
// `npm run docs`. test/docs.test.ts regenerates it from src and fails when it is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Category, Entry } from 'capillary-codes';
import { relations } from '../src/explain.js';

const sections: readonly (readonly [Category, string, string])[] = [
  ['success', 'Success codes', 'They arrive in a v1.1 `item_status` whose `success` is true.'],
  ['error', 'Error codes', 'v1.1 errors arrive in an `item_status` whose `success` is false, v2 errors in `errors[]`.'],
  ['warning', 'Warning codes', 'v2 warnings arrive in `warnings[]`, v1.1 warnings in the `warnings` of an `item_status`.'],
];

const articles: Record<Category, string> = { success: 'a success', error: 'an error', warning: 'a warning' };

// Table cells: Markdown and HTML specials escaped, so the table's wording shows verbatim.
function cell(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : `\\${char}`));
}

const link = (entry: Entry) => `[\`${entry.key}\`](#${entry.key})`;
const wordingsOf = (entry: Entry) => [entry.message, ...(entry.aliases ?? [])];

/** What a reader should know before trusting this entry's code or text alone: src/explain.ts's relations, in table words. */
function remarks(entry: Entry, catalog: readonly Entry[]): string[] {
  const paraphrases: string[] = [];
  const others: string[] = [];
  let siblings = 0;
  for (const relation of relations(entry, catalog)) {
    const { other } = relation;
    switch (relation.kind) {
      case 'paraphrase-of':
        paraphrases.push(`**Paraphrase**: the documentation's wording; the server sends ${link(other)}.`);
        break;
      case 'paraphrased-by':
        paraphrases.push(`**Server text**: ${link(other)} is the documentation's paraphrase of it.`);
        break;
      case 'other-category':
        others.push(
          relation.sameText
            ? `**Same code and text** as ${articles[other.category]}, ${link(other)}: the list it arrives in tells them apart.`
            : `**Same code** as ${articles[other.category]}, ${link(other)}.`,
        );
        break;
      case 'same-code':
        siblings += 1;
        break;
      case 'same-text':
        if (relation.wording !== entry.message) others.push(`**Same text**: its alias is the text of ${other.code} ${link(other)}.`);
        else if (relation.wording !== other.message) others.push(`**Same text** as an alias of ${other.code} ${link(other)}.`);
        else others.push(`**Same text** as ${other.code} ${link(other)}: only the code tells them apart.`);
        break;
    }
  }
  if (siblings) {
    const told = entry.operations ? '; the operation tells them apart' : '';
    paraphrases.push(`**Same code**: one of ${siblings + 1} ${entry.category} texts of ${entry.code}${told}.`);
  }
  const lines = [...paraphrases, ...others];
  if (entry.operations) lines.push(`Operations: ${entry.operations.map((operation) => `\`${operation}\``).join(', ')}.`);
  for (const alias of entry.aliases ?? []) lines.push(`Also worded: “${cell(alias)}”`);
  if (entry.note) lines.push(`Note: ${cell(entry.note)}`);
  return lines;
}

function table(entries: readonly Entry[], catalog: readonly Entry[]): string[] {
  const rows = ['| Code | Key | API | Message | Duplicates and notes |', '| ---: | --- | --- | --- | --- |'];
  for (const entry of entries) {
    const key = `<a id="${entry.key}"></a>\`${entry.key}\``;
    rows.push(`| ${entry.code} | ${key} | ${entry.api} | ${cell(entry.message)} | ${remarks(entry, catalog).join('<br>')} |`);
  }
  return rows;
}

/** Codes with more than one entry, and texts under more than one code. */
function duplicates(catalog: readonly Entry[]): string[] {
  const byCode = new Map<number, Entry[]>();
  for (const entry of catalog) byCode.set(entry.code, [...(byCode.get(entry.code) ?? []), entry]);
  const byText = new Map<string, Entry[]>();
  for (const entry of catalog) {
    for (const wording of wordingsOf(entry)) byText.set(wording, [...(byText.get(wording) ?? []), entry]);
  }
  const lines = ['## Duplicates', '', 'Where the code alone or the text alone does not name one entry.', ''];
  lines.push('### Codes with several entries', '', '| Code | Entries |', '| ---: | --- |');
  for (const [code, list] of [...byCode].sort(([a], [b]) => a - b)) {
    if (list.length > 1) lines.push(`| ${code} | ${list.map((entry) => `${link(entry)} (${entry.category}${entry.paraphrase ? ', paraphrase' : ''})`).join(', ')} |`);
  }
  lines.push('', '### Texts under several codes', '', '| Text | Entries |', '| --- | --- |');
  for (const [text, list] of byText) {
    const codes = new Set(list.map((entry) => `${entry.code} ${entry.category}`));
    if (codes.size > 1) lines.push(`| ${cell(text)} | ${list.map((entry) => `${entry.code} ${link(entry)} (${entry.category})`).join(', ')} |`);
  }
  return lines;
}

/**
 * The Markdown reference of a catalog: one table per category, an anchor per key
 * (`CODES.md#CUSTOMER_NOT_FOUND_FOR_ORG`), duplicates marked and explained. The same
 * catalog always gives the same text.
 * @example
 * import { catalog } from 'capillary-codes';
 * writeFileSync('docs/CODES.md', generateDocs(catalog));
 */
export function generateDocs(catalog: readonly Entry[]): string {
  const count = (category: Category) => catalog.filter((entry) => entry.category === category).length;
  const lines = [
    '<!-- Generated from the catalog by scripts/generate-docs.ts (npm run docs). Do not edit by hand. -->',
    '',
    '# Status codes of the customers API',
    '',
    `Every entry of \`capillary-codes\`: ${catalog.length} entries, ${count('success')} success, ${count('error')} error and ${count('warning')} warning.`,
    'Keys are public API and never reused. Messages are the published table’s wording, typos included;',
    'placeholders are written `{x}` and `{0}`. Link to an entry with its key: `CODES.md#CUSTOMER_NOT_FOUND_FOR_ORG`.',
    '',
    'A code does not always name one entry. Marked in the last column:',
    '',
    '- **Same code**: the code has other entries, in the same category (told apart by the operation or the text) or in another.',
    '- **Paraphrase** / **Server text**: the lookup documentation paraphrases what the v2 server sends; both are entries, the server’s text ranks first.',
    '- **Same text**: another code has the same wording; only the code tells them apart.',
    '',
    ...sections.map(([category, title]) => `- [${title}](#${title.toLowerCase().replace(/ /g, '-')}) (${count(category)})`),
    '- [Duplicates](#duplicates)',
    '',
  ];
  for (const [category, title, where] of sections) {
    lines.push(`## ${title}`, '', where, '');
    lines.push(...table(catalog.filter((entry) => entry.category === category), catalog), '');
  }
  lines.push(...duplicates(catalog));
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { catalog } = await import('capillary-codes');
  const target = fileURLToPath(new URL('../docs/CODES.md', import.meta.url));
  writeFileSync(target, generateDocs(catalog));
  console.log(`wrote ${target}`);
}
