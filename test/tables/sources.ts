/**
 * Which resource each published table belongs to (files in test/fixtures/tables/, copies of
 * ../shared/source/capillary/tables/). The e-commerce platform's tables (ecommerce-*) are
 * another product and are not copied. The per-API tables of single API pages
 * (api-specific-tables--docs.capillarytech.com.md) name their resource page by page:
 * test/tables/api-specific.ts.
 */
import type { Resource } from '../../src/codes/resources.js';

export const tableResources: Readonly<Record<string, Resource>> = {
  // 0.1's source, test/fixtures/customers-response-codes.md: a later state of customers-v2-status-codes.
  'customers-response-codes.md': 'customers',
  'api-level--capillary.github.io-v1.1-API-Documentation.md': 'api',
  'api-request-level--capillary.github.io-api-documentation.md': 'api',
  'api-request-level--docs.capillarytech.com.md': 'api',
  'associate--capillary.github.io-v1.1-API-Documentation.md': 'associates',
  'behavioral-events--capillary.github.io-api-documentation.md': 'behavioral-events',
  'behavioral-events--docs.capillarytech.com.md': 'behavioral-events',
  'behavioral-events-archive--docs.capillarytech.com.md': 'behavioral-events',
  'cards--capillary.github.io-api-documentation.md': 'cards',
  'cards--docs.capillarytech.com.md': 'cards',
  'cart-promotions--capillary.github.io-api-documentation.md': 'cart-promotions',
  'communications--capillary.github.io-v1.1-API-Documentation.md': 'communications',
  'communications-v1--docs.capillarytech.com.md': 'communications',
  'communications-v1-error-code--docs.capillarytech.com.md': 'communications',
  'company-user-group--capillary.github.io-api-documentation.md': 'user-groups',
  'company-user-group--docs.capillarytech.com.md': 'user-groups',
  'coupon-upload--capillary.github.io-api-documentation.md': 'coupons',
  'coupons--capillary.github.io-v1.1-API-Documentation.md': 'coupons',
  'coupons-v1.1--docs.capillarytech.com.md': 'coupons',
  'coupons-v2--docs.capillarytech.com.md': 'coupons',
  'customer-authentication--capillary.github.io-api-documentation.md': 'customer-authentication',
  'customer-authentication--capillary.github.io-v1.1-API-Documentation.md': 'customer-authentication',
  'customer-authentication--docs.capillarytech.com.md': 'customer-authentication',
  'customer-authentication-archive--docs.capillarytech.com.md': 'customer-authentication',
  'customer-authentication-mobile-guide--docs.capillarytech.com.md': 'customer-authentication',
  'customer-labels--docs.capillarytech.com.md': 'customer-labels',
  'customer-walkin--capillary.github.io-api-documentation.md': 'staff',
  'customers--capillary.github.io-api-documentation.md': 'customers',
  'customers--capillary.github.io-v1.1-API-Documentation.md': 'customers',
  'customers--developer.capillarytech.com.md': 'customers',
  'customers-api-specific--capillary.github.io-api-documentation.md': 'customers',
  'customers-v1--docs.capillarytech.com.md': 'customers',
  'customers-v1-2026-03--docs.capillarytech.com.md': 'customers',
  'customers-v2-customer-1--docs.capillarytech.com.md': 'customers',
  'customers-v2-lookup--docs.capillarytech.com.md': 'customers',
  'customers-v2-status-codes--docs.capillarytech.com.md': 'customers',
  'event-notification-logs--docs.capillarytech.com.md': 'event-notification-logs',
  'fleet-hierarchy--docs.capillarytech.com.md': 'fleet-hierarchy',
  'leads--docs.capillarytech.com.md': 'leads',
  'marvel-rewards--capillary.github.io-api-documentation.md': 'rewards',
  'marvel-rewards--capillary.github.io-v1.1-API-Documentation.md': 'rewards',
  'marvel-rewards--docs.capillarytech.com.md': 'rewards',
  'organization--capillary.github.io-v1.1-API-Documentation.md': 'organization',
  'organization-sources--capillary.github.io-api-documentation.md': 'organization',
  'organization-v1--docs.capillarytech.com.md': 'organization',
  'organization-v2--docs.capillarytech.com.md': 'organization',
  'otp--capillary.github.io-api-documentation.md': 'otp',
  'otp--docs.capillarytech.com.md': 'otp',
  'partner-program--capillary.github.io-api-documentation.md': 'partner-program',
  'partner-program--docs.capillarytech.com.md': 'partner-program',
  'pii-deletion--docs.capillarytech.com.md': 'pii-deletion',
  'points--capillary.github.io-api-documentation.md': 'points',
  'points--capillary.github.io-v1.1-API-Documentation.md': 'points',
  'points-ledger--docs.capillarytech.com.md': 'points-ledger',
  'points-v1.1--docs.capillarytech.com.md': 'points',
  'points-v2--docs.capillarytech.com.md': 'points',
  'product--capillary.github.io-v1.1-API-Documentation.md': 'product',
  'product--docs.capillarytech.com.md': 'product',
  'recommendations--capillary.github.io-api-documentation.md': 'recommendations',
  'recommendations--docs.capillarytech.com.md': 'recommendations',
  'request-workflow--docs.capillarytech.com.md': 'request-workflow',
  'requests-v1--docs.capillarytech.com.md': 'requests',
  'requests-v2-error-codes--docs.capillarytech.com.md': 'requests',
  'staff--capillary.github.io-api-documentation.md': 'staff',
  'staff--docs.capillarytech.com.md': 'staff',
  'store--capillary.github.io-v1.1-API-Documentation.md': 'store',
  'store--docs.capillarytech.com.md': 'store',
  'survey--capillary.github.io-api-documentation.md': 'surveys',
  'survey--docs.capillarytech.com.md': 'surveys',
  'task--capillary.github.io-v1.1-API-Documentation.md': 'tasks',
  'task--docs.capillarytech.com.md': 'tasks',
  'transactions--capillary.github.io-api-documentation.md': 'transactions',
  'transactions--capillary.github.io-v1.1-API-Documentation.md': 'transactions',
  'transactions-v1--docs.capillarytech.com.md': 'transactions',
  'transactions-v2-status-codes--docs.capillarytech.com.md': 'transactions',
  'user-authentication--capillary.github.io-api-documentation.md': 'user-authentication',
  'user-authentication--docs.capillarytech.com.md': 'user-authentication',
  'user-group--docs.capillarytech.com.md': 'user-groups',
  'user-group-v1--capillary.github.io-api-documentation.md': 'user-groups',
  'user-group-v2--capillary.github.io-api-documentation.md': 'user-groups',
  'verticals--capillary.github.io-api-documentation.md': 'verticals',
  'verticals--docs.capillarytech.com.md': 'verticals',
  'wallet--capillary.github.io-v1.1-API-Documentation.md': 'wallet',
};

