/**
 * The decisions scripts/generate-endpoints.mjs needs that the source cannot make itself, each
 * with its reason (test/fixtures/endpoints/README.md describes the source): the request of
 * each page that contradicts itself, the resource of pages the per-API page map
 * (test/tables/api-specific/) does not name, the pages that become no endpoint, and the
 * table rows that name no catalog entry by their code and wording. test/endpoints.test.ts
 * checks that every page and every row is accounted for, and that no decision here is stale.
 */
import type { Resource } from '../../src/codes/resources.js';

/** A page's request, judged by hand where the page's own evidence disagrees. */
export interface PathDecision {
  readonly method: string;
  readonly path: string;
  readonly why: string;
}

/** A table row whose code and wording name no entry of the page's resource, or name several. */
export interface RowException {
  /** The page, as `url` in endpoints.json. */
  readonly page: string;
  readonly code: number;
  /** The row's description cell, verbatim. */
  readonly description: string;
  /** The entries the row is, judged by hand; empty where it is none of the catalog's. */
  readonly keys: readonly string[];
  readonly why: string;
}

const reference = 'https://docs.capillarytech.com/reference/';

/** The 26 pages whose table, example, curl sample or sample endpoint disagree (their `conflicts`). */
export const pathDecisions: Readonly<Record<string, PathDecision>> = {
  [`${reference}change-mfa-password`]: {
    method: 'POST',
    path: '/auth/v1/mfa/password/change',
    why: "The page documents the MFA password change (its title, its table); the curl's /auth/v1/password/change is the non-MFA API's request, copied.",
  },
  [`${reference}claim-reward`]: {
    method: 'PUT',
    path: '/api_gateway/rewards/core/v1/user/reward/claim',
    why: 'The endpoint example and the sample endpoint agree on /user/reward/claim (a user claims a reward, like /user/reward/{id}/issue); the table alone drops /user.',
  },
  [`${reference}delete-token`]: {
    method: 'POST',
    path: '/auth/v1/mfa/token/expire',
    why: "The table's POST: the path is an action (/token/expire), like the other /auth/v1/mfa/token/* requests, all POST; the curl's -X DELETE is the only DELETE of the auth API.",
  },
  [`${reference}enable_disable_languagemetadata`]: {
    method: 'PUT',
    path: '/api_gateway/rewards/core/v1/metadata/language/{languagecode}/status/enable',
    why: "The page's OpenAPI operation and title are Enable; the table's example URL is the disable request (the page documents both; Disable has its own page).",
  },
  [`${reference}generate-card-external-id`]: {
    method: 'PUT',
    path: '/v2/card',
    why: "The curl and the sample endpoint agree on PUT /v2/card, and so does the older published sample of the same request (capillary.github.io, Add external reference ID to card: PUT v2/card); the endpoint example's /v2/cardNumber stands alone.",
  },
  [`${reference}get-all-reward-transactions-for-a-user`]: {
    method: 'GET',
    path: '/api_gateway/rewards/core/v1/management/customer/{customerId}/issuals',
    why: "A read (the title, the table's GET); the curl's POST is the only write among the page's evidence. The sample endpoint GET .../customer/555567088/issuals agrees.",
  },
  [`${reference}get-brands-rewards`]: {
    method: 'GET',
    path: '/api_gateway/rewards/core/v1/reward/brand/{brandId}',
    why: "The endpoint example's /reward/brand/1: the table's /user/reward/brand{brandId} is the Get rewards for user page's request (/user/reward/brand{BrandName}), copied.",
  },
  [`${reference}get-customer-labels`]: {
    method: 'GET',
    path: '/v2/customers/{userId}/labels',
    why: "The table's /customers/userId/labels lacks /v2 and the braces; the curl and the sample endpoint (/v2/customers/564663098/labels) give the full path.",
  },
  [`${reference}get-group-rewards`]: {
    method: 'GET',
    path: '/api_gateway/rewards/core/v1/group',
    why: "The curl and the sample endpoint agree on /api_gateway/rewards/core/v1/group, under /rewards/core like every other rewards catalog request; the table drops /rewards.",
  },
  [`${reference}get-list-of-vendor-redemption-details-by-vendor-id`]: {
    method: 'GET',
    path: '/api_gateway/rewards/core/v1/vendor/{vendorid}/redemption/{redemptionid}/brand/{brandid}',
    why: "A read (the title, the table's GET); the sample endpoint GET .../vendor/133/redemption/27570/brand/61 agrees; the curl's POST is the create request's.",
  },
  [`${reference}get-loyalty-promotion-list-for-a-program`]: {
    method: 'GET',
    path: '/api_gateway/loyalty/v1/programs/{programId}/promotionsV2',
    why: "The table's GET .../promotionsV2; the curl's POST .../userCreatedPromotions is another request (another path and method).",
  },
  [`${reference}get-purchased-rewards-for-user-connected-org`]: {
    method: 'POST',
    path: '/v1.1/user/user_rewards',
    why: "The table's path with the curl's POST (the request carries a body); the sample endpoint's GET is the single dissent. Kept the page's chosen request.",
  },
  [`${reference}get-reward-details-by-id-in-a-connected-org`]: {
    method: 'GET',
    path: '/v1.1/user/rewards/{rewardId}',
    why: "The table's path: the example and sample endpoint's /api_gateway/rewards/core/v1/reward/197661 is the request of the Get reward details by ID page (not in connected orgs).",
  },
  [`${reference}get-transaction-details-by-reward-transaction-id`]: {
    method: 'GET',
    path: '/api_gateway/rewards/core/v1/reward-transactions/{rewardTransactionId}',
    why: "The table's v1 path: the example and curl's v1.1 path is the request of the page in connected orgs (get-transaction-details-by-reward-transaction-id-in-connected-orgs).",
  },
  [`${reference}get-user-group-details`]: {
    method: 'GET',
    path: '/v2/userGroup2/search',
    why: "A search (the title); the endpoint example's /userGroup2/search under the table's /v2 prefix. The table's bare GET /v2/userGroup2 names no search.",
  },
  [`${reference}get_all_languages`]: {
    method: 'GET',
    path: '/api_gateway/rewards/core/v1/metadata/languages',
    why: "The page's OpenAPI operation and the sample endpoint agree; the table's /metadata/language/create is the create page's request, copied.",
  },
  [`${reference}limit-active-cards-per-customer`]: {
    method: 'POST',
    path: '/v2/organization/configs',
    why: "The curl's POST: the page sets a limit (a write, with a body); the table's and sample's GET read the configs.",
  },
  [`${reference}mfa-forgot-password`]: {
    method: 'POST',
    path: '/auth/v1/mfa/password/forget',
    why: "The curl's POST, like the non-MFA POST /auth/v1/password/forget (its sample endpoint); the table's GET is the single dissent.",
  },
  [`${reference}post-issue-user-reward`]: {
    method: 'POST',
    path: '/api_gateway/rewards/core/v1/user/reward/{rewardId}/issue',
    why: "The table's request, the placeholder written without its space and slash-separated; the sample endpoint POST .../user/reward/15465/issue agrees (the conflict is its truncated copy).",
  },
  [`${reference}redeem-points`]: {
    method: 'POST',
    path: '/v1.1/points/redeem',
    why: "The OpenAPI operation's POST (a redemption writes); the sample endpoint POST v1.1/points/redeem agrees; the table's GET is the isredeemable check's.",
  },
  [`${reference}search-for-groups-using-the-extended-fields`]: {
    method: 'POST',
    path: '/v2/userGroup2/extendedFieldSearch',
    why: "The endpoint example's path: the table's POST /v2/userGroup2 is the Add Group page's request, copied.",
  },
  [`${reference}tag-customers-to-labels`]: {
    method: 'POST',
    path: '/v2/customers/{userId}/changeLabels',
    why: "The curl and sample endpoint give /v2/customers/564663098/changeLabels with POST (tagging writes); the table's GET /customers/userId/changeLabels lacks /v2 and the braces.",
  },
  [`${reference}update-badges-group`]: {
    method: 'POST',
    path: '/api_gateway/v1/badges/group/{groupid}',
    why: "The table's path, under /badges/group like Create badges group (POST /api_gateway/v1/badges/group); the example's /badges/{groupid} drops /group.",
  },
  [`${reference}update-customer-detail`]: {
    method: 'PUT',
    path: '/v2/customers/{userId}',
    why: "The endpoint example and the curl agree on /v2/customers/{userId}; the table's /v2/promotion/customer is another API's request, copied.",
  },
  [`${reference}update-vendor-redemption`]: {
    method: 'PUT',
    path: '/api_gateway/rewards/core/v1/vendor/redemption/{redemptionId}/brand/{brandId}',
    why: "The curl and sample endpoint agree (PUT .../vendor/redemption/25772/brand/61, an update); the table's POST .../redemption/create is the Create Vendor Redemption page's request, copied.",
  },
  [`${reference}update_subscription_details`]: {
    method: 'POST',
    path: '/v1.1/customer/subscriptions',
    why: "The page's OpenAPI operation; the table's GET /v1.1/points/isredeemable is another page's, and the curl's /v2/customers/{id}/subscriptions the v2 API's.",
  },
};

