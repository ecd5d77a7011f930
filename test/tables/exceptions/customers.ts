/**
 * Rows of the customers tables that the plain rule cannot account for (docs/DATA.md
 * "Accounting in the tests"), with why.
 */
import type { Exception } from '../exception.js';

const v11Site = 'customers--capillary.github.io-v1.1-API-Documentation.md';
const docsV1 = 'customers-v1--docs.capillarytech.com.md';
const docsV1of2026 = 'customers-v1-2026-03--docs.capillarytech.com.md';
const v2SitePerApi = 'customers-api-specific--capillary.github.io-api-documentation.md';
const apiPages = 'api-specific-tables--docs.capillarytech.com.md';

/**
 * The warnings the V1 pages list under "Error Codes": `[code, key, wording on the v1.1 site
 * and the docs V1 page of 2025, wording on the docs V1 page of 2026 where it differs]`.
 */
const v1WarningsListedAsErrors: readonly (readonly [number, string, string, string?])[] = [
  [1053, 'PREFERRED_STORE_NOT_FOUND', 'Preferred store specified is not found.'],
  [91001, 'POINT_DETAILS_GET_FAILED', 'Failed to get point details.'],
  [91002, 'SUBSCRIPTION_DETAILS_GET_FAILED', 'Failed to get subscription details.'],
  [91003, 'VALIDATION_FAILED', 'Validation failed.'],
  [91004, 'SEGMENTATION_DETAILS_GET_FAILED', 'Failed to get segmentation details.'],
  [91005, 'PRIMARY_IDENTIFIER_NOT_UPDATABLE', '{x} is Primary Key, {y} cannot be updated.', '{x} is a primary key. {y} cannot be updated.'],
  [91006, 'FIELD_UPDATE_NOT_ALLOWED', '{x} update is not allowed.'],
  [91007, 'REGISTER_IDENTIFIER_TAKEN', '{x} is already occupied by some other user, ignoring it.', '{x} is already occupied by another user. Ignoring it.'],
  [91011, 'ALREADY_IN_LOWEST_SLAB', 'Customer is already in the lowest slab.'],
  [91012, 'ALREADY_IN_HIGHEST_SLAB', 'Customer is already in the highest slab.'],
  [91013, 'TIER_UPGRADE_CRITERIA_CALL_FAILED', 'Call to Points Engine for tier upgrade criteria has failed {x}.', 'Call to Points Engine for tier upgrade criteria failed: {x}.'],
  [91014, 'TIER_RENEWAL_CRITERIA_CALL_FAILED', 'Call to Points Engine for tier renewal criteria has failed {x}.', 'Call to Points Engine for tier renewal criteria failed: {x}.'],
  [91015, 'EXTENDED_FIELDS_UPDATE_FAILED', 'Failed to update extended fields; or field length too long -{x}.', 'Failed to update extended fields or field length is too long: {x}.'],
  [91016, 'WECHAT_PROFILE_MISSING', 'WECHAT profile is not available for the customer.', 'WeChat profile is not available for the customer.'],
  [91017, 'WEB_ENGAGE_PROFILE_MISSING', 'WEB_ENGAGE profile is not available for the customer.', 'Web Engage profile is not available for the customer.'],
  [91018, 'WECHAT_NOTIFICATIONS_LOAD_FAILED', 'Unable to load WeChat notifications.'],
  [91019, 'WEB_ENGAGE_NOTIFICATIONS_LOAD_FAILED', 'Unable to load Web Engage notifications.'],
];

const v1Why =
  'The V1 pages list this under "Error Codes"; the v2 site moved it to "Warning Codes" on 2021-04-09 and the docs V2 pages list it there: the entry is that warning.';

/** The warnings that the v2 site's per-API tables list under "Error Codes": `[code, key, wording]`. */
const perApiWarningsListedAsErrors: readonly (readonly [number, string, string])[] = [
  [8051, 'SAME_CUSTOMER_MERGING', 'Same identifier found in other source. Merging into the account with user id X.'],
  [8053, 'UPDATE_CONFLICTING_CUSTOMERS', 'Each identifier is registered with a different customer in other source. Unable to merge accounts.'],
  [8053, 'MERGE_ALREADY_DONE_8053', 'Same identifier is registered on other source. The account is already merged with user id X.'],
  [8064, 'EXTERNAL_ID_VALIDATION_FAILED', 'External id validation failed.'],
  [8059, 'SOLR_PUSH_FAILED', 'Unable to push customer to solr.'],
  [8058, 'INVALID_COMM_CHANNEL_MOBILE', 'Invalid mobile number passed in the communication channel.'],
  [8057, 'INVALID_COMM_CHANNEL_EMAIL', 'Invalid email id passed in the communication channel.'],
  [8056, 'INVALID_MOBILE', 'Invalid mobile number.'],
  [8055, 'INVALID_EMAIL', 'Invalid email id.'],
  [8069, 'MERGED_CUSTOMER_FOUND', 'The customer is merged into another account.'],
  [8063, 'SEGMENTATION_DETAILS_FETCH_FAILED', 'Unable to fetch segmentation details.'],
  [8062, 'POINTS_DETAILS_FETCH_FAILED', 'Unable to fetch loyalty points.'],
];

