import { describe, expect, it } from 'vitest';
import { defineMessages, entries, readResponse, readStatuses, resolve, userMessage, type Entry, type Resolution } from 'capillary-codes/customers';
import * as root from 'capillary-codes';

const addFailed = 'Add failed, Customer already exists with id 42 for same source';

describe('userMessage: a sure entry gives its wording', () => {
  it('formats the entry with the params the server text filled, for text exact and close', () => {
    expect(userMessage(resolve(8006, { message: addFailed }))).toBe(addFailed);
    // Reworded by the server: the catalog's wording, with the server's value.
    const reworded = resolve(8006, { message: 'add failed: customer already exists with id 42 for same source' });
    expect(reworded).toMatchObject({ status: 'resolved', text: 'close' });
    expect(userMessage(reworded)).toBe(addFailed);
  });

  it('formats an entry resolved without text (none)', () => {
    expect(userMessage(resolve(618))).toBe('Not allowed - customer is marked as fraud.');
  });

  it('translates with messages', () => {
    const messages = defineMessages({ ADD_CUSTOMER_EXISTS: 'Client {0} existe déjà pour cette source' });
    expect(userMessage(resolve(8006, { message: addFailed }), { messages })).toBe('Client 42 existe déjà pour cette source');
  });

  it('prefers the server text, then the fallback, to a wording whose param nobody gave', () => {
    const bare = resolve(8006);
    expect(bare).toMatchObject({ status: 'resolved', text: 'none' });
    expect(userMessage(bare, { message: 'Customer exists' })).toBe('Customer exists');
    expect(userMessage(bare, { fallback: 'Something went wrong.' })).toBe('Something went wrong.');
    // With neither, the wording with its placeholder showing is still the best there is.
    expect(userMessage(bare)).toBe('Add failed, Customer already exists with id {0} for same source');
  });

  it('escapes the values, not the template, for HTML', () => {
    const resolution = resolve(8006, { message: 'Add failed, Customer already exists with id <b>42</b> for same source' });
    expect(userMessage(resolution, { escape: 'html' })).toBe('Add failed, Customer already exists with id &lt;b&gt;42&lt;/b&gt; for same source');
  });
});

describe('userMessage: no sure entry gives the server text, the fallback or undefined', () => {
  it('never picks a candidate of a tie (ambiguous)', () => {
    // 0.1's trap: the first candidate of 1000 is the register success, shown after an update.
    const ambiguous = resolve(1000, { message: 'SUCCESS' });
    expect(ambiguous.status).toBe('ambiguous');
    // A Resolution carries no text: the server's comes in options.
    expect(userMessage(ambiguous)).toBeUndefined();
    expect(userMessage(ambiguous, { message: 'SUCCESS' })).toBe('SUCCESS');
    // 0.3: 8011 alone is the server's entry (the paraphrase makes no tie); 1300 alone still ties.
    const silent = resolve(1300);
    expect(silent.status).toBe('ambiguous');
    expect(userMessage(silent)).toBeUndefined();
    expect(userMessage(silent, { fallback: 'Please try again.' })).toBe('Please try again.');
  });

  it('shows what the server said where its text says something else than the entry (different)', () => {
    const message = 'The loyalty engine is warming up';
    const different = resolve(816, { message });
    expect(different).toMatchObject({ status: 'resolved', text: 'different' });
    expect(userMessage(different, { message })).toBe(message);
    // Without the server's text there is nothing sure to show.
    expect(userMessage(different)).toBeUndefined();
    expect(userMessage(resolve(816, { message: '<script>' }), { message: '<script>', escape: 'html' })).toBe('&lt;script&gt;');
  });

  it('shows the server text or the fallback for an unknown code', () => {
    const unknown = resolve(42424242);
    expect(userMessage(unknown)).toBeUndefined();
    expect(userMessage(unknown, { message: 'Quota exceeded' })).toBe('Quota exceeded');
    expect(userMessage(unknown, { fallback: 'Something went wrong.', escape: 'html' })).toBe('Something went wrong.');
    expect(userMessage(unknown, { fallback: 'a < b', escape: 'html' })).toBe('a &lt; b');
  });

  it('trims the server text, and treats a blank one as none', () => {
    expect(userMessage(resolve(42424242), { message: '\n  Quota exceeded \n' })).toBe('Quota exceeded');
    expect(userMessage(resolve(42424242), { message: '  ', fallback: 'Something went wrong.' })).toBe('Something went wrong.');
  });
});

