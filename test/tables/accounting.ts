/**
 * The accounting of test/tables.test.ts, shared with the tests that need to know which table
 * rows an entry is (test/docs.test.ts: the page that documents it): every wording of every
 * published table (test/fixtures/tables/) under each of its codes, and the entries it is.
 */
import { entriesFor, wordingsOf, type SourceEntry } from './catalog-rows.js';
import type { PageMap } from './api-specific/page-map.js';
import type { Exception } from './exception.js';
import { normalized } from './normalized.js';
import { readTable, type TableRow } from './read-table.js';
import { apiSpecificFile, tableResources } from './sources.js';
import type { Resource } from '../../src/codes/resources.js';

const files = import.meta.glob<string>(['../fixtures/tables/*.md', '../fixtures/customers-response-codes.md'], { eager: true, query: '?raw', import: 'default' });
const exceptionModules = import.meta.glob<readonly Exception[]>('./exceptions/*.ts', { eager: true, import: 'exceptions' });
export const pageMaps = Object.values(import.meta.glob<PageMap>(['./api-specific/*.ts', '!./api-specific/page-map.ts'], { eager: true }));
export const apiSpecificPages: Readonly<Record<string, Resource>> = Object.assign({}, ...pageMaps.map((map) => map.pages));
export const pagesLeftOut: Readonly<Record<string, string>> = Object.assign({}, ...pageMaps.map((map) => map.pagesLeftOut));

export const tableText = (file: string): string => {
  const text = files[`../fixtures/tables/${file}`] ?? files[`../fixtures/${file}`];
  if (text === undefined) throw new Error(`no table file ${file} in test/fixtures/tables/`);
  return text;
};

/** One wording of one row under one of its codes: what must be accounted for. */
export interface Listing {
  readonly row: TableRow;
  readonly resource: Resource;
  /** `null` for a row without a code of its own above it. */
  readonly code: number | null;
  readonly wording: string;
  /** What the table says the row is, for this code. */
  readonly category: TableRow['category'];
}

function listingsOf(rows: readonly TableRow[], resourceOf: (row: TableRow) => Resource | undefined): Listing[] {
  return rows.flatMap((row) => {
    const resource = resourceOf(row);
    if (!resource) return [];
    const codes = row.codes.length ? row.codes : [null];
    return codes.flatMap((code, i) => row.wordings.map((wording) => ({ row, resource, code, wording, category: row.codeCategories?.[i] ?? row.category })));
  });
}

export const tableRows = Object.keys(tableResources).flatMap((file) => readTable(file, tableText(file)));
export const apiSpecificRows = readTable(apiSpecificFile, tableText(apiSpecificFile));

/** The page an api-specific row is printed on: its level-1 heading. */
export const pageOf = (row: TableRow): string => row.heading.split(' / ')[0]!;

export const listings: Listing[] = [
  ...listingsOf(tableRows, (row) => tableResources[row.file]),
  ...listingsOf(apiSpecificRows, (row) => apiSpecificPages[pageOf(row)] ?? undefined),
];

export const exceptions: readonly (Exception & { readonly resource: Resource })[] = Object.entries(exceptionModules).flatMap(([path, list]) => {
  const resource = /\/([^/]+)\.ts$/.exec(path)![1] as Resource;
  return list.map((exception) => ({ ...exception, resource }));
});

/** A wording without its final full stop: publications add and drop it, and it is not kept as an alias. */
const unstopped = (text: string): string => text.replace(/\.$/, '');

/**
 * Whether a wording is this entry: its message or an alias (up to a list marker, a final full
 * stop, case and spacing), or a wording (up to case) plus a remark kept in the note.
 */
export function accounts(entry: SourceEntry, wording: string): boolean {
  const wordings = wordingsOf(entry).map(normalized);
  if (wordings.includes(normalized(wording))) return true;
  const note = entry.details.note;
  const remarkIn = (own: string) => {
    const remark = wording.slice(own.length).replace(/^[\s;,.:\-–—]+/, '').trim();
    return remark !== '' && note!.includes(remark);
  };
  const startsWith = (own: string) => wording.toLowerCase().startsWith(own.toLowerCase());
  return note !== undefined && wordingsOf(entry).some((own) => startsWith(unstopped(own)) && remarkIn(unstopped(own)));
}

const exceptionFor = (listing: Listing) =>
  exceptions.find(
    (exception) =>
      exception.resource === listing.resource &&
      exception.file === listing.row.file &&
      exception.code === listing.code &&
      exception.wording === listing.wording,
  );

export interface Accounted {
  readonly listing: Listing;
  /** The entries the wording is: one, or one per part of a joined cell. */
  readonly entries: readonly SourceEntry[];
  readonly exception?: Exception;
  /** Why it is not accounted for, when it is not. */
  readonly problem?: string;
}

/**
 * Several messages joined in one cell with `; `, ` / ` ("Email sent successfully / Email fetched
 * successfully") or, where no entry has the whole, `, ` (points 800 "Points redeemed successfully,
 * points can be redeemed").
 */
const joinedParts = (wording: string): string[] => wording.split(/; | \/ |, /).filter(Boolean);

function fit(listing: Listing, wording: string): { entry?: SourceEntry; problem?: string } {
  const fitting = entriesFor(listing.resource).filter((entry) => entry.code === listing.code && accounts(entry, wording));
  const { category } = listing;
  const sameCategory = category ? fitting.filter((entry) => entry.category === category) : fitting;
  if (sameCategory.length === 1) return { entry: sameCategory[0]! };
  if (sameCategory.length > 1) return { problem: `fits ${sameCategory.map((entry) => entry.key).join(', ')}` };
  if (fitting.length) return { problem: `fits ${fitting.map((entry) => `${entry.key} (${entry.category})`).join(', ')}, but the table says ${category}` };
  return { problem: `no ${listing.resource} entry of code ${listing.code} has this wording` };
}

function account(listing: Listing): Accounted {
  const exception = exceptionFor(listing);
  if (exception) {
    if (exception.key === null) return { listing, entries: [], exception };
    const entry = entriesFor(listing.resource).find((candidate) => candidate.key === exception.key);
    if (!entry) return { listing, entries: [], exception, problem: `the exception names ${exception.key}, which is no entry of ${listing.resource}` };
    if (!accounts(entry, listing.wording)) return { listing, entries: [], exception, problem: `the wording is not a wording of ${exception.key}` };
    return { listing, entries: [entry], exception };
  }
  const whole = fit(listing, listing.wording);
  if (whole.entry) return { listing, entries: [whole.entry] };
  const parts = joinedParts(listing.wording);
  if (parts.length > 1) {
    const fits = parts.map((part) => fit(listing, part));
    if (fits.every((part) => part.entry)) return { listing, entries: [...new Set(fits.map((part) => part.entry!))] };
  }
  return { listing, entries: [], problem: whole.problem! };
}

export const accounted = listings.map(account);
