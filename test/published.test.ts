/**
 * readStatuses over the 154 sample responses Capillary's documentation prints
 * (test/fixtures/payloads/published/, copies of ../shared/payloads/published/): for each file,
 * with the resource hint a caller would pass (the file's `resource`, where it is a resource of
 * the catalog), every listed status is found at its path with its code, and each is resolved
 * as well as the catalog allows. The figures are in the test names and printed once.
 */
import { describe, expect, test } from 'vitest';
import { readStatuses, resources, type Entry, type ReadStatus, type Resource } from 'capillary-codes';
import readme from '../README.md?raw';
import { sourceEntries } from './tables/catalog-rows.js';

interface Listed {
  readonly path: string;
  readonly code: number | string;
  readonly message: string | null;
  readonly where: string;
}

interface Sample {
  readonly source: string;
  readonly api: string;
  readonly resource: string;
  readonly endpoint: string;
  readonly payload: unknown;
  readonly statuses: readonly Listed[];
}

const files = import.meta.glob<Sample>('./fixtures/payloads/published/*.json', { eager: true, import: 'default' });

/** The hint a caller would pass: the sample's resource where the catalog has it. */
const hintOf = (sample: Sample): Resource | undefined =>
  (resources as readonly string[]).includes(sample.resource) ? (sample.resource as Resource) : undefined;

/** Whether an entry is one of a resource's: its own, shared with it, or request-level. */
const belongs = (entry: Entry, resource: Resource | undefined) =>
  resource === undefined || entry.resource === resource || entry.resource === 'api' || (entry.sharedWith?.includes(resource) ?? false);

/** The entries of a code that are the hinted resource's own or shared with it (in a category, where given). */
const entriesOf = (resource: Resource | undefined, code: number, category?: string) =>
  resource === undefined
    ? []
    : sourceEntries.filter(
        (entry) =>
          entry.code === code &&
          (category === undefined || entry.category === category) &&
          (entry.resource === resource || (entry.details.sharedWith?.includes(resource) ?? false)),
      );

/**
 * Whether the catalog holds the status's (resource, code): an entry of the code that is the
 * hinted resource's own or shared with it. A request-level code every resource sends (200
 * "Task Added Successfully") is counted apart: its endpoints word it their own way, so its
 * text is `different` by design (README "Reading responses"). So is a status that resolved to
 * the request-level entry where the resource's entries of the code are of another category: a
 * success 200 is not organization's error 200.
 */
function holds(resource: Resource | undefined, code: number, read: ReadStatus | undefined): boolean {
  if (!entriesOf(resource, code).length) return false;
  const requestLevel = read?.resolution.status === 'resolved' && read.resolution.entry.resource === 'api';
  return !requestLevel || entriesOf(resource, code, read?.category).length > 0;
}

type Outcome = 'exact' | 'close' | 'none' | 'different' | 'ambiguous' | 'unknown' | 'wrong';

interface Reading {
  readonly file: string;
  readonly sample: Sample;
  readonly listed: Listed;
  readonly read: ReadStatus | undefined;
  readonly outcome: Outcome | 'missing';
  readonly held: boolean;
}

/**
 * Wrong: another resource's entry, where the hinted resource has an entry of the code in the
 * status's category. A success a coupons response carries for a customer (1000 "Coupons
 * retrieved successfully") is customers' entry, not the coupons error that also has code 1000.
 */
function outcomeOf(read: ReadStatus, resource: Resource | undefined): Outcome {
  const { resolution } = read;
  if (resolution.status === 'unknown') return 'unknown';
  if (resolution.status === 'ambiguous') return 'ambiguous';
  const rival = sourceEntries.some(
    (entry) =>
      entry.code === read.code &&
      entry.category === read.category &&
      resource !== undefined &&
      (entry.resource === resource || (entry.details.sharedWith?.includes(resource) ?? false)),
  );
  if (!belongs(resolution.entry, resource) && rival) return 'wrong';
  return resolution.text;
}

const readings: Reading[] = Object.entries(files).flatMap(([path, sample]) => {
  const file = path.replace('./fixtures/payloads/published/', '');
  const resource = hintOf(sample);
  // One sample prints broken JSON (its opening brace is missing); a server sends it whole.
  const payload = sample.payload ?? JSON.parse(`{${(sample as { payload_raw?: string }).payload_raw}`);
  const found = readStatuses(payload, { resource });
  return sample.statuses.map((listed) => {
    const read = found.find((status) => status.path === listed.path);
    const code = Number(listed.code);
    return { file, sample, listed, read, outcome: read ? outcomeOf(read, resource) : 'missing', held: holds(resource, code, read) } satisfies Reading;
  });
});

const count = (keep: (reading: Reading) => boolean) => readings.filter(keep).length;
const held = readings.filter((reading) => reading.held);
// Right: resolved, text exact, close or none, and not wrong (an entry of another resource it may be,
// where the hinted one has no entry of the code in the status's category).
const right = held.filter((reading) => ['exact', 'close', 'none'].includes(reading.outcome));
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
const isRequestLevel = (reading: Reading) => reading.read?.resolution.status === 'resolved' && reading.read.resolution.entry.resource === 'api';
const requestLevel = count(isRequestLevel);
const requestLevelDifferent = count((reading) => isRequestLevel(reading) && reading.outcome === 'different');