describe('userMessage: read statuses', () => {
  const body = {
    response: {
      status: { success: 'false', code: 500, message: 'All requests have failed due to errors' },
      customers: {
        customer: {
          item_status: { success: 'false', code: '816', message: 'Customer not found for organization.', warnings: { warning: [] } },
        },
      },
    },
  };

  it('reads the message a status carries', () => {
    const statuses = readStatuses(body);
    const item = statuses.find((status) => status.path.endsWith('item_status'))!;
    expect(userMessage(item)).toBe('Customer not found for organization.');
    expect(userMessage(item, { messages: defineMessages({ CUSTOMER_NOT_FOUND_FOR_ORG: 'Client introuvable.' }) })).toBe('Client introuvable.');
  });

  it('takes options.message over the status message', () => {
    const [status] = root.readStatuses({ errors: [{ code: 42424242, message: 'Server words' }] });
    expect(userMessage(status!)).toBe('Server words');
    expect(userMessage(status!, { message: 'Caller words' })).toBe('Caller words');
  });
});

/** Hand-made entries: `audience` comes with the row data; until then, read as an optional field. */
const entryWith = (fields: Partial<Omit<Entry, 'key'>> & { key?: string; audience?: 'user' | 'developer' }): Entry =>
  ({ key: 'TEST_ENTRY', code: 99001, category: 'error', resource: 'customers', message: 'Points related validation failed from Thrift.', params: [], api: 'v2', ...fields }) as Entry;
const sureOf = (entry: Entry, text: 'exact' | 'close' | 'none' = 'exact', params: Record<string, string> = {}): Resolution =>
  ({ status: 'resolved', entry, params, text }) as Resolution;

describe('userMessage: audience', () => {
  const internal = entryWith({ audience: 'developer' });

  it('a developer entry gives the fallback, else undefined; asked for developers, its wording', () => {
    expect(userMessage(sureOf(internal))).toBeUndefined();
    expect(userMessage(sureOf(internal), { fallback: 'Something went wrong.' })).toBe('Something went wrong.');
    expect(userMessage(sureOf(internal), { audience: 'developer' })).toBe('Points related validation failed from Thrift.');
    // An entry for users, or one without the field, shows its wording.
    expect(userMessage(sureOf(entryWith({ audience: 'user' })))).toBe('Points related validation failed from Thrift.');
    expect(userMessage(sureOf(entryWith({})))).toBe('Points related validation failed from Thrift.');
  });

  it("the server's text that answers a developer entry is hidden too, unless asked", () => {
    const message = 'points related validation failed from thrift';
    const tie = { status: 'ambiguous', entry: internal, candidates: [internal, { ...internal, key: 'OTHER' }], text: 'close' } as unknown as Resolution;
    expect(userMessage(tie, { message, fallback: 'Oops' })).toBe('Oops');
    expect(userMessage(tie, { message, audience: 'developer' })).toBe(message);
    // A text that differs from the entry does not answer it: the server's words are shown.
    const different = { status: 'resolved', entry: internal, params: {}, text: 'different' } as unknown as Resolution;
    expect(userMessage(different, { message: 'Try later' })).toBe('Try later');
  });
});

describe('userMessage: untranslated and serverText', () => {
  const fr = defineMessages({ ADD_CUSTOMER_EXISTS: 'Le client {0} existe déjà' });
  const exists = resolve(8006, { message: 'Add failed, Customer already exists with id 42 for same source' });

  it("untranslated: 'fallback' gives the fallback, not the catalog's English, for an entry without a translation", () => {
    expect(userMessage(exists, { messages: fr, untranslated: 'fallback' })).toBe('Le client 42 existe déjà');
    expect(userMessage(resolve(618), { messages: fr, untranslated: 'fallback', fallback: 'Une erreur est survenue.' })).toBe('Une erreur est survenue.');
    expect(userMessage(resolve(618), { messages: fr, untranslated: 'fallback' })).toBeUndefined();
    // By default the English wording stands in.
    expect(userMessage(resolve(618), { messages: fr })).toBe(entries.CUSTOMER_MARKED_AS_FRAUD.message);
  });

  it("serverText: 'hide' never shows the server's words: the fallback instead", () => {
    const unknown = readStatuses({ errors: [{ code: 42424242, message: 'Quota exceeded' }] })[0]!;
    expect(userMessage(unknown)).toBe('Quota exceeded');
    expect(userMessage(unknown, { serverText: 'hide' })).toBeUndefined();
    expect(userMessage(unknown, { serverText: 'hide', fallback: 'Réessayez plus tard.' })).toBe('Réessayez plus tard.');
    expect(userMessage(resolve(816, { message: 'The loyalty engine is warming up' }), { message: 'The loyalty engine is warming up', serverText: 'hide', fallback: 'x' })).toBe('x');
    // A sure entry's wording is the catalog's, not the server's: it stays.
    expect(userMessage(exists, { serverText: 'hide' })).toBe('Add failed, Customer already exists with id 42 for same source');
  });
});

