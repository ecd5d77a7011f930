/**
 * The endpoint types: an endpoint's documented error keys and codes, request-level ones
 * included, and the switch the README shows (documented, not exhaustive: a server may send
 * any code of the resource, so the switch keeps a default for the rest).
 */
import type { ErrorKey } from 'capillary-codes';
import type { EndpointId, ErrorCodeOf, ErrorKeyOf } from 'capillary-codes/endpoints';
import type { ErrorKey as RequestErrorKey } from '../src/codes/generated/api.js';
import { describe, expectTypeOf, test } from 'vitest';

type Manual = 'POST /v2/slab/manualSlabAdjustment';

describe('endpoint types', () => {
  test('EndpointId is the union of the documented requests', () => {
    expectTypeOf<Manual>().toExtend<EndpointId>();
    expectTypeOf<'GET /v9/nothing'>().not.toExtend<EndpointId>();
  });

  test("ErrorKeyOf names the page's error keys and the request-level ones, nothing else", () => {
    expectTypeOf<'TRANSACTION_INVALID_PROGRAM_ID'>().toExtend<ErrorKeyOf<Manual>>();
    expectTypeOf<'INTERNAL_SERVER_ERROR'>().toExtend<ErrorKeyOf<Manual>>();
    expectTypeOf<'REGISTER_NO_PRIMARY_IDENTIFIER'>().not.toExtend<ErrorKeyOf<Manual>>();
    expectTypeOf<ErrorKeyOf<Manual>>().toExtend<ErrorKey>();
  });

  test('ErrorCodeOf names the codes of those keys', () => {
    expectTypeOf<1101>().toExtend<ErrorCodeOf<Manual>>();
    expectTypeOf<500>().toExtend<ErrorCodeOf<Manual>>();
    expectTypeOf<1007>().not.toExtend<ErrorCodeOf<Manual>>();
  });

  test('a switch over the documented keys: every page key handled, the request-level ones and the rest in the default', () => {
    const advice = (key: ErrorKeyOf<Manual>): string => {
      switch (key) {
        case 'TRANSACTION_INVALID_PROGRAM_ID':
          return 'check the program id';
        case 'CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS':
          return 'check the customer';
        case 'SLAB_ACTION_NOT_SET':
        case 'SLAB_ACTION_VALIDITY_NOT_SET':
        case 'SLAB_ACTION_VALIDITY_UPTO_NOT_INTEGER':
          return 'check the tier action';
        case 'SLAB_NOT_FOUND_FOR_NAME':
        case 'TARGET_SLAB_NOT_HIGHER':
          return 'check the target tier';
        default: {
          // What the page documents is handled: only the request-level keys are left.
          expectTypeOf(key).toEqualTypeOf<RequestErrorKey>();
          // Documented, not exhaustive: a server may send any key of the resource, so a real
          // handler takes ErrorKey and keeps this default for the rest.
          return 'see the docs';
        }
      }
    };
    expectTypeOf(advice).parameter(0).toEqualTypeOf<ErrorKeyOf<Manual>>();
  });

  test("the page's own keys, switched over with a never default", () => {
    const tier = (key: Exclude<ErrorKeyOf<Manual>, RequestErrorKey>): string => {
      switch (key) {
        case 'TRANSACTION_INVALID_PROGRAM_ID':
        case 'CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS':
        case 'SLAB_ACTION_NOT_SET':
        case 'SLAB_ACTION_VALIDITY_NOT_SET':
        case 'SLAB_ACTION_VALIDITY_UPTO_NOT_INTEGER':
        case 'SLAB_NOT_FOUND_FOR_NAME':
        case 'TARGET_SLAB_NOT_HIGHER':
          return key;
        default: {
          const unhandled: never = key;
          return unhandled;
        }
      }
    };
    expectTypeOf(tier).returns.toEqualTypeOf<string>();
  });
});
