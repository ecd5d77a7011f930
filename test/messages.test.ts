import { describe, expect, it } from 'vitest';
import { catalog, defineMessages, entries, format, formatParts, type Messages } from 'capillary-codes/customers';
import * as entryOnly from 'capillary-codes/format';

describe('format', () => {
  it('formats by key and by entry alike', () => {
    expect(format('ADD_CUSTOMER_EXISTS', { 0: '42' })).toBe('Add failed, Customer already exists with id 42 for same source');
    expect(format(entries.ADD_CUSTOMER_EXISTS, { 0: 42 })).toBe('Add failed, Customer already exists with id 42 for same source');
    expect(format('CUSTOMER_NOT_FOUND_FOR_ORG')).toBe('Customer not found for organization.');
    expect(format('CUSTOMER_NOT_FOUND_FOR_ORG', {}, { escape: 'html' })).toBe('Customer not found for organization.');
  });

  it('fills every occurrence and several names', () => {
    expect(format('SUBSCRIPTION_CHANNEL_UPDATE_FAILED', { x: 'SMS', y: 'HIGH' })).toBe('Failed to update subscription for SMS channel and priority HIGH.');
    expect(format('NO_BEST_FITTING_PROFILE', { 0: 'a', 1: 'b' })).toBe('No best-fitting profile found matching a.b');
  });

  it('keeps a missing param visible as its placeholder, never "undefined"', () => {
    expect(format('SUBSCRIPTION_CHANNEL_UPDATE_FAILED', { x: 'SMS' } as never)).toBe('Failed to update subscription for SMS channel and priority {y}.');
    expect(format('DATE_IN_PAST', { x: undefined } as never)).toBe('{x} cannot be a past date.');
    expect(format('DATE_IN_PAST', { x: { toString: () => 'sneaky' } } as never)).toBe('{x} cannot be a past date.');
    expect(format('DATE_IN_PAST', null as never)).toBe('{x} cannot be a past date.');
  });

  it('throws a TypeError naming the param with missing: "throw"', () => {
    expect(() => format('SUBSCRIPTION_CHANNEL_UPDATE_FAILED', { x: 'SMS' } as never, { missing: 'throw' })).toThrow(
      new TypeError('Missing param "y" for SUBSCRIPTION_CHANNEL_UPDATE_FAILED: the template "Failed to update subscription for {x} channel and priority {y}." needs it'),
    );
    expect(format('DATE_IN_PAST', { x: 'd' }, { missing: 'throw' })).toBe('d cannot be a past date.');
  });

  it('inserts a value once, never re-reading it as a template', () => {
    expect(format('SUBSCRIPTION_CHANNEL_UPDATE_FAILED', { x: '{y}', y: '{x}' })).toBe('Failed to update subscription for {y} channel and priority {x}.');
    expect(format('DATE_IN_PAST', { x: '$& $1 $$' })).toBe('$& $1 $$ cannot be a past date.');
  });

  it('reads own params only', () => {
    const inherited = Object.create({ x: 'from the prototype' }) as { x: string };
    expect(format('DATE_IN_PAST', inherited)).toBe('{x} cannot be a past date.');
  });

  it('escapes values, not the template, with escape: "html"', () => {
    expect(format('DATE_IN_PAST', { x: `<img src=x onerror="alert('1')">&` }, { escape: 'html' })).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp; cannot be a past date.',
    );
    expect(format('INVALID_TEST_CONTROL_STATUS', {}, { escape: 'html' })).toBe('Invalid Test & Control status.');
  });

  it('formats an unknown key as itself and a non-entry as ""', () => {
    expect(format('NOT_A_KEY' as never)).toBe('NOT_A_KEY');
    expect(format(42 as never)).toBe('');
    expect(format({ message: 5 } as never)).toBe('');
  });

  it('formats entries without the table through capillary-codes/format', () => {
    expect(entryOnly.format(entries.CARD_ACTIONS_NOT_ALLOWED, { 0: 'BLOCKED' })).toBe('Card is BLOCKED, not allowed to do any further actions');
    const json = JSON.parse(JSON.stringify(entries.DATE_IN_PAST)) as typeof entries.DATE_IN_PAST;
    expect(entryOnly.format(json, { x: 'startDate' })).toBe('startDate cannot be a past date.');
  });
});

describe('formatParts', () => {
  it('returns text and values as separate pieces', () => {
    expect(formatParts('CARD_ACTIONS_NOT_ALLOWED', { 0: 'BLOCKED' })).toEqual([
      'Card is ',
      { param: '0', value: 'BLOCKED' },
      ', not allowed to do any further actions',
    ]);
    expect(formatParts('DATE_IN_PAST', { x: 'startDate' })).toEqual([{ param: 'x', value: 'startDate' }, ' cannot be a past date.']);
    expect(formatParts('CUSTOMER_NOT_FOUND_FOR_ORG')).toEqual(['Customer not found for organization.']);
  });

  it('keeps a missing param as text and escapes values on request', () => {
    expect(formatParts('DATE_IN_PAST', {} as never)).toEqual(['{x}', ' cannot be a past date.']);
    expect(formatParts('DATE_IN_PAST', { x: '<b>' }, { escape: 'html' })).toEqual([{ param: 'x', value: '&lt;b&gt;' }, ' cannot be a past date.']);
  });

  it('joins into exactly what format returns, for every entry', () => {
    for (const entry of catalog) {
      const params = Object.fromEntries(entry.params.map((name) => [name, `<${name}>`]));
      const joined = formatParts(entry, params).map((part) => (typeof part === 'string' ? part : part.value)).join('');
      expect(joined).toBe(format(entry, params));
    }
  });
});

