import { describe, expectTypeOf, it } from 'vitest';
import { entries as customers } from 'capillary-codes/customers';
import { catalog, entries } from 'capillary-codes';
import { entityResponse, gatewayResponse, v11Response, v2Response, type ItemSpec, type StatusSpec } from 'capillary-codes/testing';

describe('capillary-codes/testing: params typed from the template, as format', () => {
  it('takes keys without placeholders bare, and keys with them with their params', () => {
    v11Response(['CUSTOMER_RETRIEVED', { key: 'ADD_CUSTOMER_EXISTS', params: { 0: 4211 } }, { key: 'CONCURRENT_CUSTOMER_ACTIONS', ok: false }]);
    v2Response({ errors: [{ key: 'DATE_IN_PAST', params: { x: 'startDate' } }], warnings: ['WEB_ENGAGE_PROFILE_MISSING'] });
    gatewayResponse({ key: 'REWARDS_CATALOG_CARD_SERIES_NOT_FOUND', message: 'Card series 12 not found' });
    // @ts-expect-error ADD_CUSTOMER_EXISTS needs {0}: given bare
    v11Response(['ADD_CUSTOMER_EXISTS']);
    // @ts-expect-error ADD_CUSTOMER_EXISTS needs {0}: no params
    v2Response({ errors: [{ key: 'ADD_CUSTOMER_EXISTS' }] });
    // @ts-expect-error {y} is no placeholder of DATE_IN_PAST
    v2Response({ errors: [{ key: 'DATE_IN_PAST', params: { x: 'a', y: 'b' } }] });
    // @ts-expect-error CUSTOMER_NOT_FOUND_FOR_ORG has no placeholders
    v11Response([{ key: 'CUSTOMER_NOT_FOUND_FOR_ORG', params: { x: 1 } }]);
    // @ts-expect-error not a key
    v11Response(['CUSTOMER_NOT_FOUND_FOR_ORGG']);
    // @ts-expect-error ok and warnings belong to an item, not to a v2 list's status
    v2Response({ errors: [{ key: 'CUSTOMER_NOT_FOUND_FOR_ORG', ok: false }] });
  });

  it("takes any view's entries, with params checked at run time", () => {
    v11Response([customers.CUSTOMER_MARKED_AS_FRAUD, { key: customers.ADD_CUSTOMER_EXISTS, params: { 0: 1 }, warnings: [entries.WEB_ENGAGE_PROFILE_MISSING] }]);
    entityResponse(catalog.map((entry) => ({ key: entry, ok: entry.category === 'success' })));
    expectTypeOf(customers.DATE_IN_PAST).toMatchTypeOf<StatusSpec>();
    expectTypeOf<'CUSTOMER_RETRIEVED'>().toMatchTypeOf<ItemSpec>();
  });

  it('gives bodies typed as far as they are fixed', () => {
    expectTypeOf(entityResponse([]).entity[0]!.status.code).toEqualTypeOf<number>();
    expectTypeOf(v11Response([]).response).toEqualTypeOf<Record<string, unknown>>();
  });
});
