/**
 * Status codes of the badges resource. Badges publish no status table of their own: these
 * are the error tables of the single API pages of docs.capillarytech.com's "Badges" section
 * (test/fixtures/tables/api-specific-tables--docs.capillarytech.com.md): Create badges org
 * meta, Create badges, Update badges, Get badge by ID, Claim badge, Unclaim badge, Enrol
 * customers for badges, Issue badge (earn), Revoke enrolled badges, Revoke issued badge, Get
 * badges for customer, Create badges group and Update badges group. Every one of those APIs
 * is served under /api_gateway/v1/badges/ (the pages' endpoints), so every entry is
 * `api_gateway`. The tables are headed "API-specific error codes": every row is an error.
 * 404 is listed with two meanings (badge not found, badge not issued): two entries. The
 * codes are the badges service's own: 809, 816, 1026, 1028 and 1051 mean other things in
 * points and customers.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const badges = [
  [400, 'BADGE_INVALID_ENUM_VALUE', 'error', 'api_gateway', 'Invalid enum value', { kind: 'invalid-argument', audience: 'developer', origin: 'page' }],
  [404, 'BADGE_NOT_FOUND', 'error', 'api_gateway', 'Passed badge is not found', {
    kind: 'not-found',
    note: '404 also means the badge was not issued to the customer (BADGE_NOT_ISSUED).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-badge-by-id',
  }],
  [404, 'BADGE_NOT_ISSUED', 'error', 'api_gateway', 'Passed badge is not issued.', {
    kind: 'failed-precondition',
    note: 'Revoke enrolled badges. 404 also means the badge does not exist (BADGE_NOT_FOUND).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/revoke-enrolment-of-a-badge',
    aliases: ['Customer doesn\'t have issue instance'],
  }],
  [409, 'BADGE_ORG_CONFIG_EXISTS', 'error', 'api_gateway', 'Org configuration already exists.', { kind: 'already-exists', origin: 'page', docs: 'https://docs.capillarytech.com/reference/create-badges-org-meta' }],
  [714, 'BADGE_OWNER_TYPE_NOT_ALLOWED', 'error', 'api_gateway', 'Owner type is not allowed.', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/create-badges-org' }],
  [717, 'BADGE_OWNER_ID_REQUIRED', 'error', 'api_gateway', 'OwnerId is mandatory.', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/claim-badge' }],
  [720, 'BADGE_START_DATE_AFTER_END_DATE', 'error', 'api_gateway', 'Start Date should be before End Date', { kind: 'invalid-argument', origin: 'page' }],
  [722, 'BADGE_START_DATE_IN_PAST', 'error', 'api_gateway', 'Start date cannot be past date.', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/create-badges-org' }],
  [723, 'BADGE_START_DATE_LOCKED_WHEN_LIVE', 'error', 'api_gateway', 'Start Date cannot change once the badge is live', { kind: 'failed-precondition', origin: 'page' }],
  [724, 'BADGE_EXPIRY_DATE_IN_PAST', 'error', 'api_gateway', 'Expiry Date cannot be past date', { kind: 'invalid-argument', origin: 'page' }],
  [725, 'BADGE_NAME_DUPLICATE', 'error', 'api_gateway', 'Badge name cannot be duplicated.', { kind: 'already-exists', origin: 'page', docs: 'https://docs.capillarytech.com/reference/create-badges-org', aliases: ['Badge name cannot be duplicate'] }],
  [728, 'BADGE_OWNER_REQUIRED', 'error', 'api_gateway', 'At least one owner is required.', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/create-badges-org' }],
  [732, 'BADGE_GROUP_RANK_REQUIRED', 'error', 'api_gateway', 'Group Rank is Mandatory.', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/create-badges-group' }],
  [733, 'BADGE_GROUP_NAME_NOT_UNIQUE', 'error', 'api_gateway', 'Group Name should be Unique.', { kind: 'already-exists', origin: 'page', docs: 'https://docs.capillarytech.com/reference/create-badges-group' }],
  [737, 'BADGE_CLAIM_NOT_FOUND', 'error', 'api_gateway', 'Claim not found in existing claims', { kind: 'not-found', origin: 'page', docs: 'https://docs.capillarytech.com/reference/unclaim-badge' }],
  [809, 'BADGE_DUPLICATE_REQUEST_ID', 'error', 'api_gateway', 'Request with the same requestId is not allowed', { kind: 'already-exists', audience: 'developer', origin: 'page', docs: 'https://docs.capillarytech.com/reference/enrol-customers-for-badges' }],
  [811, 'BADGE_ISSUE_REQUIRED_BEFORE_EARN', 'error', 'api_gateway', 'Badge issue is mandatory before earn', { kind: 'failed-precondition', origin: 'page', docs: 'https://docs.capillarytech.com/reference/issue-badge-to-the-customer' }],
  [814, 'BADGE_NO_ACTIVE_EARN', 'error', 'api_gateway', 'Active earn instance is not present.', { kind: 'failed-precondition', origin: 'page', docs: 'https://docs.capillarytech.com/reference/revoke-issual-of-a-badge' }],
  [816, 'BADGE_EVENT_DATE_OUTSIDE_DURATION', 'error', 'api_gateway', 'Event date is not in duration of badge meta. Pass the issue event date.', {
    kind: 'invalid-argument',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/enrol-customers-for-badges',
  }],
  [826, 'BADGE_CONSTRAINT_WINDOW_CHANGE_NOT_ALLOWED', 'error', 'api_gateway', 'Change from rolling window or fixed constraint to fixed window or vice versa is not allowed.', {
    kind: 'failed-precondition',
    origin: 'page',
  }],
  [1026, 'BADGE_CUSTOMER_NOT_FOUND', 'error', 'api_gateway', 'Customer with the specified ID is not found.', { kind: 'not-found', origin: 'page', docs: 'https://docs.capillarytech.com/reference/get-badges-for-customer' }],
  [1028, 'BADGE_INVALID_CUSTOMER_IDENTIFIER_TYPE', 'error', 'api_gateway', 'Invalid Customer Identifier type', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/get-badges-for-customer' }],
  [1051, 'BADGE_REVOKE_ISSUALS_OR_CUSTOMER_ID_MISSING', 'error', 'api_gateway', 'RevokeIssuals or CustomerId is not passed', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/revoke-enrolment-of-a-badge', aliases: ['RevokeIssuals or CustomerId is mandatory'] }],
  [999999, 'BADGE_UNEXPECTED_VALIDATION_EXCEPTION', 'error', 'api_gateway', 'HV000028: Unexpected exception during isValid call.', { kind: 'internal', audience: 'developer', origin: 'page', docs: 'https://docs.capillarytech.com/reference/create-badges-org' }],
] as const satisfies readonly Row[];
