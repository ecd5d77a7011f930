/**
 * The resource views, `capillary-codes/<resource>`: the root's API over one resource (its
 * entries, those other resources share with it, and the request-level ones). Which entries
 * each holds is test/packed.test.ts's; that a bundle of one carries no other resource's text,
 * test/size.test.ts's. Here: the same shape in each, and the answers a view gives where the
 * whole API would hesitate.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as root from 'capillary-codes';
import * as customers from 'capillary-codes/customers';
import * as transactions from 'capillary-codes/transactions';

const views = import.meta.glob<Record<string, unknown>>('../src/views/*.ts', { eager: true });
const sources = import.meta.glob<string>('../src/views/*.ts', { eager: true, query: '?raw', import: 'default' });
const names = Object.keys(views).map((path) => /([^/]+)\.ts$/.exec(path)![1]!).filter((name) => name !== 'all');

// The lists of every resource, kind and API are the root's alone: a view is about one resource.
const rootOnly = ['apis', 'icuParams', 'kinds', 'resources'];

describe(`${names.length} views`, () => {
  it('one per resource with entries, each built into dist/views/, which the exports map names by its one pattern', async () => {
    const { default: pkg } = await import('../package.json', { with: { type: 'json' } });
    const { default: builds } = await import('../tsup.config.js');
    const withEntries = root.resources.filter((resource) => resource !== 'api' && root.catalog.some((entry) => entry.resource === resource || entry.sharedWith?.includes(resource)));
    expect(names.sort()).toEqual([...withEntries].sort());
    const entries = (builds as { entry?: Record<string, string> }[]).flatMap((build) => Object.entries(build.entry ?? {}));
    for (const name of names) expect(entries, name).toContainEqual([`views/${name}`, `src/views/${name}.ts`]);
    // No key per view: adding a resource leaves package.json alone.
    expect(Object.keys(pkg.exports).filter((path) => names.includes(path.slice(2)))).toEqual([]);
    expect(pkg.exports['./*']).toEqual({
      import: { types: './dist/views/*.d.ts', default: './dist/views/*.js' },
      require: { types: './dist/views/*.d.cts', default: './dist/views/*.cjs' },
    });
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
    const api = await import('../src/codes/generated/api.js');
    const packed = await import('../src/codes/generated/customers.js');
    const CustomersError = fresh.registered<typeof customers.CapillaryError>(catalogOf([['api', api.home], ['customers', packed.home], [undefined, packed.sharedIn]]));
    expect(new CustomersError('VALIDATION_FAILED').key).toBe('VALIDATION_FAILED');
    expect(() => new CustomersError('TRANSACTION_ADDED' as never)).toThrow(/expects a key of the catalog, got "TRANSACTION_ADDED"/);
  });
});

describe('the docs of a view', () => {
  // What an editor shows on hovering an export, or in a completion: the doc comment of its own
  // declaration (a function export's call also shows the fuller doc of its type's signature,
  // src/view-kit.ts). Read through the compiler as an editor reads it.
  const program = ts.createProgram([fileURLToPath(new URL('../src/views/otp.ts', import.meta.url))], { strict: true, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(fileURLToPath(new URL('../src/views/otp.ts', import.meta.url)))!;
  const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(file)!);
  const docOf = (symbol: ts.Symbol) => ({ text: ts.displayPartsToString(symbol.getDocumentationComment(checker)), tags: symbol.getJsDocTags(checker).map((tag) => tag.name) });
  // Its own declarations, not those it re-exports from the modules that document them.
  const own = exported.filter((symbol) => !(symbol.flags & ts.SymbolFlags.Alias));

  it('documents every export it declares, each value with an example', () => {
    expect(own.length).toBeGreaterThan(35);
    const undocumented = own.filter((symbol) => !docOf(symbol).text).map((symbol) => symbol.name);
    expect(undocumented).toEqual([]);
    const values = own.filter((symbol) => symbol.flags & ts.SymbolFlags.Value);
    expect(values.map((symbol) => symbol.name)).toContain('isWarningKey');
    expect(values.filter((symbol) => !docOf(symbol).tags.includes('example')).map((symbol) => symbol.name)).toEqual([]);
  });

  it("shows the kit's full doc on a call of each function export", () => {
    const functions = own.filter((symbol) => symbol.flags & ts.SymbolFlags.Value && checker.getTypeOfSymbol(symbol).getCallSignatures().length);
    expect(functions.map((symbol) => symbol.name)).toEqual(expect.arrayContaining(['find', 'resolve', 'readResponse', 'format', 'defineMessages', 'isCode', 'isKey']));
    const bare = functions.filter((symbol) => checker.getTypeOfSymbol(symbol).getCallSignatures().some((signature) => !ts.displayPartsToString(signature.getDocumentationComment(checker)) || !signature.getJsDocTags().some((tag) => tag.name === 'example')));
    expect(bare.map((symbol) => symbol.name)).toEqual([]);
  });

  it.each([...names, 'all'])('%s: each example `expression; // result` gives its result', (name) => {
    const view = views[`../src/views/${name}.ts`]!;
    const examples = [...sources[`../src/views/${name}.ts`]!.matchAll(/@example (.+?); \/\/ (.+?) \*\//g)].map(([, expression, result]) => [expression!, result!] as const);
    // catalog, entries, eight functions, CapillaryError and eight guards.
    expect(examples.length).toBe(19);
    const evaluate = (expression: string) => new Function(...Object.keys(view), `return (${expression});`)(...Object.values(view)) as unknown;
    for (const [expression, result] of examples) expect(evaluate(expression), expression).toEqual(evaluate(result));
  });
});
