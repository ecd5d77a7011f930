import type { Resource } from './resources.js';

/**
 * The page that documents most of each resource's entries: its status table's page (the
 * current documentation's), or, for a resource without one, the per-API page whose table lists
 * most of its entries. A row writes `docs` only where its page is another (docs/DATA.md
 * "Docs and origin"); scripts/pack-catalog.mjs packs this default once per resource.
 */
export const docsPages: { readonly [R in Resource]: string } = {
  'api': 'https://docs.capillarytech.com/reference/errors-and-warnings',
  'customers': 'https://docs.capillarytech.com/reference/status-codes-customer',
  'transactions': 'https://docs.capillarytech.com/reference/transaction-status-codes',
  'points': 'https://docs.capillarytech.com/reference/points-v11-api',
  'coupons': 'https://docs.capillarytech.com/reference/coupon',
  'requests': 'https://docs.capillarytech.com/reference/request',
  'communications': 'https://docs.capillarytech.com/reference/communications',
  'store': 'https://docs.capillarytech.com/reference/store',
  'product': 'https://docs.capillarytech.com/reference/response-codes-1',
  'organization': 'https://docs.capillarytech.com/reference/organization-api',
  'tasks': 'https://docs.capillarytech.com/reference/task',
  'cards': 'https://docs.capillarytech.com/reference/cards',
  'otp': 'https://docs.capillarytech.com/reference/success-and-error-codes',
  'partner-program': 'https://docs.capillarytech.com/reference/partner-program',
  'behavioral-events': 'https://docs.capillarytech.com/reference/behavioral-events-and-status-code',
  'customer-authentication': 'https://docs.capillarytech.com/reference/status-codes',
  'user-authentication': 'https://docs.capillarytech.com/reference/user-authentication',
  'customer-labels': 'https://docs.capillarytech.com/reference/customer-labels',
  'cart-promotions': 'https://capillary.github.io/api-documentation/',
  'user-groups': 'https://docs.capillarytech.com/reference/company-1',
  'leads': 'https://docs.capillarytech.com/reference/leads',
  'staff': 'https://docs.capillarytech.com/reference/staff',
  'surveys': 'https://docs.capillarytech.com/reference/survey',
  'verticals': 'https://docs.capillarytech.com/reference/verticals',
  'fleet-hierarchy': 'https://docs.capillarytech.com/reference/fleet-hierarchy',
  'wallet': 'https://capillary.github.io/v1.1-API-Documentation/',
  'associates': 'https://capillary.github.io/v1.1-API-Documentation/',
  'rewards': 'https://docs.capillarytech.com/reference/marvel-rewards',
  'points-ledger': 'https://docs.capillarytech.com/reference/points-ledger',
  'request-workflow': 'https://docs.capillarytech.com/reference/error-codes-request-workflow',
  'pii-deletion': 'https://docs.capillarytech.com/reference/pii-deletion-error-codes',
  'event-notification-logs': 'https://docs.capillarytech.com/reference/response-codes',
  'recommendations': 'https://docs.capillarytech.com/reference/recommendations',
  'rewards-catalog': 'https://docs.capillarytech.com/reference/post-create-custom-field',
  'badges': 'https://docs.capillarytech.com/reference/update-badges',
  'loyalty-promotions': 'https://docs.capillarytech.com/reference/create-promotion-for-ucc',
  'referrals': 'https://docs.capillarytech.com/reference/refer-customer',
};