/** The per-API tables: one file, each page's section naming its resource (test/tables/api-specific.ts). */
export const apiSpecificFile = 'api-specific-tables--docs.capillarytech.com.md';

/** The page-URL map's exception: 0.1's customers table has no address line; it is a later state of this page. */
const sameAs: Readonly<Record<string, string>> = { 'customers-response-codes.md': 'customers-v2-status-codes--docs.capillarytech.com.md' };

/**
 * The address of the page a table file copies: its first line (a status-table file), or, for a
 * row of the per-API tables, the address its page's heading ends with (`# Title — https://…`).
 * @example
 * pageUrlOf('points-v2--docs.capillarytech.com.md', (file) => text[file]) // 'https://docs.capillarytech.com/reference/points-v2-api'
 */
export function pageUrlOf(file: string, textOf: (file: string) => string, heading?: string): string {
  const found = file === apiSpecificFile ? / — (https?:\/\/\S+)$/.exec(heading?.split(' / ')[0] ?? '')?.[1] : /^(https?:\/\/\S+)/.exec(textOf(sameAs[file] ?? file))?.[1];
  if (found === undefined) throw new Error(`no page address for ${file}${heading ? ` (${heading})` : ''}`);
  return found;
}

/** Publications, newest first: a status table of an earlier one documents an entry only where no later one lists it. */
export const publicationRank = (file: string): number =>
  file === 'customers-response-codes.md' || file.endsWith('--docs.capillarytech.com.md') ? 0 : file.endsWith('--developer.capillarytech.com.md') ? 1 : file.endsWith('-api-documentation.md') ? 2 : 3;
