/**
 * Holds the row files to every published table of every resource (test/fixtures/tables/):
 * every wording of every row is one entry's message or alias (or a remark moved to its note),
 * or a documented exception; every entry is at least one row; and the rules of docs/DATA.md
 * that a test can see hold. Counts are in the test names.
 *
 * One resource at a time: `npx vitest run --project node test/tables.test.ts -t transactions`.
 */
import { describe, expect, test } from 'vitest';
import { kinds, resources } from '../src/codes/resources.js';
import { docsPages } from '../src/codes/docs-pages.js';
import { accounted, apiSpecificRows, exceptions, pageMaps, pageOf, tableText, type Accounted } from './tables/accounting.js';
import { resourcesWithRows, sourceEntries, wordingsOf, type SourceEntry } from './tables/catalog-rows.js';
import { normalized } from './tables/normalized.js';
import { apiSpecificFile, pageUrlOf, publicationRank, tableResources } from './tables/sources.js';

const describeProblem = ({ listing, problem }: Accounted) =>
  `${listing.row.file}:${listing.row.line} ${listing.code} ${JSON.stringify(listing.wording)}: ${problem}`;

const count = (n: number, what: string, plural = `${what}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? what : plural}`;

describe.each(resources)('%s', (resource) => {
  const mine = accounted.filter(({ listing }) => listing.resource === resource);
  // An entry only the samples show is held to them by test/samples.test.ts.
  const own = sourceEntries.filter((entry) => entry.resource === resource && entry.details.origin !== 'sample');
  const files = [...new Set(mine.map(({ listing }) => listing.row.file))];
  const byException = mine.filter(({ exception }) => exception);
  const leftOut = byException.filter(({ exception }) => exception!.key === null);

  test(`${count(mine.length, 'wording')} of ${count(files.length, 'table file')}: each is one entry (${count(byException.length - leftOut.length, 'documented exception')}, ${count(leftOut.length, 'row')} left out)`, () => {
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.filter(({ problem }) => problem).map(describeProblem)).toEqual([]);
  });

  test(`each of its ${count(own.length, 'entry', 'entries')} is at least one row (of its tables, or of those it shares it with)`, () => {
    const seen = new Set(accounted.flatMap(({ entries }) => entries));
    expect(own.filter((entry) => !seen.has(entry)).map((entry) => `${entry.key} (${entry.code})`)).toEqual([]);
  });

  test('each entry it shares with another resource is a row of that resource', () => {
    const unbacked = own.flatMap((entry) =>
      (entry.details.sharedWith ?? [])
        .filter((other) => !accounted.some((item) => item.listing.resource === other && item.entries.includes(entry)))
        .map((other) => `${entry.key} shared with ${other}`),
    );
    expect(unbacked).toEqual([]);
  });

  test('every exception it documents is used', () => {
    const used = new Set(mine.map(({ exception }) => exception));
    const unused = exceptions.filter((exception) => exception.resource === resource && !used.has(exception));
    expect(unused.map((exception) => `${exception.file} ${exception.code} ${JSON.stringify(exception.wording)}`)).toEqual([]);
  });
});

