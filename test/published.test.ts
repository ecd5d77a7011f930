/**
 * readStatuses over the sample responses Capillary's documentation prints, both folders
 * (test/fixtures/payloads/published/, 154 files from the capillary.github.io sites, and
 * test/fixtures/payloads/docs/, 278 from docs.capillarytech.com; copies of ../shared/payloads/),
 * each read with the hints a caller would pass (`hintsOf`). Every listed status is found at
 * its path with its code; each is resolved sure (`isSure`) to the right entry, or not sure:
 * never sure to a wrong one. The right entry is judged apart from the resolver: the entry's code
 * is the sample's and the sample's message is one of the entry's wordings (equal up to a stop,
 * case and spacing, or its template with values in place). Figures per folder and resource are
 * in the test names and printed once.
 */
import { describe, expect, test } from 'vitest';
import { readStatuses, type ReadStatus } from 'capillary-codes';
// Imported for its registration: the samples name their endpoint as text ('POST v2/transactions/bulk').
import 'capillary-codes/endpoints';
import metrics from '../docs/METRICS.md?raw';
import { bodyOf, hintsOf, isPlaceholder, outcomeOf, type Listed, type Outcome, type Sample } from '../scripts/sample-figures.js';
import { tableResources } from './tables/sources.js';

const folders = {
  published: import.meta.glob<Sample>('./fixtures/payloads/published/*.json', { eager: true, import: 'default' }),
  docs: import.meta.glob<Sample>('./fixtures/payloads/docs/*.json', { eager: true, import: 'default' }),
};
type Folder = keyof typeof folders;

/** The resources with a status table of their own (test/tables/sources.ts). */
const tabled = new Set<string>(Object.values(tableResources));

interface Reading {
  readonly folder: Folder;
  readonly file: string;
  readonly sample: Sample;
  readonly listed: Listed;
  readonly read: ReadStatus | undefined;
  readonly outcome: Outcome;
}

const unreadable = (Object.keys(folders) as Folder[]).flatMap((folder) => Object.keys(folders[folder]).filter((path) => bodyOf(folders[folder][path]!) === undefined));