/**
 * The resource of a documented path whose page the per-API page map does not name (pages
 * without an error table): the first prefix that the path equals or continues.
 */
export const resourceByPath: readonly (readonly [prefix: string, resource: Resource])[] = [
  // v1.1: the path's second segment is the resource (the v1.1 site's sections).
  ['/v1.1/customer', 'customers'],
  ['/v1.1/communications', 'communications'],
  ['/v1.1/coupon', 'coupons'],
  ['/v1.1/organization', 'organization'],
  ['/v1.1/points', 'points'],
  ['/v1.1/product', 'product'],
  ['/v1.1/request', 'requests'],
  ['/v1.1/store', 'store'],
  ['/v1.1/task', 'tasks'],
  ['/v1.1/transaction', 'transactions'],
  // The v1.1 rewards paths of the rewards catalog's connected-org pages.
  ['/v1.1/user', 'rewards-catalog'],
  ['/v2/card', 'cards'],
  ['/v2/cardNumber', 'cards'],
  ['/v2/coupon', 'coupons'],
  ['/v2/communications', 'communications'],
  ['/v2/partnerProgram', 'partner-program'],
  ['/v2/points', 'points'],
  // The organization's rejected transactions (GET /v2/organization/rejectedTransactions).
  ['/v2/organization', 'organization'],
  ['/api_gateway/rewards', 'rewards-catalog'],
  // The rewards catalog's image upload (its page is in the rewards catalog section).
  ['/api_gateway/file-service/rewards', 'rewards-catalog'],
  ['/api_gateway/v1/badges', 'badges'],
  // The loyalty promotions API, written with a stray /v1 before /api_gateway on its archived page.
  ['/v1/api_gateway/loyalty/v1/programs', 'loyalty-promotions'],
  // The auth engine: OTP, password, token and MFA flows of a brand's customers.
  ['/auth/v1', 'customer-authentication'],
];