const perApiWhy =
  'The per-API table lists every status of the API under one "Error Codes" heading, warnings too; the status-code table lists this code under "Warning Codes": the entry is that warning.';

/**
 * The warnings that single API pages of docs.capillarytech.com list under an error heading:
 * `[code, key, wording, page]`.
 */
const apiPageWarningsListedAsErrors: readonly (readonly [number, string, string, string])[] = [
  [91001, 'POINT_DETAILS_GET_FAILED', 'Failed to get point details', 'Get Customer Transactions (V1)'],
  [8083, 'IMAGE_TOO_SMALL', 'Image size is too small', 'Add Customer Image'],
  [8078, 'NO_IMAGE_TO_DELETE', 'No Image passed to be deleted.', 'Delete Customer Image'],
];

/**
 * Rows of single API pages whose second cell is a symbolic error name, not a message:
 * `[code, wording, what it stands for]`. Get Detailed Customer Coupon Data prints HTTP status,
 * error name and description; Get Customers Bulk one name in the description cell.
 */
const symbolicNames: readonly (readonly [number, string, string])[] = [
  [400, 'INVALID_CUSTOMER_ID', 'an invalid or malformed customerId'],
  [401, 'UNAUTHORIZED', 'the request-level 401 (AUTHENTICATION_FAILED)'],
  [403, 'FORBIDDEN', 'the request-level 403 (ACCESS_DENIED)'],
  [404, 'CUSTOMER_NOT_FOUND', 'no customer with the customerId'],
  [404, 'NO_COUPONS_FOUND', 'a customer without coupons'],
  [500, 'INTERNAL_SERVER_ERROR', 'a server-side failure'],
  [500, 'UNEXPECTED_ERROR', 'an unexpected server error'],
];

const referralsUnder1040 =
  'The cell of 1040 holds "Referrals are invited successfully." in this table; the other tables and the API samples send it as 1000 (REFERRALS_INVITED, whose note says so).';

export const exceptions: readonly Exception[] = [
  ...v1WarningsListedAsErrors.flatMap(([code, key, wording, wording2026 = wording]) => [
    { file: v11Site, code, wording, key, why: v1Why },
    { file: docsV1, code, wording, key, why: v1Why },
    { file: docsV1of2026, code, wording: wording2026, key, why: v1Why },
  ]),
  ...perApiWarningsListedAsErrors.map(([code, key, wording]) => ({ file: v2SitePerApi, code, wording, key, why: perApiWhy })),
  {
    file: 'customers-v2-status-codes--docs.capillarytech.com.md',
    code: 1040,
    wording: 'Referrals are invited successfully.',
    key: 'REFERRALS_INVITED',
    why: referralsUnder1040,
  },
  {
    file: 'customers-response-codes.md',
    code: 1040,
    wording: 'Referrals are invited successfully.',
    key: 'REFERRALS_INVITED',
    why: referralsUnder1040,
  },
  {
    file: 'customers-v2-customer-1--docs.capillarytech.com.md',
    code: 1040,
    wording: 'Referrals are invited successfully.',
    key: 'REFERRALS_INVITED',
    why: referralsUnder1040,
  },
  {
    file: 'customers--developer.capillarytech.com.md',
    code: 1017,
    wording: 'Provided',
    key: null,
    why: 'The retrieved copy of the developer portal\'s article stops inside this row ("1017 | Provided "): a truncated cell, not a wording (1017 is CUSTOM_FIELD_INVALID).',
  },
  {
    file: 'customers-v2-customer-1--docs.capillarytech.com.md',
    code: 1008,
    wording: 'Unable to register with',
    key: null,
    why: 'The retrieved copy of the older /reference/customer-1 page stops inside this row ("Unable to register with"): a truncated cell, not a wording (1008 is REGISTER_WITH_EXTERNAL_ID_FAILED).',
  },
  ...apiPageWarningsListedAsErrors.map(([code, key, wording, page]) => ({
    file: apiPages,
    code,
    wording,
    key,
    why: `The ${page} page lists this under its error codes; the status-code table lists the code under "Warning Codes": the entry is that warning.`,
  })),
  ...symbolicNames.map(([code, wording, meaning]) => ({
    file: apiPages,
    code,
    wording,
    key: null,
    why: `A symbolic error name (${wording}) for ${meaning}, not a message a response carries: left out; the catalog keeps numeric codes with their texts.`,
  })),
];
