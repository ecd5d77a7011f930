import { describe, expectTypeOf, it } from 'vitest';
import { format as rootFormat, type ErrorKey as RootErrorKey, type Key as RootKey, type ParamsArgs as RootParamsArgs } from 'capillary-codes';
import type { Key as TransactionsKey } from 'capillary-codes/transactions';
import {
  CapillaryError,
  defineMessages,
  entries,
  find,
  format,
  formatParts,
  isCode,
  isErrorKey,
  isKey,
  isSuccessKey,
  isWarningKey,
  match,
  readStatuses,
  resolve,
  userMessage,
  type Code,
  type Entry,
  type EntryOf,
  type ErrorCode,
  type ErrorKey,
  type Key,
  type Kind,
  type NoPlaceholders,
  type FormatOptions,
  type Params,
  type ParamsArgs,
  type ParamsOf,
  type ParamValue,
  type Part,
  type SuccessCode,
  type SuccessKey,
  type WarningCode,
  type WarningKey,
} from 'capillary-codes/customers';

/**
 * Exactly the same union: each assignable to the other, and neither `any`. For unions of
 * hundreds of literals, toEqualTypeOf's deep comparison cost tsc about 10 s over this file.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? (0 extends 1 & A ? false : 0 extends 1 & B ? false : true) : false) : false;

describe('literal types', () => {
  it('keeps each entry\'s code, category and message literal', () => {
    expectTypeOf(entries.CUSTOMER_NOT_FOUND_FOR_ORG.code).toEqualTypeOf<816>();
    expectTypeOf(entries.CUSTOMER_NOT_FOUND_FOR_ORG.category).toEqualTypeOf<'error'>();
    expectTypeOf(entries.ADMIN_AUTH_NOT_SUPPORTED.api).toEqualTypeOf<'v2'>();
    expectTypeOf(entries.DATE_IN_PAST.message).toEqualTypeOf<'{x} cannot be a past date.'>();
    expectTypeOf<EntryOf<'TICKET_ADDED'>['code']>().toEqualTypeOf<1300>();
    expectTypeOf(entries.DATE_IN_PAST).toMatchTypeOf<Entry>();
  });

  it('makes Key and Code unions of literals, split by category', () => {
    expectTypeOf<'CUSTOMER_NOT_FOUND_FOR_ORG'>().toMatchTypeOf<Key>();
    expectTypeOf<string>().not.toMatchTypeOf<Key>();
    expectTypeOf<8011>().toMatchTypeOf<Code>();
    // 0.2: the request-level 200 is an entry of every view.
    expectTypeOf<200>().toMatchTypeOf<Code>();
    expectTypeOf<42424242>().not.toMatchTypeOf<Code>();
    expectTypeOf<1000>().toMatchTypeOf<SuccessCode>();
    expectTypeOf<816>().not.toMatchTypeOf<SuccessCode>();
    expectTypeOf<400>().toMatchTypeOf<ErrorCode>();
    expectTypeOf<400>().toMatchTypeOf<WarningCode>();
    expectTypeOf<8050>().not.toMatchTypeOf<ErrorCode>();
  });

  it('narrows with the guards', () => {
    const value: unknown = 8011;
    if (isCode(value)) expectTypeOf<Same<typeof value, Code>>().toEqualTypeOf<true>();
    if (isKey(value)) expectTypeOf<Same<typeof value, Key>>().toEqualTypeOf<true>();
    if (isSuccessKey(value)) expectTypeOf<Same<typeof value, SuccessKey>>().toEqualTypeOf<true>();
    if (isErrorKey(value)) expectTypeOf<Same<typeof value, ErrorKey>>().toEqualTypeOf<true>();
    if (isWarningKey(value)) expectTypeOf<Same<typeof value, WarningKey>>().toEqualTypeOf<true>();
  });

  it('splits keys by category', () => {
    expectTypeOf<'CUSTOMER_REGISTERED'>().toMatchTypeOf<SuccessKey>();
    expectTypeOf<'CUSTOMER_REGISTERED'>().not.toMatchTypeOf<ErrorKey>();
    expectTypeOf<'CUSTOMER_MARKED_AS_FRAUD'>().toMatchTypeOf<ErrorKey>();
    expectTypeOf<'SOLR_PUSH_FAILED'>().toMatchTypeOf<WarningKey>();
    expectTypeOf<Same<SuccessKey | ErrorKey | WarningKey, Key>>().toEqualTypeOf<true>();
  });

  it('gives errors and warnings a kind, and successes none', () => {
    expectTypeOf(entries.CUSTOMER_NOT_FOUND_FOR_ORG.kind).toEqualTypeOf<Kind>();
    expectTypeOf(entries.CUSTOMER_NOT_FOUND_FOR_ORG.resource).toEqualTypeOf<'customers'>();
    expectTypeOf(entries.REQUEST_SUCCEEDED.resource).toEqualTypeOf<'api'>();
  });

  it('holds one resource per view, and every resource in the root', () => {
    expectTypeOf<'TRANSACTION_INVALID_PROGRAM_ID'>().toMatchTypeOf<Key>(); // shared with customers
    expectTypeOf<'TRANSACTION_ADDED'>().not.toMatchTypeOf<Key>();
    expectTypeOf<'TRANSACTION_ADDED'>().toMatchTypeOf<RootKey>();
    expectTypeOf<'TRANSACTION_ADDED'>().toMatchTypeOf<TransactionsKey>();
    expectTypeOf<'CUSTOMER_MARKED_AS_FRAUD'>().toMatchTypeOf<TransactionsKey>(); // 618 is shared with transactions
    expectTypeOf<'REGISTER_INVALID_MOBILE'>().not.toMatchTypeOf<TransactionsKey>();
    expectTypeOf<Key>().toMatchTypeOf<RootKey>();
  });
});

describe('exhaustive switches', () => {
  it('reports a Key the switch forgot', () => {
    function label(key: Key): string {
      switch (key) {
        case 'CUSTOMER_NOT_FOUND_FOR_ORG':
          return 'not found';
        default: {
          // @ts-expect-error every other key is unhandled, so `key` is not `never`
          const unhandled: never = key;
          return unhandled;
        }
      }
    }
    expectTypeOf(label).returns.toEqualTypeOf<string>();
  });

  it('reports a Code the switch forgot', () => {
    function label(code: SuccessCode): string {
      switch (code) {
        case 200:
        case 1000:
        case 1040:
        case 1050:
        case 1052:
        case 1300:
          return 'ok';
        default: {
          // @ts-expect-error 1061 is unhandled
          const unhandled: never = code;
          return unhandled;
        }
      }
    }
    function complete(code: SuccessCode): string {
      switch (code) {
        case 100:
        case 200:
        case 700:
        case 1000:
        case 1040:
        case 1050:
        case 1052:
        case 1061:
        case 1300:
          return 'ok';
        default: {
          const unhandled: never = code;
          return unhandled;
        }
      }
    }
    expectTypeOf(label).toEqualTypeOf(complete);
  });
});

describe('params typed from the template', () => {
  it('reads placeholder names', () => {
    expectTypeOf<ParamsOf<'SUBSCRIPTION_CHANNEL_UPDATE_FAILED'>>().toEqualTypeOf<{ readonly x: ParamValue; readonly y: ParamValue }>();
    expectTypeOf<Params<'No best-fitting profile found matching {0}.{1}'>>().toEqualTypeOf<{ readonly 0: ParamValue; readonly 1: ParamValue }>();
    expectTypeOf<Params<'a {b {c} d'>>().toEqualTypeOf<{ readonly c: ParamValue }>();
    expectTypeOf<ParamsOf<'CUSTOMER_NOT_FOUND_FOR_ORG'>>().toEqualTypeOf<NoPlaceholders | undefined>();
  });

  it('accepts the right params and options', () => {
    expectTypeOf(format('ADD_CUSTOMER_EXISTS', { 0: '42' })).toEqualTypeOf<string>();
    expectTypeOf(format('ADD_CUSTOMER_EXISTS', { 0: 42 }, { missing: 'throw' })).toEqualTypeOf<string>();
    expectTypeOf(format('CUSTOMER_NOT_FOUND_FOR_ORG')).toEqualTypeOf<string>();
    expectTypeOf(format('CUSTOMER_NOT_FOUND_FOR_ORG', {}, { escape: 'html' })).toEqualTypeOf<string>();
    expectTypeOf(formatParts(entries.DATE_IN_PAST, { x: 'd' })).toEqualTypeOf<Part[]>();
  });

  it('rejects missing, extra and mistyped params', () => {
    // @ts-expect-error the template needs {0}
    format('ADD_CUSTOMER_EXISTS');
    // @ts-expect-error the template needs {0}
    format('ADD_CUSTOMER_EXISTS', {});
    // @ts-expect-error {y} is missing
    format('SUBSCRIPTION_CHANNEL_UPDATE_FAILED', { x: 'SMS' });
    // @ts-expect-error {z} is not a placeholder of the template
    format('SUBSCRIPTION_CHANNEL_UPDATE_FAILED', { x: 'SMS', y: 'HIGH', z: 'extra' });
    // @ts-expect-error a boolean is not a param value
    format('ADD_CUSTOMER_EXISTS', { 0: true });
    // @ts-expect-error the template has no placeholders
    format('CUSTOMER_NOT_FOUND_FOR_ORG', { x: '1' });
    // @ts-expect-error the entry's template needs {x}
    formatParts(entries.DATE_IN_PAST, {});
    // @ts-expect-error not a key
    format('CUSTOMER_NOT_FOUND');
  });

  it('formats a key or an entry known only at run time, with params known only at run time', () => {
    const key = 'DATE_IN_PAST' as Key;
    const params: Readonly<Record<string, string>> = { x: 'startDate' };
    expectTypeOf(format(key)).toEqualTypeOf<string>();
    expectTypeOf(format(key, params)).toEqualTypeOf<string>();
    expectTypeOf(format(entries[key], params, { missing: 'throw' })).toEqualTypeOf<string>();
    expectTypeOf(formatParts(key, params)).toEqualTypeOf<Part[]>();
    const resolution = resolve(1000, { message: 'SUCCESS' });
    if (resolution.status === 'resolved') expectTypeOf(format(resolution.entry.key, resolution.params)).toEqualTypeOf<string>();
  });

  it('takes any params for an entry typed only as Entry', () => {
    const resolution = resolve(8006, { message: 'Add failed, Customer already exists with id 1 for same source' });
    if (resolution.status === 'resolved') {
      expectTypeOf(resolution.params).toEqualTypeOf<Readonly<Record<string, string>>>();
      expectTypeOf(format(resolution.entry, resolution.params)).toEqualTypeOf<string>();
      expectTypeOf(new CapillaryError(resolution.entry, resolution.params)).toEqualTypeOf<CapillaryError>();
    }
  });
});

describe('translations', () => {
  it('accepts translations with their entry\'s placeholders', () => {
    defineMessages({ DATE_IN_PAST: '{x} ne peut pas être une date passée.', INVALID_MOBILE: 'Mobile invalide' });
    defineMessages({ SUBSCRIPTION_CHANNEL_UPDATE_FAILED: 'priorité {y}, canal {x}' });
    const loaded: Record<string, string> = {};
    defineMessages(loaded);
  });

  it('rejects other placeholders and unknown keys', () => {
    // @ts-expect-error {y} is not the placeholder of DATE_IN_PAST
    defineMessages({ DATE_IN_PAST: '{y} ne peut pas être une date passée.' });
    // @ts-expect-error {x} is missing
    defineMessages({ DATE_IN_PAST: 'ne peut pas être une date passée.' });
    // @ts-expect-error INVALID_MOBILE has no placeholders
    defineMessages({ INVALID_MOBILE: 'Mobile {0} invalide' });
    // @ts-expect-error not a key
    defineMessages({ NOT_A_KEY: 'x' });
  });
});

describe('exactOptionalPropertyTypes (on in this project)', () => {
  it('takes undefined for every hint, filter and option', () => {
    const body: { code?: number | undefined; message?: string | undefined; resource?: 'customers' | undefined } = {};
    expectTypeOf(resolve(body.code, { message: body.message, resource: body.resource, category: undefined, api: undefined, operation: undefined })).toEqualTypeOf<ReturnType<typeof resolve>>();
    expectTypeOf(find(body.code, { resource: body.resource, category: undefined, api: undefined, operation: undefined })).toEqualTypeOf<readonly Entry[]>();
    expectTypeOf(match(body.message, { code: body.code, resource: undefined, category: undefined, api: undefined })).toEqualTypeOf<ReturnType<typeof match>>();
    expectTypeOf(readStatuses({}, { resource: body.resource, api: undefined, operation: undefined })).toEqualTypeOf<ReturnType<typeof readStatuses>>();
    expectTypeOf(format('DATE_IN_PAST', { x: 1 }, { messages: undefined, missing: undefined, escape: undefined })).toEqualTypeOf<string>();
    expectTypeOf(userMessage(resolve(body.code), { message: body.message, messages: undefined, fallback: undefined, escape: undefined })).toEqualTypeOf<string | undefined>();
    expectTypeOf(new CapillaryError('DATE_IN_PAST', { x: 1 }, { cause: undefined, messages: undefined })).toEqualTypeOf<CapillaryError<'DATE_IN_PAST'>>();
  });
});

describe('CapillaryError', () => {
  it('narrows code, category and resource with key', () => {
    const caught: unknown = new CapillaryError('ADD_CUSTOMER_EXISTS', { 0: '42' });
    if (CapillaryError.is(caught)) {
      // An error CapillaryError.from built for a failure no sure entry explains has no key or code.
      expectTypeOf<Same<typeof caught.code, Code | undefined>>().toEqualTypeOf<true>();
      if (caught.key === 'ADD_CUSTOMER_EXISTS') {
        expectTypeOf(caught.code).toEqualTypeOf<8006>();
        expectTypeOf(caught.category).toEqualTypeOf<'error'>();
        expectTypeOf(caught.resource).toEqualTypeOf<'customers'>();
      }
      if (caught.key !== undefined) expectTypeOf<Same<ReturnType<typeof caught.toJSON>['key'], Key>>().toEqualTypeOf<true>();
    }
  });

  it('types key, code and params from the key', () => {
    const error = new CapillaryError('ADD_CUSTOMER_EXISTS', { 0: '42' });
    expectTypeOf(error.key).toEqualTypeOf<'ADD_CUSTOMER_EXISTS'>();
    expectTypeOf(error.code).toEqualTypeOf<8006>();
    // @ts-expect-error the template needs {0}
    new CapillaryError('ADD_CUSTOMER_EXISTS');
    const unknownError: unknown = error;
    if (CapillaryError.is(unknownError)) expectTypeOf<Same<typeof unknownError.key, Key | undefined>>().toEqualTypeOf<true>();
  });
});

describe('ParamsArgs: a generic helper of your own, checked as format is', () => {
  // The helper the integrator could not write: `K` stays generic in the body.
  function fail<K extends ErrorKey>(key: K, ...args: ParamsArgs<K>): string {
    return format(key, ...args);
  }
  function failAnywhere<K extends RootErrorKey>(key: K, ...args: RootParamsArgs<K>): string {
    return rootFormat(key, ...args);
  }

  it('is what format takes after the key', () => {
    expectTypeOf<ParamsArgs<'DATE_IN_PAST'>>().toEqualTypeOf<[params: { readonly x: ParamValue }, options?: FormatOptions]>();
    expectTypeOf<ParamsArgs<'CUSTOMER_NOT_FOUND_FOR_ORG'>>().toEqualTypeOf<[params?: NoPlaceholders, options?: FormatOptions]>();
    expectTypeOf<RootParamsArgs<'TRANSACTION_ADDED'>>().toEqualTypeOf<[params?: NoPlaceholders, options?: FormatOptions]>();
  });

  it("checks the helper's callers: params, keys", () => {
    expectTypeOf(fail('ADD_CUSTOMER_EXISTS', { 0: 4211 })).toEqualTypeOf<string>();
    expectTypeOf(fail('CUSTOMER_NOT_FOUND_FOR_ORG')).toEqualTypeOf<string>();
    expectTypeOf(failAnywhere('TRANSACTION_RETRIEVAL_FAILED')).toEqualTypeOf<string>();
    // @ts-expect-error the template needs {0}
    fail('ADD_CUSTOMER_EXISTS');
    // @ts-expect-error {y} is no placeholder of DATE_IN_PAST
    fail('DATE_IN_PAST', { x: 'startDate', y: 'endDate' });
    // @ts-expect-error not a key
    fail('CUSTOMER_NOT_FOUND_FOR_ORGG', {});
    // @ts-expect-error a success is no ErrorKey
    fail('CUSTOMER_REGISTERED');
  });

  it('takes a key known only at run time, and any params then', () => {
    const key = 'DATE_IN_PAST' as ErrorKey;
    expectTypeOf(fail(key)).toEqualTypeOf<string>();
    expectTypeOf(format(key, { x: 1 })).toEqualTypeOf<string>();
    expectTypeOf(format(entries[key])).toEqualTypeOf<string>();
  });
});
