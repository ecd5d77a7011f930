/**
 * Status codes of the partner program resource (`/v2/partnerProgram`: link, update and
 * delink a customer's partner programs, activity history), api `v2`. Two publications of one
 * identical "Error Codes" table: docs.capillarytech.com `/reference/partner-program` (the
 * current one) and the capillary.github.io api-documentation site (`_partnerProgram.md`).
 * 2005 is printed twice with two meanings: two entries.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const partnerProgram = [
  [2001, 'PARTNER_PROGRAM_EVENT_NOT_PROCESSED', 'error', 'v2', 'Cannot process the partner program event.', {
    aliases: ['partner program event failed'],
    kind: 'internal',
  }],
  [2002, 'PARTNER_PROGRAM_UPDATE_DETAILS_MISSING', 'error', 'v2', 'Cannot proceed if updateDetails, updatedTierName, or partnerProgramName is empty or null.', {
    kind: 'invalid-argument',
    audience: 'developer',
  }],
  [2003, 'PARTNER_PROGRAM_TIER_EXPIRY_IN_PAST', 'error', 'v2', 'Partner tier expiry date should not be a past date.', { kind: 'invalid-argument' }],
  [2004, 'PARTNER_PROGRAM_CUSTOMER_NOT_LINKED', 'error', 'v2', 'Link the customer with the partner program.', { kind: 'failed-precondition' }],
  [2005, 'PARTNER_PROGRAM_CUSTOMER_ALREADY_LINKED', 'error', 'v2', 'Customer is already linked with the partner program.', {
    kind: 'already-exists',
    note: '2005 also means the customer is not enrolled in the loyalty program (PARTNER_PROGRAM_CUSTOMER_NOT_IN_LOYALTY).',
  }],
  [2005, 'PARTNER_PROGRAM_CUSTOMER_NOT_IN_LOYALTY', 'error', 'v2', 'Enroll the customer in the Loyalty Program.', {
    kind: 'failed-precondition',
    note: '2005 also means the customer is already linked with the partner program (PARTNER_PROGRAM_CUSTOMER_ALREADY_LINKED).',
  }],
  [2006, 'PARTNER_PROGRAM_NOT_FOUND', 'error', 'v2', 'Cannot find the partner program.', { kind: 'not-found' }],
  [2007, 'PARTNER_PROGRAM_TIER_NOT_FOUND', 'error', 'v2', 'Cannot find the partner program tier.', { kind: 'not-found' }],
  [2008, 'PARTNER_PROGRAM_LIMIT_ABOVE_50', 'error', 'v2', 'Cannot process if partner program limit is more than 50.', { kind: 'invalid-argument' }],
  [2009, 'PARTNER_PROGRAM_INVALID_UPDATE_TYPE', 'error', 'v2', 'updateType  supports only UPDATE, RENEW, DOWNGRADE.', { kind: 'invalid-argument', audience: 'developer' }],
  [2010, 'PARTNER_PROGRAM_EVENTS_QUEUED', 'error', 'v2', 'Partner program events are presented in a queue for the user.', {
    kind: 'aborted',
    audience: 'developer',
    retryable: true,
  }],
  [2011, 'PARTNER_PROGRAM_ACTIVITY_NOT_FOUND', 'error', 'v2', 'Cannot find partner program activity for the customer.', { kind: 'not-found' }],
  [2012, 'PARTNER_PROGRAM_ACTIVITY_FETCH_FAILED', 'error', 'v2', 'Cannot fetch partner program activity.', { kind: 'internal' }],
  [2013, 'PARTNER_PROGRAM_ACTIVITY_INTERVAL_TOO_LONG', 'error', 'v2', 'Input time interval should be less than a year for activity history.', {
    kind: 'invalid-argument',
  }],
  [2014, 'PARTNER_PROGRAM_INVALID_ACTIVITY_TYPE', 'error', 'v2', 'Invalid input. Activity type passed should be LINKINGUPDATES or BENEFITSAVAILED.', {
    kind: 'invalid-argument',
  }],
  [2015, 'PARTNER_PROGRAM_DATE_WITH_LINKING_UPDATES', 'error', 'v2', 'Cannot allow the date parameter if activityType = linkingUpdates.', {
    kind: 'invalid-argument',
    audience: 'developer',
  }],
  [2016, 'PARTNER_PROGRAM_INVALID_BENEFIT_NAME', 'error', 'v2', 'Incorrect benefit name.', { kind: 'invalid-argument' }],
  [2017, 'PARTNER_PROGRAM_BENEFITS_COUNT_NOT_POSITIVE', 'error', 'v2', 'Benefits count should be more than 0.', { kind: 'invalid-argument' }],
  [2018, 'PARTNER_PROGRAM_BENEFITS_ON_SUPPLEMENTARY', 'error', 'v2', 'Cannot add benefits to supplementary membership.', { kind: 'failed-precondition' }],

  // Codes only the published samples show (test/fixtures/payloads/): no table lists them; each
  // is the sample's wording (docs/DATA.md "Codes only the samples show"), `docs` the sample's page.
  [1000, 'PARTNER_PROGRAM_CUSTOMER_RETRIEVED', 'success', 'v2', 'Customer successfully retrieved', { origin: 'sample', docs: 'https://github.com/Capillary/api-documentation/blob/98af532402d189fe880a8ad4f331a0930c40ee8d/index.html#L16429' }],
] as const satisfies readonly Row[];
