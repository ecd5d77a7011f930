/**
 * Status codes of the referrals resource. Referrals publish no status table of their own:
 * this is the error table of docs.capillarytech.com's "Refer Customer" page (section
 * "Referral"; test/fixtures/tables/api-specific-tables--docs.capillarytech.com.md). The API
 * is POST v1.1/customer/referrals, so the entry is `v1.1`. The page's other two rows, 1012
 * and 1206, are customers entries (CUSTOMER_NOT_FOUND_FOR_MOBILE_EMAIL_OR_EXTERNAL_ID,
 * REFERRAL_TYPE_NOT_SUPPORTED) with the same meaning; fleet-hierarchy uses 1701 for another
 * meaning.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const referrals = [
  [1701, 'REFERRAL_INVALID_IDENTIFIER_FOR_TYPE', 'error', 'v1.1', 'Invalid Identifier for the type.', {
    kind: 'invalid-argument',
    note: 'Sent in a referral\'s own status (referral_type[].referral[].status); in the page\'s sample the item status stays 1000 and the request status 200.',
    origin: 'page',
  }],
] as const satisfies readonly Row[];
