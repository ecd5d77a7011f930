/**
 * Status codes of the loyalty-promotions resource. Loyalty promotions publish no status table
 * of their own: these are the error tables of the single API pages of docs.capillarytech.com's
 * "Loyalty Promotion" section and of its archived pages
 * (test/fixtures/tables/api-specific-tables--docs.capillarytech.com.md).
 *
 * Two surfaces, told apart by each page's endpoint:
 * - `v2`: Enrol/Issue Loyalty Promotion (/v2/promotion/bulk/enrolAndEarn), Revoke Loyalty
 *   Promotions (/v2/promotion/bulk/revokeEnrolAndEarn), Get Loyalty Promotion Benefits for
 *   Customer (/v2/customers/lookup/customerPromotionDetails/actionSummary), Get Loyalty
 *   Promotions List for a Customer (/v2/customers/lookup/promotionData) and the archived
 *   Enrol a Customer to Loyalty Promotion (/v2/promotion/issue), Issue Loyalty Promotion of
 *   Direct Issue (/v2/promotion/bulk/directEarn) and Revoke Issual of Direct Issue
 *   (/v2/promotion/bulk/revokeDirectEarn): the 2305 and 88xx codes, sent in v2 `errors[]` and
 *   `warnings[]` (the pages' samples);
 * - `api_gateway`: Create Loyalty Promotion for UCC, Get Details of all Loyalty Promotions, Get
 *   Loyalty Promotion List for a Program and Get Loyalty Promotion by ID
 *   (/api_gateway/loyalty/v1/programs/...): 2010 and the 40xx codes.
 *
 * The tables are headed as error tables; 8116 is returned in warnings (the page says so) and
 * 8890 is listed under "API-specific warning codes". 4076 is listed twice with two meanings:
 * two entries. The pages also list codes whose home is another resource, with the same
 * meaning: 8015, 8013, 8003, 8105 and 1212 (customers), 1101 (transactions), 11013
 * (points-ledger). A page's explanation, reason or solution cell is the entry's note.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const loyaltyPromotions = [
  // v2: enrol, issue, revoke, and the customer's promotions.
  [2305, 'LOYALTY_PROMOTION_NO_ACTIVE_ISSUAL', 'error', 'v2', 'Active issued promotion is not available for the customer.', {
    kind: 'failed-precondition',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/revoke-issual-of-type-direct-issue-singlebulk',
  }],
  [8116, 'LOYALTY_PROMOTION_NO_BENEFITS_EARNED', 'warning', 'v2', 'No benefits earned by customer for the given promotion.', {
    kind: 'not-found',
    note: 'The API call was successful, but the customer hasn\'t received any benefits yet. (Returned in warnings)',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-promotion-benefits-for-customer',
  }],
  [8874, 'LOYALTY_PROMOTION_INVALID_ID', 'error', 'v2', 'Promotion ID passed is invalid', {
    aliases: ['Promotion ID is invalid.'],
    sharedWith: ['points'],
    kind: 'invalid-argument',
    note: 'The provided promotionId or promotionIdentifier does not exist or is invalid.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/enrolissue-loyalty-promotion',
  }],
  [8881, 'LOYALTY_PROMOTION_INSUFFICIENT_PARAMETERS', 'error', 'v2', 'Insufficient parameters passed; program ID and one of the promotion ID/identifiers are required', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Required parameters are not passed.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/enrolissue-loyalty-promotion',
    aliases: ['insufficient parameters passed, program id and one of promotion id/identifier are required'],
  }],
  [8883, 'LOYALTY_PROMOTION_BENEFITS_PARAMETERS_MISSING', 'error', 'v2', 'Insufficient parameters passed', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'programId or one of promotionId/promotionIdentifier is missing.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-promotion-benefits-for-customer',
    aliases: ['Insufficient parameters passed, program id and one of promotion id/identifier are required.'],
  }],
  [8890, 'LOYALTY_PROMOTION_NOT_ISSUED', 'warning', 'v2', 'Promotion not issued due to config issues or customer exhausted limits', {
    kind: 'resource-exhausted',
    note: 'A warning: the request succeeds, but the promotion is not issued to the customer.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-loyalty-promotion-of-direct-issue',
  }],
  [8892, 'LOYALTY_PROMOTION_INACTIVE', 'error', 'v2', 'Promotion is inactive', {
    kind: 'failed-precondition',
    note: 'Promotion is currently inactive.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/enrolissue-loyalty-promotion',
  }],
  [8899, 'LOYALTY_PROMOTION_USER_GROUP_NOT_SUPPORTED', 'error', 'v2', 'Cannot enrol/issue to the user group.', {
    kind: 'invalid-argument',
    note: 'A user group cannot be enrolled to a promotion. This happens when you define USERGROUP2 as the entity.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/enrolissue-loyalty-promotion',
  }],
  [8901, 'LOYALTY_PROMOTION_INVALID_ENTITY_TYPE', 'error', 'v2', 'invalid entity type passed', {
    kind: 'invalid-argument',
    note: 'The entity type is invalid or unsupported.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/enrolissue-loyalty-promotion',
  }],
  [8902, 'LOYALTY_PROMOTION_REVOKE_ACTION_NOT_SUPPORTED', 'error', 'v2', 'Revoke bulk action passed not supported for loyalty/generic promotion type', {
    kind: 'invalid-argument',
    note: 'Revoking an issual for a customer in a direct earn promotion is not supported.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/revoke-loyalty-promotions',
  }],
  [8903, 'LOYALTY_PROMOTION_EARN_IDS_INVALID_OR_REVOKED', 'error', 'v2', 'Earn IDs passed are either invalid or already revoked', {
    kind: 'invalid-argument',
    note: 'The earned ID that is being revoked is already revoked or is invalid.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/revoke-loyalty-promotions',
  }],

  // api_gateway: creating and listing promotions (/api_gateway/loyalty/v1/programs/...).
  [2010, 'LOYALTY_PROMOTION_INVALID_PROGRAM_ID', 'error', 'api_gateway', 'Program ID incorrect.', {
    aliases: ['Program ID is invalid.'],
    kind: 'invalid-argument',
    note: 'partner-program uses 2010 for PARTNER_PROGRAM_EVENTS_QUEUED.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-promotion-details',
  }],
  [4003, 'LOYALTY_PROMOTION_NAME_EXISTS', 'error', 'api_gateway', 'A promotion with the same name exists for the program', {
    kind: 'already-exists',
    note: 'Check the promotion name and ensure it is unique.',
    origin: 'page',
  }],
  [4007, 'LOYALTY_PROMOTION_IDENTIFIER_EXISTS', 'error', 'api_gateway', 'Promotion identifier already exists for the program', {
    kind: 'already-exists',
    note: 'Check the promotion id and ensure it is unique.',
    origin: 'page',
  }],
  [4011, 'LOYALTY_PROMOTION_START_DATE_REQUIRED', 'error', 'api_gateway', 'Given start date is null or empty', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Check the promotion start date and ensure it is in the correct format',
    origin: 'page',
  }],
  [4012, 'LOYALTY_PROMOTION_END_DATE_REQUIRED', 'error', 'api_gateway', 'Given end date is null or empty', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Check the promotion end date and ensure it is in the correct format',
    origin: 'page',
  }],
  [4027, 'LOYALTY_PROMOTION_OR_START_RULE_NOT_FOUND', 'error', 'api_gateway', 'promotionId or startRuleIdentifier passed doesn\'t exist', {
    kind: 'not-found',
    audience: 'developer',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-loyalty-promotion-list-for-a-program',
  }],
  [4029, 'LOYALTY_PROMOTION_GET_INVALID_ID', 'error', 'api_gateway', 'Promotion ID is invalid.', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/get-promotion-by-id' }],
  [4053, 'LOYALTY_PROMOTION_DATE_RANGE_MISSING', 'error', 'api_gateway', 'Start date or end date missing.', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/get-promotion-details' }],
  [4054, 'LOYALTY_PROMOTION_OFFSET_OR_LIMIT_MISSING', 'error', 'api_gateway', 'Offset or limit missing.', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/get-promotion-details' }],
  [4055, 'LOYALTY_PROMOTION_LIMIT_ABOVE_100', 'error', 'api_gateway', 'Limit passed is greater than 100', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/get-loyalty-promotion-list-for-a-program' }],
  [4057, 'LOYALTY_PROMOTION_INVALID_DATE_FORMAT', 'error', 'api_gateway', 'Start date or end date not in the correct format.', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/get-promotion-details' }],
  [4074, 'LOYALTY_PROMOTION_UCC_TARGET_IDS_REQUIRED', 'error', 'api_gateway', 'For SourceType UserCreated,  TargetGroupId and  TargetRuleId are mandatory', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Enter the TargetGroupID and TargetRuleID for the promotion',
    origin: 'page',
  }],
  [4075, 'LOYALTY_PROMOTION_UCC_ONE_RULESET_REQUIRED', 'error', 'api_gateway', 'UCC Promotions should always have one RuleSet', {
    kind: 'invalid-argument',
    note: 'Ensure that only one ruleset is passed. Add the rulesets for the promotion if not added.',
    origin: 'page',
  }],
  [4076, 'LOYALTY_PROMOTION_UCC_INVALID_RULESET', 'error', 'api_gateway', 'Invalid UCC Promotions Ruleset check for ruleSetName, ContextId, OrgId, ContextType and start & End is not null', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Check if the mandatory rule set fields are passed. 4076 also means the ruleset\'s rules are invalid (LOYALTY_PROMOTION_UCC_INVALID_RULES).',
    origin: 'page',
  }],
  [4076, 'LOYALTY_PROMOTION_UCC_INVALID_RULES', 'error', 'api_gateway', 'Invalid UCC Promotions Rules passed check for expression , expressionJson and name is not null', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Check if the mandatory rule set fields are correct. 4076 also means the ruleset itself is invalid (LOYALTY_PROMOTION_UCC_INVALID_RULESET).',
    origin: 'page',
  }],
  [4078, 'LOYALTY_PROMOTION_INVALID_RULESET_FILTER_NAME', 'error', 'api_gateway', 'Invalid name in Promotions RuleSet Filter', {
    kind: 'invalid-argument',
    note: 'Check the filter name and ensure it is valid.',
    origin: 'page',
  }],
  [4079, 'LOYALTY_PROMOTION_SOURCE_TYPE_REQUIRED', 'error', 'api_gateway', 'Promotion Source Type cannot be null or empty', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Enter the promotion source type',
    origin: 'page',
  }],
  [4080, 'LOYALTY_PROMOTION_UCC_INVALID_ACTIONS', 'error', 'api_gateway', 'Invalid UCC Promotions Actions, Both key and value in cannot be null or empty', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Check if the mandatoryPropertiesValues key value is null or Empty.',
    origin: 'page',
  }],
  [4082, 'LOYALTY_PROMOTION_EVENT_NAME_REQUIRED', 'error', 'api_gateway', 'eventName is null / empty', { kind: 'invalid-argument', audience: 'developer', origin: 'page', docs: 'https://docs.capillarytech.com/reference/get-loyalty-promotion-list-for-a-program' }],
  [4083, 'LOYALTY_PROMOTION_INVALID_EVENT_NAME', 'error', 'api_gateway', 'Incorrect event name is passed', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/get-loyalty-promotion-list-for-a-program' }],
  [4084, 'LOYALTY_PROMOTION_LIST_SOURCE_TYPE_REQUIRED', 'error', 'api_gateway', 'sourceType is empty / null', { kind: 'invalid-argument', audience: 'developer', origin: 'page', docs: 'https://docs.capillarytech.com/reference/get-loyalty-promotion-list-for-a-program' }],
  [4085, 'LOYALTY_PROMOTION_INVALID_SOURCE_TYPE', 'error', 'api_gateway', 'Wrong sourceType enum is passed', { kind: 'invalid-argument', audience: 'developer', origin: 'page', docs: 'https://docs.capillarytech.com/reference/get-loyalty-promotion-list-for-a-program' }],
  [4086, 'LOYALTY_PROMOTION_LIST_PAGING_OR_SOURCE_TYPE_MISSING', 'error', 'api_gateway', 'Limit / offset/ sourceType is not passed', {
    kind: 'invalid-argument',
    audience: 'developer',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-loyalty-promotion-list-for-a-program',
  }],

  // Codes only the published samples show (test/fixtures/payloads/): no table lists them; each
  // is the sample's wording (docs/DATA.md "Codes only the samples show"), `docs` the sample's page.
  [8896, 'LOYALTY_PROMOTION_ISSUE_FAILED', 'error', 'v2', 'Error occurred while issuing promotion to the customer', { kind: 'internal', origin: 'sample', docs: 'https://docs.capillarytech.com/reference/revoke-loyalty-promotions' }],
] as const satisfies readonly Row[];