describe('the rules of docs/DATA.md', () => {
  test(`${count(sourceEntries.length, 'entry', 'entries')} of ${count(resourcesWithRows.length, 'resource')}: keys are SCREAMING_SNAKE and unique across the catalog`, () => {
    expect(sourceEntries.filter((entry) => !/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(entry.key)).map((entry) => entry.key)).toEqual([]);
    const seen = new Map<string, SourceEntry>();
    const twice: string[] = [];
    for (const entry of sourceEntries) {
      const first = seen.get(entry.key);
      if (first) twice.push(`${entry.key}: ${first.resource} and ${entry.resource}`);
      else seen.set(entry.key, entry);
    }
    expect(twice).toEqual([]);
  });

  test('every error and warning has a kind; successes have neither kind nor retryable', () => {
    const wrong = sourceEntries.filter((entry) =>
      entry.category === 'success'
        ? entry.details.kind !== undefined || entry.details.retryable !== undefined
        : !kinds.includes(entry.details.kind!),
    );
    expect(wrong.map((entry) => `${entry.key} (${entry.category}): kind ${entry.details.kind}`)).toEqual([]);
  });

  // docs/DATA.md "Error kinds": where the wording decides, the rule holds but for the entries
  // named here, each with the rule that applies instead.
  const wordingRules: readonly { kind: string; wording: RegExp; unless: Readonly<Record<string, string>> }[] = [
    {
      kind: 'not-found',
      wording: /\bnot found\b|\bdoes(?: not|n't) exist|\bcannot find\b|\bunable to find\b|\bno [\w ]{1,30} found\b/i,
      unless: {
        INSTORE_PROFILE_MISSING: 'failed-precondition: the profile the create needs is missing, not what the request names',
        INSTORE_PROFILE_MISSING_WARNING: 'failed-precondition: as INSTORE_PROFILE_MISSING',
        POINTS_CUSTOMER_NOT_ENROLLED_IN_PROGRAM: 'failed-precondition: the customer exists, not enrolled in the program',
        OTP_NO_VALID_OTP: 'unauthenticated: an OTP is a credential, and that rule comes first',
        POINTS_LEDGER_EVENT_IDENTIFIERS_REQUIRED: 'invalid-argument: "required either EventLogId or …" is input missing',
        REWARDS_CATALOG_CUSTOM_FIELD_DEFAULT_NOT_IN_ENUM: 'invalid-argument: an input value outside its list',
        REWARDS_CATALOG_POINTS_REDEEM_TOKEN_INVALID: 'unauthenticated: an invalid token is a credential, and that rule comes first',
      },
    },
    {
      kind: 'already-exists',
      wording: /\balready exists?\b|\bduplicate\b|\balready registered\b|\balready taken\b/i,
      unless: {
        CARD_DUPLICATE_STATUSES: 'invalid-argument: duplicates within the request, nothing that exists',
        USER_GROUP_FLEET_DUPLICATE_ROLE_CODES: 'invalid-argument: duplicates within the payload',
        SURVEY_DUPLICATE_QUESTION_EXTERNAL_ID: 'invalid-argument: duplicates within the request',
        REWARDS_CATALOG_CUSTOM_FIELD_DUPLICATE_ENUM_VALUES: 'invalid-argument: duplicates within the request',
      },
    },
    {
      kind: 'unavailable',
      wording: /\bbusy\b|\btry again later\b|\bunable to respond\b|\btimed? ?out\b/i,
      unless: { REQUEST_ADD_FAILED: 'internal: the message names an internal error (retryable, as it says to try again later)' },
    },
    {
      kind: 'unauthenticated',
      wording: /\bauthenticat|\btoken (?:is )?(?:invalid|expired)|\binvalid token\b/i,
      unless: { AUTH_OTP_RETRIES_EXHAUSTED: 'resource-exhausted: the retries are used up; authenticating again is the way out' },
    },
  ];

  test.each(wordingRules.map((rule) => [rule.kind, rule] as const))('a %s wording has that kind, but for the entries the rules say otherwise', (kind, rule) => {
    const matching = sourceEntries.filter((entry) => entry.category !== 'success' && rule.wording.test(entry.message));
    expect(matching.length).toBeGreaterThan(2);
    const off = matching.filter((entry) => entry.details.kind !== kind).map((entry) => entry.key);
    expect(off.sort()).toEqual(Object.keys(rule.unless).sort());
    for (const key of off) expect(rule.unless[key]!.startsWith(`${sourceEntries.find((entry) => entry.key === key)!.details.kind}:`), key).toBe(true);
  });

  // docs/DATA.md "Error kinds": a rate limit (so many requests in a time) passes with time: retryable
  // after a delay; a quota (so many per day, per customer, per org, at most N) does not.
  const rateLimit = /\brate limit|\btoo many requests\b|\bper (?:second|minute)\b/i;
  const quotasWordedAsRates: Readonly<Record<string, string>> = {
    OTP_RATE_LIMIT_EXCEEDED: 'its note: at most 10 OTPs a user per day, a daily quota',
  };

  test('a rate limit is resource-exhausted and retryable; a quota is resource-exhausted and not', () => {
    const limits = sourceEntries.filter((entry) => entry.category !== 'success' && wordingsOf(entry).some((wording) => rateLimit.test(wording)));
    expect(limits.length).toBeGreaterThanOrEqual(2);
    expect(limits.filter((entry) => entry.details.kind !== 'resource-exhausted').map((entry) => entry.key)).toEqual([]);
    const rates = limits.filter((entry) => !(entry.key in quotasWordedAsRates));
    expect(rates.filter((entry) => !entry.details.retryable).map((entry) => entry.key)).toEqual([]);
    expect(limits.filter((entry) => entry.key in quotasWordedAsRates && entry.details.retryable).map((entry) => entry.key)).toEqual([]);
    for (const key of Object.keys(quotasWordedAsRates)) expect(sourceEntries.find((entry) => entry.key === key)?.details.note, key).toMatch(/per day/);
    const exhausted = sourceEntries.filter((entry) => entry.details.kind === 'resource-exhausted');
    expect(exhausted.length).toBeGreaterThan(20);
    expect(exhausted.filter((entry) => entry.details.retryable && !rates.includes(entry)).map((entry) => entry.key)).toEqual([]);
  });

  test('retryable: aborted, unavailable, a rate limit, a wording that says to wait or try later, and the request-level 500', () => {
    const saysLater = (entry: (typeof sourceEntries)[number]) => /try again later|after some time|retry later|please wait/i.test(wordingsOf(entry).join('\n'));
    const isRate = (entry: (typeof sourceEntries)[number]) => wordingsOf(entry).some((wording) => rateLimit.test(wording)) && !(entry.key in quotasWordedAsRates);
    const unexplained = sourceEntries.filter(
      (entry) =>
        entry.details.retryable && entry.details.kind !== 'aborted' && entry.details.kind !== 'unavailable' && !saysLater(entry) && !isRate(entry) && entry.key !== 'INTERNAL_SERVER_ERROR',
    );
    expect(unexplained.map((entry) => entry.key)).toEqual([]);
    const missed = sourceEntries.filter((entry) => entry.category !== 'success' && saysLater(entry) && !entry.details.retryable);
    expect(missed.map((entry) => entry.key)).toEqual([]);
  });

  test('aborted and unavailable entries are retryable', () => {
    const wrong = sourceEntries.filter((entry) => (entry.details.kind === 'aborted' || entry.details.kind === 'unavailable') && !entry.details.retryable);
    expect(wrong.map((entry) => entry.key)).toEqual([]);
  });

  // Variants kept though they differ only by a stop or case, because servers send each exactly:
  // the customers table prints 8089 twice, with and without its stop (test/duplicates.test.ts);
  // v1.1 responses send 200 as "SUCCESS" (129 times in the published samples).
  const keptVariants: Readonly<Record<string, string>> = {
    CUSTOMER_NOT_LOYALTY_MEMBER: 'Customer not registered for the Loyalty Program.',
    REQUEST_SUCCEEDED: 'SUCCESS',
  };

  test('wordings hold no markup, no list marker and no stray spaces at their ends, and an entry has each wording once, up to a final stop, case and spacing', () => {
    const wrong = sourceEntries.flatMap((entry) => {
      const wordings = wordingsOf(entry);
      const problems = wordings
        .filter((wording) => /\\|`|\*\*|<\/?(?:br|p|code|strong)\b|↵|^[*\-•]\s/.test(wording) || wording !== wording.trim() || wording === '')
        .map((wording) => `${entry.key}: ${JSON.stringify(wording)}`);
      const seen = new Map<string, string>();
      for (const wording of wordings) {
        const twin = seen.get(normalized(wording));
        if (twin !== undefined && keptVariants[entry.key] !== wording) problems.push(`${entry.key}: ${JSON.stringify(wording)} is ${JSON.stringify(twin)} up to a stop, case or spacing`);
        else seen.set(normalized(wording), wording);
      }
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  // docs/DATA.md "A row": the documentation's sample values are placeholders, the published text an alias.
  test('a wording prints no sample value where a server puts its own: the message is a template, the published text an alias', () => {
    const sampled = sourceEntries.filter((entry) => entry.details.note?.includes('The published text shows sample values'));
    expect(sampled.length).toBeGreaterThanOrEqual(17);
    const wrong = sampled.filter((entry) => {
      const templated = wordingsOf(entry).filter((wording) => /\{[^{}]+\}/.test(wording));
      return templated.length === 0 || !entry.details.aliases?.length || (/the message writes them/.test(entry.details.note!) && !/\{[^{}]+\}/.test(entry.message));
    });
    expect(wrong.map((entry) => entry.key)).toEqual([]);
    // What sample values look like in a message: an id, a decimal or an org's number after a name.
    const sampleLike = /\b(?:id|ids|orgId|messageId|programId|userId)s?:? \d|\d+\.\d+|\blimit is \d|\blimit of \d+ characters/i;
    expect(sourceEntries.filter((entry) => sampleLike.test(entry.message)).map((entry) => `${entry.key}: ${entry.message}`)).toEqual([]);
  });

  test('an entry is not shared with its own resource, nor twice with another', () => {
    const wrong = sourceEntries.filter((entry) => {
      const shared = entry.details.sharedWith ?? [];
      return shared.includes(entry.resource) || new Set(shared).size !== shared.length;
    });
    expect(wrong.map((entry) => entry.key)).toEqual([]);
  });

  test('every page of the per-API tables names its resource, or why it is left out', () => {
    const pages = [...new Set(apiSpecificRows.map(pageOf))];
    const named = pageMaps.flatMap((map) => [...Object.keys(map.pages), ...Object.keys(map.pagesLeftOut)]);
    expect(pages.filter((page) => !named.includes(page))).toEqual([]);
    expect(named.filter((page) => !pages.includes(page))).toEqual([]);
    expect(named.filter((page, i) => named.indexOf(page) !== i)).toEqual([]);
  });
});

describe('docs and origin (docs/DATA.md "Docs and origin")', () => {
  const fileOrder = Object.keys(tableResources);
  /** The page an entry's rows say documents it, and whether a status table or only a per-API page lists it. */
  function documented(entry: SourceEntry): { origin: 'table' | 'page'; docs: string } | undefined {
    const rows = accounted.filter((item) => item.entries.includes(entry)).map((item) => item.listing);
    const tables = rows.filter((listing) => listing.row.file !== apiSpecificFile);
    // Its own resource's tables before those it is shared with; the newest publication; the row that words it as the message; file and line order.
    const rank = (listing: (typeof rows)[number]) => [
      listing.resource === entry.resource ? 0 : 1,
      publicationRank(listing.row.file),
      normalized(listing.wording) === normalized(entry.message) ? 0 : 1,
      fileOrder.indexOf(listing.row.file),
      listing.row.line,
    ];
    const first = [...(tables.length ? tables : rows)].sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x.map((value, i) => value - y[i]!).find((difference) => difference !== 0) ?? 0;
    })[0];
    return first && { origin: tables.length ? 'table' : 'page', docs: pageUrlOf(first.row.file, tableText, first.row.heading) };
  }

  const tabled = sourceEntries.filter((entry) => entry.details.origin !== 'sample');

  test(`each of the ${count(tabled.length, 'entry', 'entries')} a table lists is documented by the page of its newest status table, else of the API page whose table lists it`, () => {
    const wrong = tabled.flatMap((entry) => {
      const expected = documented(entry);
      const written = { origin: entry.details.origin ?? 'table', docs: entry.details.docs ?? docsPages[entry.resource] };
      return expected?.origin === written.origin && expected.docs === written.docs ? [] : [`${entry.key}: ${JSON.stringify(written)}, its rows say ${JSON.stringify(expected)}`];
    });
    expect(wrong).toEqual([]);
  });

  test('a row writes docs only where it differs from its resource\'s page', () => {
    expect(sourceEntries.filter((entry) => entry.details.docs === docsPages[entry.resource]).map((entry) => entry.key)).toEqual([]);
  });

  test('the resource\'s page is the one most of its entries a table lists have', () => {
    const off = resourcesWithRows.filter((resource) => {
      const tally = new Map<string, number>();
      for (const entry of sourceEntries.filter((candidate) => candidate.resource === resource && candidate.details.origin !== 'sample')) {
        const docs = entry.details.docs ?? docsPages[resource];
        tally.set(docs, (tally.get(docs) ?? 0) + 1);
      }
      return Math.max(...tally.values()) !== tally.get(docsPages[resource]);
    });
    expect(off).toEqual([]);
  });
});
