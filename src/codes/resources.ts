/**
 * The vocabularies of the catalog: its resources and the kinds of failure. Data only; the
 * row files and the entry types build on these.
 */

/**
 * Every resource that publishes a status table, in the documentation's order. `api` holds the
 * request-level codes any endpoint sends (200, 400, 401, 500, 521 ...); the last four have
 * only the error tables of single API pages.
 * @example
 * resources.includes('transactions'); // true
 */
export const resources = [
  'api',
  'customers',
  'transactions',
  'points',
  'coupons',
  'requests',
  'communications',
  'store',
  'product',
  'organization',
  'tasks',
  'cards',
  'otp',
  'partner-program',
  'behavioral-events',
  'customer-authentication',
  'user-authentication',
  'customer-labels',
  'cart-promotions',
  'user-groups',
  'leads',
  'staff',
  'surveys',
  'verticals',
  'fleet-hierarchy',
  'wallet',
  'associates',
  'rewards',
  'points-ledger',
  'request-workflow',
  'pii-deletion',
  'event-notification-logs',
  'recommendations',
  'rewards-catalog',
  'badges',
  'loyalty-promotions',
  'referrals',
] as const;

/** A resource slug, e.g. `'transactions'`; `'api'` for request-level codes. */
export type Resource = (typeof resources)[number];

/**
 * What went wrong, after google.rpc.Code (AIP-193), for errors and warnings. README
 * "Error kinds" gives the rules each entry's kind was assigned by.
 * @example
 * kinds.includes('not-found'); // true
 */
export const kinds = [
  'invalid-argument',
  'not-found',
  'already-exists',
  'permission-denied',
  'unauthenticated',
  'failed-precondition',
  'resource-exhausted',
  'aborted',
  'unavailable',
  'internal',
  'unknown',
] as const;

/** What went wrong, e.g. `'not-found'`. */
export type Kind = (typeof kinds)[number];

/**
 * Who an entry's wording is fit for: `'user'`, a shopper or a store's staff; `'developer'`,
 * the wording names internals (tables, config keys, Thrift, request fields, nulls...).
 * docs/DATA.md "Audience" gives the rules each entry's audience was assigned by.
 * @example
 * audiences.includes('developer'); // true
 */
export const audiences = ['user', 'developer'] as const;

/** Who an entry's wording is fit for, e.g. `'developer'`. */
export type Audience = (typeof audiences)[number];

/**
 * Where an entry comes from: `'table'`, a resource's status table; `'page'`, only the error
 * table of a single API's page; `'sample'`, only a sample response the documentation prints
 * (docs/DATA.md "Docs and origin").
 * @example
 * origins.includes('sample'); // true
 */
export const origins = ['table', 'page', 'sample'] as const;

/** Where an entry comes from, e.g. `'table'`. */
export type Origin = (typeof origins)[number];

/**
 * The response surfaces that send codes: v1.1 `item_status` and `response.status`, v2
 * `errors[]`/`warnings[]`, v3 and API-gateway `status` objects, and the customer
 * authentication service.
 */
export const apis = ['v1.1', 'v2', 'v3', 'api_gateway', 'auth'] as const;

/** A response surface, e.g. `'v2'`. */
export type Api = (typeof apis)[number];
