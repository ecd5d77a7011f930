/**
 * docs/DATA.md "Audience": every entry, successes too, is `'developer'` exactly when one of its
 * wordings (message or alias, placeholders aside) names internals by the rules there, else
 * `'user'`; the row files say it (`audience: 'developer'`, absent for `'user'`) and the runtime
 * entries carry it. Counts per resource are in the test names.
 */
import { describe, expect, test } from 'vitest';
import { catalog, entries } from 'capillary-codes';
import { resources } from '../src/codes/resources.js';
import { sourceEntries, wordingsOf, type SourceEntry } from './tables/catalog-rows.js';

/** The rules of docs/DATA.md "Audience", in its order: the first that a wording meets makes the entry a developer's. */
const rules: readonly { readonly name: string; readonly wording: RegExp }[] = [
  {
    name: "Capillary's internals",
    wording:
      /\bthrift\b|\btables?\b|\bdatabase\b|\bconfig(?:uration)?[ _-]?keys?\b|\bCONF_[A-Z_]+|\bnull\b|\bexception\b|\bstack ?trace\b|\bcom\.[a-z]+\.|\bHV\d{6}\b|\bemf\b|\bsolr\b|\bqueue\b|\bpoints engine\b|\bsegmentation engine\b|\bcommunication engine\b|\b(?:subscription|file|identity) service\b|\bscheduling job\b/i,
  },
  {
    name: 'the mechanics of a request',
    wording:
      /\bjson\b|\bxml\b|\bpayload\b|\brequest body\b|\bheaders?\b|\bparams?\b|\bparameters?\b|\bquery\b|\buri\b|\burl\b|\bhttp\b|\bapi\b|\bdeserializ|\bpars(?:e|ing)\b|\benum\b|\barray\b|\bstring\b|\binteger\b|\bboolean\b|\bdata ?type\b|\buuid\b/i,
  },
  {
    name: 'a field name or value of a request (camelCase, PascalCase of three words or more, snake_case, SCREAMING_SNAKE)',
    wording: /\b[a-z]+[A-Z][A-Za-z0-9]*\b|\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+){2,}\b|\b[A-Za-z0-9]+_[A-Za-z0-9_]+\b/,
  },
];

/** Entries the rules would place otherwise, each with why (none yet; a reason must say which rule applies instead). */
const unless: Readonly<Record<string, string>> = {};

/** The rule an entry's wordings meet first, if any; placeholders (`{storeId}`) are the server's values, not the wording's. */
function ruleOf(entry: SourceEntry): string | undefined {
  const wordings = wordingsOf(entry).map((wording) => wording.replace(/\{[^{}]*\}/g, '{}'));
  return rules.find((rule) => wordings.some((wording) => rule.wording.test(wording)))?.name;
}

const audienceOf = (entry: SourceEntry) => entry.details.audience ?? 'user';
const expected = (entry: SourceEntry) => (ruleOf(entry) ? 'developer' : 'user');

describe('audience (docs/DATA.md "Audience")', () => {
  test.each(rules.map((rule) => [rule.name, rule] as const))('a wording naming %s makes a developer entry', (name, rule) => {
    const met = sourceEntries.filter((entry) => ruleOf(entry) === name);
    expect(met.length).toBeGreaterThan(10);
    expect(met.filter((entry) => audienceOf(entry) !== 'developer' && !unless[entry.key]).map((entry) => entry.key)).toEqual([]);
    expect(rule.wording.test('Customer not found for organization.')).toBe(false);
  });

  test('an entry whose wordings meet no rule is a user\'s, but for the entries named with a reason', () => {
    const off = sourceEntries.filter((entry) => audienceOf(entry) !== expected(entry)).map((entry) => entry.key);
    expect(off.sort()).toEqual(Object.keys(unless).sort());
  });

  test("the rows write only 'developer': 'user' is the default, left out", () => {
    expect(sourceEntries.filter((entry) => entry.details.audience !== undefined && entry.details.audience !== 'developer').map((entry) => entry.key)).toEqual([]);
  });

  test.each(resources.filter((resource) => sourceEntries.some((entry) => entry.resource === resource)).map((resource) => {
    const own = sourceEntries.filter((entry) => entry.resource === resource);
    const developer = own.filter((entry) => audienceOf(entry) === 'developer').length;
    return [resource, own.length - developer, developer] as const;
  }))('%s: %i user, %i developer entries, as the runtime entries say', (resource, users, developers) => {
    const own = catalog.filter((entry) => entry.resource === resource);
    expect(own.filter((entry) => entry.audience === 'user').length).toBe(users);
    expect(own.filter((entry) => entry.audience === 'developer').length).toBe(developers);
  });

  test('the issue\'s cases: Thrift and config_keys are a developer\'s, a shopper\'s not-found is a user\'s', () => {
    expect(entries.POINTS_VALIDATION_FAILED.audience).toBe('developer');
    expect(entries.POINTS_TRANSFER_FRAUD_CHECK_CONFIG_INVALID.audience).toBe('developer');
    expect(entries.CUSTOMER_NOT_FOUND_FOR_ORG.audience).toBe('user');
    expect(entries.COUPON_REDEEMABILITY_CHECKED.audience).toBe('developer');
  });
});
