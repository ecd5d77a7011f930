import { describe, expect, it } from 'vitest';
import { defineMessages, readStatuses, resolve, userMessage, type Resolution } from 'capillary-codes/customers';
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

describe('userMessage: anything else', () => {
  it('answers from the options, never throws, for what is no status', () => {
    for (const value of [undefined, null, 42, 'resolved', {}, { status: 'resolved' }, { status: 'resolved', text: 'exact', entry: null }]) {
      expect(userMessage(value as unknown as Resolution, { fallback: 'Something went wrong.' })).toBe('Something went wrong.');
    }
    const throwing = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(userMessage(throwing as Resolution, throwing as never)).toBeUndefined();
  });

  it('is the same function in the root and every view', () => {
    expect(root.userMessage).toBe(userMessage);
  });
});
