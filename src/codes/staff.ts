/**
 * Status codes of the staff resource (`/v2/staff`: staff accounts, their OTPs and identifiers)
 * and of the customer walk-in API (`/v2/customer/walkin`, which the docs print on the staff
 * page), api `v2`. Three publications: docs.capillarytech.com `/reference/staff` (the current
 * one: a "Status Codes" table of the walk-in codes 8099-8093 and an "Error Codes" table),
 * the capillary.github.io api-documentation site's staff section (`_staffUser.md`, one small
 * table per API, so 1009 is printed nine times), and its customer walk-in section
 * (`_customerWalkin.md`, "Error Codes"). The docs' "Status Codes" heading does not say; by
 * their meaning all these rows are errors.
 * Staff's 1001-1012 and 1215 mean other things than the customers resource's same codes (named
 * in each note), and walk-in 8093 is not customers' 8093. 401 is the request-level
 * AUTHENTICATION_FAILED (src/codes/api.ts).
 * Three per-API pages (Get Staff Details, Logout Staff Account, Trigger Walk-in Notifications
 * on InStore) print the walk-in table as the api-documentation site does ("SNS" in 8097).
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const staff = [
  // Customer walk-in (docs "Status Codes"; api-documentation "Customer Walk-in / Error Codes").
  [8099, 'STAFF_WALKIN_NO_IDENTIFIER', 'error', 'v2', 'No identifier passed in the param', { kind: 'invalid-argument', audience: 'developer' }],
  [8098, 'STAFF_WALKIN_INVALID_TILL', 'error', 'v2', 'Invalid Till', { kind: 'invalid-argument' }],
  [8097, 'STAFF_WALKIN_SMS_SERVICE_DOWN', 'error', 'v2', 'SMS service not working', {
    aliases: ['SNS service not working'],
    kind: 'unavailable',
    retryable: true,
    note: 'The api-documentation site prints "SNS" where the docs print "SMS".',
  }],
  [8096, 'STAFF_WALKIN_INVALID_TILL_CODE', 'error', 'v2', 'Invalid Till code', { kind: 'invalid-argument' }],
  [8095, 'STAFF_WALKIN_INVALID_SOURCE', 'error', 'v2', 'Invalid source passed', { kind: 'invalid-argument' }],
  [8094, 'STAFF_WALKIN_NO_IDENTIFIER_VALUE', 'error', 'v2', 'No identifier value passed in the param', { kind: 'invalid-argument', audience: 'developer' }],
  [8093, 'STAFF_WALKIN_FAILED', 'error', 'v2', 'Walkin failed from store network', {
    kind: 'permission-denied',
    note: 'Not the customers resource\'s 8093 (GET_NO_IDENTIFIER_VALUE, "GET failed, No identifier value passed").',
  }],

  // Staff accounts (docs "Error Codes"; api-documentation, per API).
  [1001, 'STAFF_PASSWORD_NOT_SET', 'error', 'v2', 'Password not set', {
    kind: 'invalid-argument',
    note: 'Not the customers resource\'s 1001 (REGISTER_INVALID_MOBILE).',
  }],
  [1005, 'STAFF_IDENTIFIER_EXISTS', 'error', 'v2', 'The identifier already exits', {
    aliases: ['Identifier already exits'],
    kind: 'already-exists',
  }],
  [1007, 'STAFF_IDENTIFIER_NOT_SET', 'error', 'v2', 'Username or identifier (email/mobile) is not set', {
    aliases: [
      'username or identifier not set',
      'email/mobile-identifier not set',
      'EMAIL or Mobile identifier is not set',
      'No identifier (email/mobile) passed to validate OTP',
    ],
    kind: 'invalid-argument',
    note: 'Not the customers resource\'s 1007 (REGISTER_NO_PRIMARY_IDENTIFIER).',
  }],
  [1008, 'STAFF_INVALID_IDENTIFIER_TYPE', 'error', 'v2', 'Invalid identifier type passed', {
    kind: 'invalid-argument',
    note: 'Only the api-documentation site lists it (Validate OTP). Not the customers resource\'s 1008 (REGISTER_WITH_EXTERNAL_ID_FAILED).',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [1009, 'STAFF_INVALID_IDENTIFIER', 'error', 'v2', 'Invalid identifier details passed', {
    aliases: ['Invalid identifier passed'],
    kind: 'invalid-argument',
    note: 'Not the customers resource\'s 1009 (MLM_ADD_FAILED).',
  }],
  [1010, 'STAFF_INVALID_OTP_TYPE', 'error', 'v2', 'Invalid OTP type passed', {
    kind: 'invalid-argument',
    note: 'The api-documentation site\'s Change Identifier table adds "(identifier type)": there the OTP type is the type of the identifier. Not the customers resource\'s 1010 (LOYALTY_POINTS_UPDATE_FAILED).',
  }],
  [1011, 'STAFF_USER_INACTIVE', 'error', 'v2', 'Inactive user passed', {
    kind: 'failed-precondition',
    note: 'Not the customers resource\'s 1011 (CUSTOMER_NOT_FOUND_FOR_IDENTIFIER).',
  }],
  [1012, 'STAFF_OTP_TO_NEW_IDENTIFIER_FAILED', 'error', 'v2', 'Unable to send OTP to the new identifier', {
    kind: 'internal',
    note: 'Not the customers resource\'s 1012 (CUSTOMER_NOT_FOUND_FOR_MOBILE_EMAIL_OR_EXTERNAL_ID).',
  }],
  [1215, 'STAFF_INVALID_PARENT_ID', 'error', 'v2', 'Invalid ParentZoneId/External Id/ParentConceptId specified. The the specific id will be set to the default values', {
    aliases: ['Invalid ParentZoneId/External Ids/ParentConceptId specified. The corresponding value is to the default value'],
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Not the customers resource\'s 1215 (DATE_IN_PAST).',
  }],
  [1700, 'STAFF_INVALID_OTP', 'error', 'v2', 'Invalid OTP or OTP expired', {
    aliases: ['Authentication service error. Invalid OTP'],
    kind: 'unauthenticated',
  }],
] as const satisfies readonly Row[];
