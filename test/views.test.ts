/**
 * The resource views, `capillary-codes/<resource>`: the root's API over one resource (its
 * entries, those other resources share with it, and the request-level ones). Which entries
 * each holds is test/packed.test.ts's; that a bundle of one carries no other resource's text,
 * test/size.test.ts's. Here: the same shape in each, and the answers a view gives where the
 * whole API would hesitate.
 */
import { describe, expect, it } from 'vitest';
import * as root from 'capillary-codes';
import * as customers from 'capillary-codes/customers';
import * as transactions from 'capillary-codes/transactions';

const views = import.meta.glob<Record<string, unknown>>('../src/views/*.ts', { eager: true });
const names = Object.keys(views).map((path) => /([^/]+)\.ts$/.exec(path)![1]!).filter((name) => name !== 'all');

// The lists of every resource, kind and API are the root's alone: a view is about one resource.
const rootOnly = ['apis', 'icuParams', 'kinds', 'resources'];

describe(`${names.length} views`, () => {
  it('one per resource with entries, each in the exports map', async () => {
    const { default: pkg } = await import('../package.json', { with: { type: 'json' } });
    const withEntries = root.resources.filter((resource) => resource !== 'api' && root.catalog.some((entry) => entry.resource === resource || entry.sharedWith?.includes(resource)));
    expect(names.sort()).toEqual([...withEntries].sort());
    for (const name of names) expect(Object.keys(pkg.exports), name).toContain(`./${name}`);
  });

  it.each(names)('%s exports what the root exports, the lists of resources, kinds and APIs and icuParams aside', (name) => {
    const view = views[`../src/views/${name}.ts`]!;
    expect(Object.keys(view).sort()).toEqual(Object.keys(root).filter((key) => !rootOnly.includes(key)).sort());
    for (const key of Object.keys(view)) expect(typeof view[key], `${name}.${key}`).toBe(typeof (root as Record<string, unknown>)[key]);
  });
});

describe('a view answers for its resource', () => {
  it('resolves a code two resources share to its own entry', () => {
    expect(root.resolve(1102).status).toBe('ambiguous');
    expect(customers.resolve(1102)).toMatchObject({ status: 'resolved', entry: { key: 'INVALID_PRIORITY_TYPE', resource: 'customers' } });
    expect(transactions.resolve(1102)).toMatchObject({ status: 'resolved', entry: { key: 'TRANSACTION_INVALID_CURRENCY_RATIO', resource: 'transactions' } });
    // The root, told the resource, answers the same.
    expect(root.resolve(1102, { resource: 'transactions' })).toMatchObject({ status: 'resolved', entry: { key: 'TRANSACTION_INVALID_CURRENCY_RATIO' } });
    // Customers' tables also list transactions' 1101: there, the text decides.
    expect(customers.resolve(1101).status).toBe('ambiguous');
    expect(customers.resolve(1101, { message: 'Invalid channel type passed' })).toMatchObject({ status: 'resolved', entry: { key: 'INVALID_CHANNEL_TYPE' } });
  });

  it('holds the request-level entries, and another resource entry only where shared', () => {
    expect(customers.resolve(200)).toMatchObject({ status: 'resolved', entry: { key: 'REQUEST_SUCCEEDED' } });
    expect(customers.isKey('TRANSACTION_ADDED')).toBe(false);
    expect(transactions.isKey('TRANSACTION_ADDED')).toBe(true);
    // 1101 of transactions is listed by customers' tables with the same meaning.
    expect(customers.isKey('TRANSACTION_INVALID_PROGRAM_ID')).toBe(true);
    expect(customers.find(1101).map((entry) => entry.key)).toEqual(['INVALID_CHANNEL_TYPE', 'TRANSACTION_INVALID_PROGRAM_ID']);
  });

  it('reads a response as its resource', () => {
    const body = { errors: [{ code: 1101, message: 'Invalid program id passed' }] };
    expect(transactions.readStatuses(body)[0]?.resolution).toMatchObject({ status: 'resolved', entry: { resource: 'transactions' } });
    expect(root.readStatuses(body, { resource: 'transactions' })[0]?.resolution).toMatchObject({ status: 'resolved', entry: { resource: 'transactions' } });
  });

  it("shares one CapillaryError class with every entry point; formats only its own keys", () => {
    const error = new transactions.CapillaryError('TRANSACTION_INVALID_PROGRAM_ID');
    expect(customers.CapillaryError).toBe(transactions.CapillaryError);
    expect(error).toBeInstanceOf(customers.CapillaryError);
    expect(customers.CapillaryError.is(error)).toBe(true);
    expect(root.CapillaryError.is(error)).toBe(true);
    expect(customers.format('TRANSACTION_ADDED' as never)).toBe('TRANSACTION_ADDED');
  });

  it('accepts the keys of the entry points an app imported, and no other', async () => {
    // A fresh copy of the class, as in an app that imports the customers view alone.
    const copy = '../src/errors.ts?customers-alone';
    const fresh = (await import(/* @vite-ignore */ copy)) as typeof import('../src/errors.js');
    const { catalogOf } = await import('../src/catalog.js');
    const api = await import('../src/codes/packed/api.js');
    const packed = await import('../src/codes/packed/customers.js');
    const CustomersError = fresh.registered<typeof customers.CapillaryError>(catalogOf([['api', api.home], ['customers', packed.home], [undefined, packed.sharedIn]]));
    expect(new CustomersError('VALIDATION_FAILED').key).toBe('VALIDATION_FAILED');
    expect(() => new CustomersError('TRANSACTION_ADDED' as never)).toThrow(/expects a key of the catalog, got "TRANSACTION_ADDED"/);
  });
});