/** Pages that become no endpoint, and why. */
const milestones =
  'Target milestones (target groups, targets, their users and events, /v3/targetGroups and /v3/users) are no resource of the catalog (src/codes/resources.ts), as test/tables/api-specific/ leaves their pages out.';

export const pagesLeftOut: Readonly<Record<string, string>> = {
  [`${reference}check-validity-of-milestone-name`]: milestones,
  [`${reference}connectedorgs-unenroll-customer-milestone-or-streak`]: milestones,
  [`${reference}get-all-target-groups`]: milestones,
  [`${reference}getusertargetgroupdetails`]: milestones,
  [`${reference}replay-events`]: milestones,
  [`${reference}sample`]: milestones,
  [`${reference}target-completed-details`]: milestones,
  [`${reference}target-completion-status`]: milestones,
  [`${reference}trigger-target-communication`]: milestones,
  [`${reference}un-enrol-users-into-a-milestonestreak`]: milestones,
  [`${reference}update-target-completed-message-status`]: milestones,
  [`${reference}perform-search`]:
    'Meta search (POST /v2/search/entity, the search service): no resource of the catalog, as the page map leaves the Cortex search pages out.',
  [`${reference}post-event`]:
    "The behavioral events' inbound request to the brand's own host (POST /{host}/): no request to Capillary's API, so no path to find it by.",
};

