/**
 * Holds the row files to the sample responses Capillary's documentation prints
 * (test/fixtures/payloads/{published,docs}/, copies of ../shared/payloads/): every status a
 * sample of a catalog resource carries with a message is a wording of an entry of its code
 * (an entry only the samples show where no table lists it, docs/DATA.md "Codes only the
 * samples show"), but for the few named below with the reason; and every entry only the
 * samples show is in some sample, documented by that sample's page, and in no table.
 */
import { describe, expect, test } from 'vitest';
import { resources } from '../src/codes/resources.js';
import { accounted } from './tables/accounting.js';
import { sourceEntries, wordingsOf, type SourceEntry } from './tables/catalog-rows.js';
import { normalized } from './tables/normalized.js';
import { isWording } from './tables/wording.js';

interface Listed {
  readonly code: number | string;
  readonly message: string | null;
}

interface Sample {
  readonly source: string;
  readonly resource: string;
  readonly statuses: readonly Listed[];
}

const folders = {
  published: import.meta.glob<Sample>('./fixtures/payloads/published/*.json', { eager: true, import: 'default' }),
  docs: import.meta.glob<Sample>('./fixtures/payloads/docs/*.json', { eager: true, import: 'default' }),
};
const samples = Object.values(folders).flatMap((files) => Object.values(files));

/** The entries (of any resource) whose code is the status's and one of whose wordings its message is. */
const entriesShowing = (listed: Listed): SourceEntry[] =>
  sourceEntries.filter((entry) => entry.code === Number(listed.code) && wordingsOf(entry).some((wording) => isWording(wording, listed.message!)));

/** Code 0 with "string" is an OpenAPI schema placeholder; a bare code names no entry. */
const isStatus = (listed: Listed): listed is Listed & { message: string } => listed.message !== null && listed.message.trim() !== '' && !(Number(listed.code) === 0 && listed.message === 'string');

/** Sample statuses that name no entry, and why (resource, code, message). */
const notEntries: Readonly<Record<string, string>> = {
  'organization 200 Some requests have failed due to errors': "the request-level 201's wording printed under 200 in one v1.1 sample",
  'transactions 600 Transaction added successfully,Mobile update is not allowed': "two statuses' messages joined by a comma: TRANSACTION_ADDED and a warning no table lists with a code",
};

const catalogued = samples.filter((sample) => (resources as readonly string[]).includes(sample.resource));
const statuses = catalogued.flatMap((sample) => sample.statuses.filter(isStatus).map((listed) => ({ sample, listed })));
const sampleOnly = sourceEntries.filter((entry) => entry.details.origin === 'sample');

describe(`the ${samples.length} sample responses (${Object.keys(folders.published).length} published, ${Object.keys(folders.docs).length} docs)`, () => {
  test(`each of the ${statuses.length} statuses with a message of the ${catalogued.length} samples of catalog resources is an entry's wording (${Object.keys(notEntries).length} named exceptions)`, () => {
    const unnamed = statuses.filter(({ sample, listed }) => !entriesShowing(listed).length && !(`${sample.resource} ${Number(listed.code)} ${listed.message.trim()}` in notEntries));
    expect(unnamed.map(({ sample, listed }) => `${sample.resource} ${listed.code} ${JSON.stringify(listed.message)} (${sample.source})`)).toEqual([]);
  });

  test('every named exception is still a sample status that no entry words', () => {
    const stale = Object.keys(notEntries).filter(
      (name) => !statuses.some(({ sample, listed }) => `${sample.resource} ${Number(listed.code)} ${listed.message.trim()}` === name && !entriesShowing(listed).length),
    );
    expect(stale).toEqual([]);
  });

  test(`each of the ${sampleOnly.length} entries only the samples show is a status of a sample of its resource, documented by that sample's page`, () => {
    const unseen = sampleOnly.filter(
      (entry) =>
        !catalogued.some(
          (sample) =>
            sample.resource === entry.resource &&
            sample.source === entry.details.docs &&
            sample.statuses.some((listed) => isStatus(listed) && Number(listed.code) === entry.code && isWording(entry.message, listed.message)),
        ),
    );
    expect(unseen.map((entry) => `${entry.key} (${entry.code} ${entry.message}, docs ${entry.details.docs})`)).toEqual([]);
  });

  test('no table lists an entry only the samples show', () => {
    const listed = new Set(accounted.flatMap(({ entries }) => entries));
    expect(sampleOnly.filter((entry) => listed.has(entry)).map((entry) => entry.key)).toEqual([]);
  });

  test('a sample entry has a wording of the sample, not of another entry of its code and resource', () => {
    const twins = sampleOnly.filter((entry) =>
      sourceEntries.some(
        (other) => other !== entry && other.resource === entry.resource && other.code === entry.code && wordingsOf(other).some((wording) => normalized(wording) === normalized(entry.message)),
      ),
    );
    expect(twins.map((entry) => entry.key)).toEqual([]);
  });

  test(`the sample entries per resource: ${[...new Set(sampleOnly.map((entry) => entry.resource))].map((resource) => `${resource} ${sampleOnly.filter((entry) => entry.resource === resource).length}`).join(', ')}`, () => {
    expect(sampleOnly.every((entry) => entry.details.origin === 'sample' && entry.details.docs !== undefined)).toBe(true);
  });
});
