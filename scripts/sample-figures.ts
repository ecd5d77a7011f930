/**
 * How the library reads the sample responses Capillary's documentation prints
 * (test/fixtures/payloads/published/, from the capillary.github.io sites, and
 * test/fixtures/payloads/docs/, from docs.capillarytech.com): the figures docs/METRICS.md
 * gives, and the judgement test/published.test.ts holds to its targets (it imports the rules
 * below, and checks that docs/METRICS.md gives the figures it counts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isSure, readStatuses, resources, type Entry, type ReadStatus, type Resource } from 'capillary-codes';
// Imported for its registration: the samples name their endpoint as text ('POST v2/transactions/bulk').
import 'capillary-codes/endpoints';
import { isWording } from '../test/tables/wording.js';
import { tableResources } from '../test/tables/sources.js';

/** A status the sample lists: where it stands in the body, its code and its message. */
export interface Listed {
  readonly path: string;
  readonly code: number | string;
  readonly message: string | null;
  readonly where: string;
}

/** One sample file of test/fixtures/payloads/. */
export interface Sample {
  readonly source: string;
  readonly api: string;
  readonly resource: string;
  readonly endpoint?: string;
  readonly payload: unknown;
  readonly payload_raw?: string;
  readonly statuses: readonly Listed[];
}

/** The two folders of samples, as docs/METRICS.md names them. */
export const sampleFolders = {
  published: 'the capillary.github.io samples',
  docs: 'the docs.capillarytech.com samples',
} as const;

export type SampleFolder = keyof typeof sampleFolders;

/** What the reader made of one folder's listed statuses. */
export interface SampleFigures {
  readonly files: number;
  readonly statuses: number;
  readonly found: number;
  readonly right: number;
  readonly notSure: number;
  readonly wrong: number;
  /** Statuses of resources with a status table of their own, and how many of them are right. */
  readonly tabled: number;
  readonly tabledRight: number;
}

const tabled = new Set<string>(Object.values(tableResources));

/**
 * The hints a caller would pass for a sample: the resource they called, where the catalog has
 * it, and the request they made (`sample.endpoint`, `'POST v2/transactions/bulk'`), where the
 * sample names one (an endpoint the data does not know is set aside by the reader).
 */
export const hintsOf = (sample: Sample): { resource?: Resource; endpoint?: string } => ({
  ...((resources as readonly string[]).includes(sample.resource) && { resource: sample.resource as Resource }),
  ...(typeof sample.endpoint === 'string' && { endpoint: sample.endpoint }),
});

/** Code 0 with "string" is an OpenAPI schema placeholder, not a status. */
export const isPlaceholder = (listed: Listed) => Number(listed.code) === 0 && listed.message === 'string';

const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * The body a server sends for a sample: its payload; where the page printed broken JSON, the
 * one that lacks only its opening brace mended; the others (quotes the page got wrong) no body
 * a server sends, and not read.
 */
export const bodyOf = (sample: Sample): unknown => sample.payload ?? (sample.payload_raw === undefined ? undefined : parsed(`{${sample.payload_raw}`));

/**
 * Whether an entry is the status's, judged without the resolver: its code, and the message one of
 * its wordings; a status without a message, an entry of its code of the sample's resource (or
 * a request-level one).
 */
export function isRight(entry: Entry, sample: Sample, listed: Listed): boolean {
  if (entry.code !== Number(listed.code)) return false;
  if (listed.message === null || listed.message.trim() === '') return entry.resource === sample.resource || entry.resource === 'api' || (entry.sharedWith?.includes(sample.resource as Resource) ?? false);
  // A v1.1 item joins a warning's text to its status's with a comma ("Transaction added successfully,Mobile update is not allowed").
  const [first] = listed.message.split(/,(?=\S)/);
  return [entry.message, ...(entry.aliases ?? [])].some((wording) => isWording(wording, listed.message!) || isWording(wording, first!));
}

/** What the reader made of one listed status. */
export type Outcome = 'right' | 'not sure' | 'wrong' | 'missing';

/** A listed status's outcome: not found, not sure, or sure to the right or a wrong entry. */
export function outcomeOf(read: ReadStatus | undefined, sample: Sample, listed: Listed): Outcome {
  if (!read) return 'missing';
  if (!isSure(read.resolution) || read.resolution.status !== 'resolved') return 'not sure';
  return isRight(read.resolution.entry, sample, listed) ? 'right' : 'wrong';
}

/**
 * Reads every sample of a folder as a caller would and counts the outcomes.
 * @example
 * sampleFigures('published').wrong; // 0
 */
export function sampleFigures(folder: SampleFolder): SampleFigures {
  const dir = new URL(`../test/fixtures/payloads/${folder}/`, import.meta.url);
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  const outcomes: { tabled: boolean; outcome: ReturnType<typeof outcomeOf> }[] = [];
  for (const file of files) {
    const sample = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Sample;
    const body = bodyOf(sample);
    if (body === undefined) continue;
    const found = readStatuses(body, hintsOf(sample));
    for (const listed of sample.statuses.filter((status) => !isPlaceholder(status))) {
      const read = found.find((status) => status.path === listed.path);
      outcomes.push({ tabled: tabled.has(sample.resource), outcome: outcomeOf(read, sample, listed) });
    }
  }
  const count = (outcome: string, some = outcomes) => some.filter((reading) => reading.outcome === outcome).length;
  const ofTabled = outcomes.filter((reading) => reading.tabled);
  return {
    files: files.length,
    statuses: outcomes.length,
    found: outcomes.length - count('missing'),
    right: count('right'),
    notSure: count('not sure'),
    wrong: count('wrong'),
    tabled: ofTabled.length,
    tabledRight: count('right', ofTabled),
  };
}