/** Rows the rule of scripts/generate-endpoints.mjs (`keysOf`) cannot account for. */
export const rowExceptions: readonly RowException[] = [
  {
    page: 'https://docs.capillarytech.com/reference/v2addcardseries',
    code: 3028,
    description: 'Card length should not be less than',
    keys: ['CARD_LENGTH_TOO_SHORT'],
    why: "The cards table's 3028 cut before its number (\"…should not be less than 5.\"): the same failure, but a wording without the value no longer reads as close to one with it.",
  },
  {
    page: `${reference}add-customer`,
    code: 500,
    description: "All requests have failed due to errors. Invalid or unsupported inputs passed.",
    keys: ['ALL_REQUESTS_FAILED'],
    why: "The request-level 500 of a batch whose every item failed: the row is its wording (\"have failed\" for \"failed\") followed by the page's explanation.",
  },
  {
    page: `${reference}add-customer`,
    code: 1007,
    description: "Error in customer registration: No Valid Mobile Number or External ID or Email provided required for registration. No valid mobile number, external ID, or email provided.",
    keys: ['REGISTER_NO_PRIMARY_IDENTIFIER'],
    why: "The same failure in other words: registration without a valid mobile number, external ID or email, the customers table's 1007.",
  },
  {
    page: `${reference}add-group`,
    code: 1633,
    description: "<p>Group ID exists. Change the value of the field <code>externalId</code></p>",
    keys: ['USER_GROUP_EXTERNAL_ID_EXISTS'],
    why: "The page rewords the user groups table's 1633 (the group's externalId already exists) and says how to fix it.",
  },
  {
    page: `${reference}enable_disable_languagemetadata`,
    code: 500,
    description: "UNEXPECTED\\_ERROR",
    keys: [],
    why: "A symbolic name (UNEXPECTED_ERROR), no wording: the catalog's 500s are the request-level internal server error and all-requests-failed, and the row does not say which one the server sends.",
  },
  {
    page: `${reference}get-customer-coupons-detailed`,
    code: 400,
    description: "INVALID\\_CUSTOMER\\_ID",
    keys: [],
    why: "A symbolic name (INVALID_CUSTOMER_ID), no wording: the request-level 400s are several entries, and the row does not say which one the server sends.",
  },
  {
    page: `${reference}get-customer-coupons-detailed`,
    code: 404,
    description: "NO\\_COUPONS\\_FOUND",
    keys: [],
    why: "A symbolic name (NO_COUPONS_FOUND), no wording: neither 404 of the catalog (resource not found, customer not found) says that no coupon was found.",
  },
  {
    page: `${reference}get-customers-bulk`,
    code: 500,
    description: "UNEXPECTED\\_ERROR",
    keys: [],
    why: "A symbolic name (UNEXPECTED_ERROR), no wording: the catalog's 500s are the request-level internal server error and all-requests-failed, and the row does not say which one the server sends.",
  },
  {
    page: `${reference}get-points-expiry-schedule-light-api`,
    code: 1216,
    description: "The date format used for startDate is not supported. Enter the date in (yyyy-MM-dd) format The date format used for endDate is not supported. Enter the date in (yyyy-MM-dd) format",
    keys: ['UNSUPPORTED_DATE_FORMAT'],
    why: "The customers table's 1216 (the date format used for {x} is not supported), printed twice, for startDate and for endDate; the catalog keeps it in customers, which the points pages share.",
  },
  {
    page: `${reference}get_all_languages`,
    code: 500,
    description: "UNEXPECTED\\_ERROR",
    keys: [],
    why: "A symbolic name (UNEXPECTED_ERROR), no wording: the catalog's 500s are the request-level internal server error and all-requests-failed, and the row does not say which one the server sends.",
  },
  {
    page: `${reference}issue-bulk-reward`,
    code: 8010,
    description: "Reward issued partially. This occurs when one of the rewards has multiple payment configurations mapped to it. For more information, refer to the documentation [here](https://docs.capillarytech.com/reference/reward-issuance-with-quantity-and-calculation-scenarios).",
    keys: ['REWARD_PARTIALLY_ISSUED'],
    why: "The rewards' 8010 (user reward is partially successful), shared with the rewards catalog: the page rewords it and explains when it happens.",
  },
  {
    page: `${reference}postv2customers`,
    code: 500,
    description: "All requests have failed due to errors. Invalid or unsupported inputs passed.",
    keys: ['ALL_REQUESTS_FAILED'],
    why: "The request-level 500 of a batch whose every item failed: the row is its wording (\"have failed\" for \"failed\") followed by the page's explanation.",
  },
  {
    page: `${reference}postv2customers`,
    code: 1007,
    description: "Error in customer registration: No Valid Mobile Number or External ID or Email provided required for registration. No valid mobile number, external ID, or email provided.",
    keys: ['REGISTER_NO_PRIMARY_IDENTIFIER'],
    why: "The same failure in other words: registration without a valid mobile number, external ID or email, the customers table's 1007.",
  },
  {
    page: `${reference}putapi_gatewayrewardscorev1metadatalanguage12statusdisable`,
    code: 500,
    description: "UNEXPECTED\\_ERROR",
    keys: [],
    why: "A symbolic name (UNEXPECTED_ERROR), no wording: the catalog's 500s are the request-level internal server error and all-requests-failed, and the row does not say which one the server sends.",
  },
  {
    page: `${reference}update-transaction-bulk`,
    code: 8084,
    description: "Customer details are not present. Make sure that valid customer identifiers are added.",
    keys: ['CUSTOMER_DETAILS_NOT_SENT'],
    why: "The customers table's 8084 (customer details not sent), which the transactions share: the page rewords it and says how to fix it.",
  },
  {
    page: `${reference}update-user-group-permission`,
    code: 1632,
    description: "Invalid user group member ID passed. Make sure that the user group ID is valid.",
    keys: ['USER_GROUP_INVALID_IDENTIFIER'],
    why: "The user groups table's 1632 (the group id, externalId or primary userId passed is not valid), reworded for a member ID.",
  },
];
