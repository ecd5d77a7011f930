import { describe, expect, it } from 'vitest';
import { noteOf } from 'capillary-codes/notes';
import { catalog, type Category, type Entry } from 'capillary-codes/customers';
import table from './fixtures/customers-response-codes.md?raw';
import { normalized } from './tables/normalized.js';

/**
 * Holds the catalog against the published table (a verbatim copy in fixtures/): every row
 * is one entry, every entry is at least one row, and the wording is kept to the letter.
 */

interface Row {
  line: number;
  category: Category;
  code: number;
  text: string;
}

const sections: Record<string, Category> = { 'Success Codes': 'success', 'Error Codes': 'error', 'Warning Codes': 'warning' };

/** The table's rows; a row without a code continues the code above it (DESIGN fact 1). */
function parseTable(markdown: string): Row[] {
  const rows: Row[] = [];
  let category: Category | undefined;
  let code: number | undefined;
  markdown.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line in sections) {
      category = sections[line];
      code = undefined;
      return;
    }
    if (!line.startsWith('|') || /^\|-/.test(line) || /Description \|$/.test(line)) return;
    const cells = line.slice(1, line.endsWith('|') ? -1 : undefined).split('|').map((cell) => cell.trim());
    const leadingCode = /^\d+$/.test(cells[0]!) ? Number(cells[0]) : undefined;
    if (leadingCode !== undefined) code = leadingCode;
    const text = (leadingCode !== undefined ? cells[1]! : cells[0]!)
      // The page escapes placeholders (fact 9) and leaves stray <code> tags in 500's remark (fact 8).
      .replace(/\\([{}])/g, '$1')
      .replace(/<\/?code>/g, '');
    if (!category || code === undefined) throw new Error(`row outside a section at line ${index + 1}`);
    rows.push({ line: index + 1, category, code, text });
  });
  return rows;
}

/** The ways one table cell can hold an entry: its wording, an alias, its message joined to an alias, a remark. */
function cellsOf(entry: Entry): string[] {
  const cells = [entry.message, ...(entry.aliases ?? [])];
  for (const alias of entry.aliases ?? []) cells.push(`${entry.message}; ${alias}`);
  return cells;
}

/**
 * A cell is an entry's wording (up to a final stop, case and spacing: those variants are not
 * kept as aliases), or its message followed by a remark its note keeps.
 */
const holds = (entry: Entry, text: string) =>
  cellsOf(entry).some((cell) => normalized(cell) === normalized(text)) || (text.startsWith(`${entry.message} `) && (noteOf(entry)?.includes(text.slice(entry.message.length + 1)) ?? false));

// Fact 2: the table lists this under 1040; the API sends 1000. The only code the catalog moves.
const relocated: Readonly<Record<string, { table: number; catalog: number }>> = {
  REFERRALS_INVITED: { table: 1040, catalog: 1000 },
};

function entriesForRow(row: Row): Entry[] {
  return catalog.filter(
    (entry) =>
      entry.category === row.category &&
      (entry.code === row.code || relocated[entry.key]?.table === row.code) &&
      holds(entry, row.text),
  );
}

const rows = parseTable(table);
const entriesOf = new Map(rows.map((row) => [row, entriesForRow(row)]));

describe('the catalog against the published table', () => {
  it('reads the 234 rows the published table has', () => {
    expect(rows).toHaveLength(234);
    expect(rows.filter((row) => row.category === 'success')).toHaveLength(18);
    expect(rows.filter((row) => row.category === 'warning')).toHaveLength(53);
  });

  it(`maps each of the ${rows.length} rows to exactly one entry, wording verbatim`, () => {
    const unmatched = rows.filter((row) => entriesOf.get(row)!.length !== 1);
    expect(unmatched).toEqual([]);
  });

  // 0.2: the other customers publications add entries (test/tables.test.ts accounts for them);
  // the five request-level codes of this table are api entries shared with customers.
  it('maps its rows to 232 entries, 0.1\'s', () => {
    const covered = new Set(rows.flatMap((row) => entriesOf.get(row)!));
    expect(covered.size).toBe(232);
    expect([...covered].filter((entry) => entry.resource === 'api').map((entry) => entry.key)).toEqual([
      'INVALID_INPUT',
      'ALL_REQUESTS_FAILED',
      'BATCH_LIMIT_EXCEEDED',
      'INVALID_TEST_CONTROL_STATUS',
      'CONCURRENT_CUSTOMER_ACTIONS',
    ]);
  });

  it('keeps table order: each customers entry stands where its first row stands', () => {
    const firstRow = new Map<Entry, number>();
    for (const row of rows) for (const entry of entriesOf.get(row)!) if (!firstRow.has(entry)) firstRow.set(entry, row.line);
    const lines = catalog.filter((entry) => entry.resource === 'customers' && firstRow.has(entry)).map((entry) => firstRow.get(entry)!);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('moves only the documented code, and says so in the entry', () => {
    const moved = catalog.filter((entry) => rows.some((row) => row.code !== entry.code && entriesOf.get(row)!.includes(entry)));
    expect(moved.map((entry) => entry.key)).toEqual(Object.keys(relocated));
    for (const entry of moved) {
      expect(entry.code).toBe(relocated[entry.key]!.catalog);
      expect(noteOf(entry)).toContain(String(relocated[entry.key]!.table));
    }
  });

  it('merges the identical duplicates 1222 and 8089 into one entry each', () => {
    for (const code of [1222, 8089]) {
      const listed = rows.filter((row) => row.code === code && row.category === 'error');
      expect(listed).toHaveLength(2);
      expect(new Set(listed.flatMap((row) => entriesOf.get(row)!)).size).toBe(1);
    }
  });

  it('writes placeholders unescaped and leaves no markup', () => {
    for (const entry of catalog) {
      for (const text of [entry.message, ...(entry.aliases ?? []), noteOf(entry) ?? '']) {
        expect(text).not.toMatch(/\\|<\/?code>/);
      }
    }
  });
});