describe('userMessage: an exact match on an alias shows the alias the server sent', () => {
  const rewarded = entryWith({ key: 'GLOBAL_SUCCESS', code: 200, category: 'success', message: 'Global request success.', aliases: ['Reward issued successfully', 'Reward {0} issued to user {1}'] });

  it("shows Capillary's own, more specific wording, formatted with the server's values", () => {
    expect(userMessage(sureOf(rewarded), { message: 'Reward issued successfully' })).toBe('Reward issued successfully');
    expect(userMessage(sureOf(rewarded, 'exact', { 0: 'R1', 1: '<b>' }), { message: 'Reward R1 issued to user <b>', escape: 'html' })).toBe('Reward R1 issued to user &lt;b&gt;');
    // Close, or no text: the entry's canonical wording.
    expect(userMessage(sureOf(rewarded, 'close'), { message: 'reward was issued successfully' })).toBe('Global request success.');
    expect(userMessage(sureOf(rewarded, 'none'))).toBe('Global request success.');
  });

  it('a translation still wins', () => {
    const translated = { GLOBAL_SUCCESS: 'Succès' } as never;
    expect(userMessage(sureOf(rewarded), { message: 'Reward issued successfully', messages: translated })).toBe('Succès');
  });

  it('on the real catalog: every alias without placeholders that resolves exactly is shown as sent', () => {
    let shown = 0;
    for (const entry of Object.values(entries) as Entry[]) {
      for (const alias of entry.aliases ?? []) {
        if (alias.includes('{')) continue;
        const resolution = resolve(entry.code, { message: alias, resource: entry.resource === 'api' ? undefined : entry.resource });
        if (resolution.status !== 'resolved' || resolution.text !== 'exact' || resolution.entry !== entry || entry.params.length) continue;
        expect(userMessage(resolution, { message: alias, audience: 'developer' }), `${entry.key}: ${alias}`).toBe(alias);
        shown += 1;
      }
    }
    expect(shown).toBeGreaterThan(10);
  });
});

describe('userMessage: readings', () => {
  it("a reading's text is that of its first failure, else its success; an item's, its own", () => {
    const body = {
      response: {
        status: { success: 'false', code: 201, message: 'Some requests have failed due to errors' },
        customers: {
          customer: [
            { item_status: { success: 'true', code: '1000', message: 'Customer successfully retrieved' } },
            { item_status: { success: 'false', code: '816', message: 'Customer not found for organization' } },
          ],
        },
      },
    };
    const reading = readResponse(body);
    expect(userMessage(reading)).toBe(userMessage(reading.failures[0]!));
    expect(userMessage(reading)).not.toBe(userMessage(reading.request!));
    expect(userMessage(reading.items[1]!)).toBe(userMessage(reading.failures[0]!));
    expect(userMessage(reading.items[0]!)).toBe(userMessage(reading.items[0]!.status!));
    const ok = readResponse({ response: { status: { success: 'true', code: 200, message: 'SUCCESS' }, customers: { customer: [body.response.customers.customer[0]] } } });
    expect(userMessage(ok)).toBe(userMessage(ok.items[0]!.status!));
    // A body that is no JSON has no status: the fallback.
    expect(userMessage(readResponse('<html>', { httpStatus: 503 }), { fallback: 'Try again.' })).toBe('Try again.');
  });
});

describe('userMessage: anything else', () => {
  it('answers from the options, never throws, for what is no status', () => {
    for (const value of [undefined, null, 42, 'resolved', {}, { status: 'resolved' }, { status: 'resolved', text: 'exact', entry: null }]) {
      expect(userMessage(value as unknown as Resolution, { fallback: 'Something went wrong.' })).toBe('Something went wrong.');
    }
    const throwing = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(userMessage(throwing as Resolution, throwing as never)).toBeUndefined();
    // An entry or aliases that throw when read, behind a sure resolution sent an exact text.
    const hostileEntry = new Proxy({ key: 'X', params: [], aliases: ['hi'] }, { get: (target, name) => (name in target ? Reflect.get(target, name) : (() => { throw new Error('trap'); })()) });
    expect(() => userMessage({ status: 'resolved', entry: hostileEntry, params: {}, text: 'exact' } as unknown as Resolution, { message: 'hi', audience: 'developer' })).not.toThrow();
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const subject of [{ failures: revoked }, { failures: [revoked] }, { index: 0, retry: {}, status: revoked }, { items: [revoked], failures: [] }]) {
      expect(userMessage(subject as never, { fallback: 'F' })).toBe('F');
    }
  });

  it('is the same function in the root and every view', () => {
    expect(root.userMessage).toBe(userMessage);
  });
});