const figures = {
  statuses: readings.length,
  found: count((reading) => reading.read !== undefined),
  exact: count((reading) => reading.outcome === 'exact'),
  close: count((reading) => reading.outcome === 'close'),
  none: count((reading) => reading.outcome === 'none'),
  different: count((reading) => reading.outcome === 'different'),
  ambiguous: count((reading) => reading.outcome === 'ambiguous'),
  unknown: count((reading) => reading.outcome === 'unknown'),
  wrong: count((reading) => reading.outcome === 'wrong'),
  requestLevel,
  requestLevelDifferent,
  held: held.length,
  right: right.length,
};

/** What README "Reading responses" says of the samples, from these figures. */
export const readmeSentence = () =>
  `${figures.found} of ${figures.statuses} statuses found at their paths with their codes; of the ${figures.held} whose resource and code the catalog holds, ` +
  `${figures.right} (${percent(figures.right, figures.held)}) resolved to the right entry with text exact, close or none, and ${figures.wrong} to another resource's entry. ` +
  `Of all ${figures.statuses}: ${figures.exact} exact, ${figures.close} close, ${figures.none} without text, ${figures.different} different ` +
  `(${figures.requestLevelDifferent} of them request-level codes in an endpoint's own words), ${figures.ambiguous} ambiguous, ${figures.unknown} unknown ` +
  `(codes no table of the resource publishes); ${figures.requestLevel} resolved to request-level entries.`;

/** The figures per resource and API version, for the README and the closing note. */
export function figuresBy(key: (reading: Reading) => string): Record<string, Record<Outcome | 'missing', number>> {
  const table: Record<string, Record<string, number>> = {};
  for (const reading of readings) {
    const row = (table[key(reading)] ??= {});
    row[reading.outcome] = (row[reading.outcome] ?? 0) + 1;
  }
  return table as Record<string, Record<Outcome | 'missing', number>>;
}

describe(`the ${Object.keys(files).length} published sample responses`, () => {
  test(`every listed status is found at its path with its code: ${figures.found} of ${figures.statuses}`, () => {
    const missing = readings.filter((reading) => !reading.read || reading.read.code !== Number(reading.listed.code));
    expect(missing.map(({ file, listed, read }) => `${file} ${listed.path} ${listed.code}${read ? ` (read ${read.code})` : ''}`)).toEqual([]);
  });

  test(`the message is read as published: ${figures.found} of ${figures.statuses}`, () => {
    const differing = readings.filter((reading) => reading.read && (reading.read.message ?? null) !== reading.listed.message);
    expect(differing.map(({ file, listed, read }) => `${file} ${listed.path}: ${JSON.stringify(read?.message)} vs ${JSON.stringify(listed.message)}`)).toEqual([]);
  });

  test(`statuses whose resource and code the catalog holds resolve to one of its entries with text exact, close or none: ${figures.right} of ${figures.held} (${percent(figures.right, figures.held)}), target 95%`, () => {
    expect(figures.right / figures.held).toBeGreaterThanOrEqual(0.95);
  });

  test(`no status resolves to another resource's entry where the hinted resource has the code: ${figures.wrong} wrong`, () => {
    expect(readings.filter((reading) => reading.outcome === 'wrong').map(({ file, listed }) => `${file} ${listed.path}`)).toEqual([]);
  });

  test('README "Reading responses" gives these figures', () => {
    expect(readme.replace(/\s+/g, ' ')).toContain(readmeSentence());
  });

  test(`figures: exact ${figures.exact}, close ${figures.close}, none ${figures.none}, different ${figures.different}, ambiguous ${figures.ambiguous}, unknown ${figures.unknown}; ${figures.requestLevel} request-level (${figures.requestLevelDifferent} in an endpoint's own words)`, () => {
    console.log(
      [
        `published samples: ${JSON.stringify(figures)}`,
        'by resource:',
        ...Object.entries(figuresBy((reading) => reading.sample.resource)).map(([name, row]) => `  ${name}: ${JSON.stringify(row)}`),
        'by api:',
        ...Object.entries(figuresBy((reading) => reading.sample.api)).map(([name, row]) => `  ${name}: ${JSON.stringify(row)}`),
        'not resolved with text exact, close or none:',
        ...readings
          .filter((reading) => !['exact', 'close', 'none'].includes(reading.outcome))
          .map(({ file, listed, outcome, held }) => `  ${outcome}${held ? '' : ' (not held: request-level, or no entry of the resource)'}: ${file} ${listed.path} ${listed.code} ${JSON.stringify(listed.message)}`),
      ].join('\n'),
    );
    expect(figures.exact + figures.close + figures.none + figures.different + figures.ambiguous + figures.unknown + figures.wrong).toBe(figures.found);
  });
});