const readings: Reading[] = (Object.keys(folders) as Folder[]).flatMap((folder) =>
  Object.entries(folders[folder]).flatMap(([path, sample]) => {
    const file = path.replace(/^.*\//, '');
    const payload = bodyOf(sample);
    if (payload === undefined) return [];
    const found = readStatuses(payload, hintsOf(sample));
    return sample.statuses
      .filter((listed) => !isPlaceholder(listed))
      .map((listed) => {
        const read = found.find((status) => status.path === listed.path);
        return { folder, file, sample, listed, read, outcome: outcomeOf(read, sample, listed) };
      });
  }),
);

interface Figures {
  readonly statuses: number;
  readonly found: number;
  readonly right: number;
  readonly notSure: number;
  readonly wrong: number;
  readonly tabled: number;
  readonly tabledRight: number;
}

function figuresOf(some: readonly Reading[]): Figures {
  const ofTabled = some.filter((reading) => tabled.has(reading.sample.resource));
  return {
    statuses: some.length,
    found: some.filter((reading) => reading.read !== undefined).length,
    right: some.filter((reading) => reading.outcome === 'right').length,
    notSure: some.filter((reading) => reading.outcome === 'not sure').length,
    wrong: some.filter((reading) => reading.outcome === 'wrong').length,
    tabled: ofTabled.length,
    tabledRight: ofTabled.filter((reading) => reading.outcome === 'right').length,
  };
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
const all = figuresOf(readings);
const byFolder = { published: figuresOf(readings.filter((reading) => reading.folder === 'published')), docs: figuresOf(readings.filter((reading) => reading.folder === 'docs')) };

/** What docs/METRICS.md "Published samples" says of one folder, from these figures. */
export const readmeSentence = (folder: Folder) => {
  const figures = byFolder[folder];
  return (
    `${folder === 'published' ? 'the capillary.github.io samples' : 'the docs.capillarytech.com samples'} (${Object.keys(folders[folder]).length} files): ` +
    `${figures.found} of ${figures.statuses} statuses found at their paths with their codes; ${figures.right} (${percent(figures.right, figures.statuses)}) resolved sure to the right entry, ` +
    `${figures.tabledRight} of the ${figures.tabled} of resources with a status table (${percent(figures.tabledRight, figures.tabled)}); ${figures.notSure} not sure, ${figures.wrong} wrong.`
  );
};

/** The figures per resource (or any other grouping), for the README and the closing note. */
export function figuresBy(key: (reading: Reading) => string): Record<string, Figures> {
  const groups = new Map<string, Reading[]>();
  for (const reading of readings) groups.set(key(reading), [...(groups.get(key(reading)) ?? []), reading]);
  return Object.fromEntries([...groups].map(([name, some]) => [name, figuresOf(some)]));
}

describe(`the sample responses: ${Object.keys(folders.published).length} published, ${Object.keys(folders.docs).length} docs`, () => {
  test(`only the samples whose printed JSON no server sends are not read: ${unreadable.length}`, () => {
    for (const path of unreadable) expect(() => JSON.parse(folders[path.includes('/published/') ? 'published' : 'docs'][path]!.payload_raw ?? ''), path).toThrow();
    expect(unreadable.length).toBeLessThanOrEqual(6);
  });

  test(`every listed status is found at its path with its code: ${all.found} of ${all.statuses}`, () => {
    const missing = readings.filter((reading) => !reading.read || reading.read.code !== Number(reading.listed.code));
    expect(missing.map(({ folder, file, listed, read }) => `${folder}/${file} ${listed.path} ${listed.code}${read ? ` (read ${read.code})` : ''}`)).toEqual([]);
  });

  test(`the message is read as published: ${all.found} of ${all.statuses}`, () => {
    const differing = readings.filter((reading) => reading.read && (reading.read.message ?? null) !== reading.listed.message);
    expect(differing.map(({ folder, file, listed, read }) => `${folder}/${file} ${listed.path}: ${JSON.stringify(read?.message)} vs ${JSON.stringify(listed.message)}`)).toEqual([]);
  });

  test(`no status resolves sure to a wrong entry: ${all.wrong} wrong`, () => {
    const wrong = readings.filter((reading) => reading.outcome === 'wrong');
    expect(
      wrong.map(({ folder, file, listed, read }) => `${folder}/${file} ${listed.path} ${listed.code} ${JSON.stringify(listed.message)} -> ${read?.resolution.status === 'resolved' ? read.resolution.entry.key : ''}`),
    ).toEqual([]);
  });

  test(`statuses of resources with a status table resolve sure to the right entry: ${all.tabledRight} of ${all.tabled} (${percent(all.tabledRight, all.tabled)}), target 95%`, () => {
    expect(all.tabledRight / all.tabled).toBeGreaterThanOrEqual(0.95);
  });

  test(`all statuses resolve sure to the right entry: ${all.right} of ${all.statuses} (${percent(all.right, all.statuses)}), target 90%`, () => {
    expect(all.right / all.statuses).toBeGreaterThanOrEqual(0.9);
  });

  test('docs/METRICS.md "Published samples" gives the figures of each folder', () => {
    const text = metrics.replace(/\s+/g, ' ');
    for (const folder of Object.keys(folders) as Folder[]) expect(text).toContain(readmeSentence(folder));
  });

  test(`figures: published ${byFolder.published.right} of ${byFolder.published.statuses} right, docs ${byFolder.docs.right} of ${byFolder.docs.statuses} right`, () => {
    console.log(
      [
        `all: ${JSON.stringify(all)}`,
        ...Object.entries(byFolder).map(([folder, figures]) => `${folder}: ${JSON.stringify(figures)}`),
        'by folder and resource:',
        ...Object.entries(figuresBy((reading) => `${reading.folder} ${reading.sample.resource}`))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, figures]) => `  ${name}: ${figures.right}/${figures.statuses} right, ${figures.notSure} not sure, ${figures.wrong} wrong`),
        'by api:',
        ...Object.entries(figuresBy((reading) => reading.sample.api)).map(([name, figures]) => `  ${name}: ${figures.right}/${figures.statuses} right`),
        'not sure:',
        ...readings
          .filter((reading) => reading.outcome === 'not sure')
          .map(({ folder, file, listed, sample, read }) => `  ${folder}/${file} [${sample.resource}] ${listed.code} ${JSON.stringify(listed.message)} -> ${read?.resolution.status}${read?.resolution.status !== 'unknown' && read ? ` ${read.resolution.entry.key} (${read.resolution.text})` : ''}`),
      ].join('\n'),
    );
    expect(all.right + all.notSure + all.wrong).toBe(all.found);
  });
});