describe('defineMessages', () => {
  const fr = defineMessages({
    DATE_IN_PAST: '{x} ne peut pas être une date passée.',
    SUBSCRIPTION_CHANNEL_UPDATE_FAILED: 'Échec de la mise à jour : priorité {y}, canal {x}.',
    CUSTOMER_NOT_FOUND_FOR_ORG: 'Client introuvable pour cette organisation.',
  });

  it('formats with the translation, by key and by entry', () => {
    expect(format('DATE_IN_PAST', { x: 'startDate' }, { messages: fr })).toBe('startDate ne peut pas être une date passée.');
    expect(format(entries.SUBSCRIPTION_CHANNEL_UPDATE_FAILED, { x: 'SMS', y: 'HIGH' }, { messages: fr })).toBe(
      'Échec de la mise à jour : priorité HIGH, canal SMS.',
    );
    expect(formatParts('CUSTOMER_NOT_FOUND_FOR_ORG', {}, { messages: fr })).toEqual(['Client introuvable pour cette organisation.']);
  });

  it('falls back to the table\'s wording for keys it does not translate', () => {
    expect(format('INVALID_MOBILE', {}, { messages: fr })).toBe('Invalid mobile');
  });

  it('returns a frozen, prototype-free object', () => {
    expect(Object.isFrozen(fr)).toBe(true);
    expect(Object.getPrototypeOf(fr)).toBeNull();
  });

  it('rejects a translation with other placeholders, naming the key and both sets', () => {
    const loaded = JSON.parse('{"DATE_IN_PAST": "{y} ne peut pas être une date passée."}') as Record<string, string>;
    expect(() => defineMessages(loaded)).toThrow(new TypeError('defineMessages: the translation of DATE_IN_PAST must use exactly {x}, got {y}'));
    expect(() => defineMessages(JSON.parse('{"INVALID_MOBILE": "Mobile {0} invalide"}') as Record<string, string>)).toThrow(
      'must use exactly no placeholders, got {0}',
    );
    expect(() => defineMessages(JSON.parse('{"SUBSCRIPTION_CHANNEL_UPDATE_FAILED": "{x}"}') as Record<string, string>)).toThrow(
      'must use exactly {x}, {y}, got {x}',
    );
  });

  it("refuses other tools' placeholder syntaxes, naming the key and the catalog's", () => {
    const refusal = (translation: string) => {
      try {
        defineMessages({ DATE_IN_PAST: translation } as never);
      } catch (error) {
        return error instanceof TypeError ? error.message : `not a TypeError: ${String(error)}`;
      }
      return 'accepted';
    };
    expect(refusal('{{x}} ne peut pas être une date passée.')).toBe("defineMessages: the translation of DATE_IN_PAST uses i18next's {{x}}: the catalog writes placeholders {x} ({x})");
    for (const icu of ['{x, select, other {x}} est passée', '{x, number} est passée', '{n, plural, one {# jour} other {# jours}} {x}']) {
      expect(refusal(icu), icu).toBe("defineMessages: the translation of DATE_IN_PAST uses ICU MessageFormat's {x, …}: the catalog writes placeholders {x} ({x})");
    }
    // Braces of the catalog's own kind pass.
    expect(refusal('{x} ne peut pas être une date passée.')).toBe('accepted');
  });

  it('rejects unknown keys, inherited names and non-strings', () => {
    expect(() => defineMessages(JSON.parse('{"NOPE": "x"}') as Record<string, string>)).toThrow(new TypeError('defineMessages: "NOPE" is not a key of the catalog'));
    expect(() => defineMessages(JSON.parse('{"__proto__": {"polluted": "yes"}}') as Record<string, string>)).toThrow('"__proto__" is not a key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => defineMessages({ INVALID_MOBILE: 5 } as never)).toThrow('the translation of INVALID_MOBILE must be a string, got number');
    for (const value of [null, 'text', [], 5]) expect(() => defineMessages(value as never)).toThrow(TypeError);
  });

  it('only counts as messages when it came from defineMessages', () => {
    const forged = { DATE_IN_PAST: 'forged {x}' } as unknown as Messages;
    expect(format('DATE_IN_PAST', { x: 'a' }, { messages: forged })).toBe('forged a');
    // The brand is a compile-time guarantee; the run time still reads own string values only.
    const inherited = Object.create({ DATE_IN_PAST: 'inherited {x}' }) as Messages;
    expect(format('DATE_IN_PAST', { x: 'a' }, { messages: inherited })).toBe('a cannot be a past date.');
  });
});
