import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, entries } from 'capillary-codes';
import { generateDocs } from '../scripts/generate-docs.js';

const committed = readFileSync(new URL('../docs/CODES.md', import.meta.url), 'utf8');

describe('docs/CODES.md', () => {
  it('is what the generator makes of the catalog in src (run `npm run docs` when this fails)', () => {
    expect(committed).toBe(generateDocs(catalog));
  });

  it('is deterministic', () => {
    expect(generateDocs(catalog)).toBe(generateDocs([...catalog]));
  });

  it('has one table per category and an anchor per key', () => {
    const docs = generateDocs(catalog);
    for (const title of ['## Success codes', '## Error codes', '## Warning codes']) expect(docs).toContain(`\n${title}\n`);
    for (const entry of catalog) {
      expect(docs.split(`<a id="${entry.key}"></a>`).length - 1, entry.key).toBe(1);
    }
    const links = [...docs.matchAll(/\]\(#([A-Z0-9_]+)\)/g)].map((found) => found[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const target of links) expect(Object.hasOwn(entries, target), target).toBe(true);
  });

  const rowOf = (docs: string, key: string) => docs.split('\n').find((line) => line.includes(`<a id="${key}">`)) ?? '';

  it('marks and explains the duplicates', () => {
    const docs = generateDocs(catalog);
    expect(rowOf(docs, 'LOOKUP_INVALID_SOURCE_ACCOUNT')).toContain('**Paraphrase**');
    expect(rowOf(docs, 'LOOKUP_INVALID_SOURCE')).toContain('**Server text**');
    expect(rowOf(docs, 'INVALID_INPUT')).toMatch(/\*\*Same code\*\* as a warning, \[`ADMIN_AUTH_NOT_SUPPORTED`\]/);
    expect(rowOf(docs, 'CUSTOMER_STATUS_GET_FAILED')).toContain('**Same code and text** as a warning');
    expect(rowOf(docs, 'RECOMMENDATIONS_FETCHED')).toContain('**Same text** as 1061');
    expect(rowOf(docs, 'NO_IDENTIFIER_PROVIDED')).toContain('**Same text** as an alias of 400');
    expect(rowOf(docs, 'CUSTOMER_RETRIEVED')).toContain('**Same code**: one of 12 success texts of 1000; the operation tells them apart.');
    expect(rowOf(docs, 'MERGE_ALREADY_DONE_WARNING')).toContain('likely a documentation slip');
    expect(rowOf(docs, 'CUSTOMER_NOT_FOUND_FOR_ORG')).toMatch(/\| {2}\|$/);
  });

  it('shows each message verbatim, table syntax escaped', () => {
    const docs = generateDocs(catalog);
    const row = rowOf(docs, 'INVALID_START_DATE_FORMAT');
    expect(row).toContain("Invalid startDate. Should be in 'yyyy-MM-dd' format");
    const piped = generateDocs([{ ...entries.DATE_IN_PAST, message: 'a | b <i> {x}' }]);
    expect(rowOf(piped, 'DATE_IN_PAST')).toContain('a \\| b &lt;i&gt; {x}');
  });
});
