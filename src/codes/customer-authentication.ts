/**
 * Status codes of the customer authentication service (the auth engine: OTP, password and
 * token flows of a brand's customers), api `auth`. Five publications print one identical
 * table, row for row and word for word: capillary.github.io v1.1 site and api-documentation
 * site ("Customer Authentication / Response Codes", `_authEngine.md`), docs.capillarytech.com
 * `/reference/status-codes` (the current one), its archived copy `/reference/status-codes-1`,
 * and the guide `/docs/customer-authentation-mobile` ("Error Codes"). Only the guide's heading
 * says the rows are errors; by their meaning all of them are. The service answers from its own
 * surface, not the v1.1 or v2 response objects, hence `auth` for every row whatever the site.
 * Two per-API pages of the service add codes, `auth` too, with the page's solution in the
 * note: Regenerate Authentication Token (1597) and Authentication configurations (1601-1603,
 * the fallback channels of OTPs sent over WhatsApp and Zalo). The archived page "Change
 * identifier on Auth engine (COPY)" prints four failures under 500, each its own entry (not
 * the request-level 500), with the page's advice in the note.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const customerAuthentication = [
  [1502, 'AUTH_OTP_VALIDATION_FAILED', 'error', 'auth', 'Unable to validate OTP.', { kind: 'internal' }],
  [1503, 'AUTH_OTP_GENERATION_FAILED', 'error', 'auth', 'Unable to generate OTP.', { kind: 'internal' }],
  [1504, 'AUTH_TOKEN_GENERATION_FAILED', 'error', 'auth', 'Unable to generate token.', { kind: 'internal' }],
  [1505, 'AUTH_INVALID_SESSION', 'error', 'auth', 'Invalid session.', { kind: 'unauthenticated' }],
  [1506, 'AUTH_INVALID_OTP', 'error', 'auth', 'Invalid OTP.', { kind: 'unauthenticated' }],
  [1507, 'AUTH_SESSION_MOBILE_MISMATCH', 'error', 'auth', 'Mobile number does not match with the mobile number used to generate token/session.', {
    kind: 'unauthenticated',
  }],
  [1508, 'AUTH_SESSION_DEVICE_MISMATCH', 'error', 'auth', 'Device ID does not match with the device ID used to generate token/session.', {
    kind: 'unauthenticated',
  }],
  [1509, 'AUTH_SESSION_BRAND_MISMATCH', 'error', 'auth', 'Brand name does not match with the brand name used to generate token/session.', {
    kind: 'unauthenticated',
  }],
  [1515, 'AUTH_USER_NOT_FOUND', 'error', 'auth', 'User does not exist.', { kind: 'not-found' }],
  [1518, 'AUTH_OTP_RETRIES_EXHAUSTED', 'error', 'auth', 'Reached the maximum allowed OTP retry attempts, Authenticate form the start.', {
    kind: 'resource-exhausted',
  }],
  [1519, 'AUTH_INVALID_DETAILS', 'error', 'auth', 'Invalid details passed.', { kind: 'invalid-argument' }],
  [1520, 'AUTH_PASSWORD_REQUIRED', 'error', 'auth', 'Password is enabled for the brand. Password cannot be empty.', { kind: 'invalid-argument' }],
  [1521, 'AUTH_PASSWORD_CONFIRMATION_MISMATCH', 'error', 'auth', 'Password and confirm password does not match.', { kind: 'invalid-argument' }],
  [1523, 'AUTH_PASSWORD_CHANGE_FAILED', 'error', 'auth', 'Unable to change password.', { kind: 'internal' }],
  [1524, 'AUTH_PASSWORD_NOT_ENABLED', 'error', 'auth', 'Password is not enabled for the brand.', { kind: 'failed-precondition' }],
  [1525, 'AUTH_TOKEN_NOT_REGENERABLE', 'error', 'auth', 'Cannot regenerate token, please authenticate again.', { kind: 'unauthenticated' }],
  [1526, 'AUTH_PASSWORD_VALIDATION_FAILED', 'error', 'auth', 'Unable to validate password.', { kind: 'internal' }],
  [1527, 'AUTH_PASSWORD_UNCHANGED', 'error', 'auth', 'Old password and new password cannot be same.', { kind: 'invalid-argument' }],
  [1528, 'AUTH_INVALID_PASSWORD', 'error', 'auth', 'Invalid password, please try with the correct password.', { kind: 'unauthenticated' }],
  [1529, 'AUTH_TOKEN_EXPIRED', 'error', 'auth', 'Token has expired.', { kind: 'unauthenticated' }],
  [1530, 'AUTH_PASSWORD_RETRIES_EXHAUSTED', 'error', 'auth', 'Reached the maximum allowed password retry attempts, please reset your password.', {
    kind: 'resource-exhausted',
  }],
  [1531, 'AUTH_TOKEN_EXPIRY_FAILED', 'error', 'auth', 'Unable to expire token.', { kind: 'internal' }],
  [1532, 'AUTH_PASSWORD_RESET_FAILED', 'error', 'auth', 'Unable to reset password.', { kind: 'internal' }],
  [1534, 'AUTH_OTP_LIMIT_REACHED', 'error', 'auth', 'Reached the maximum number of OTPs allowed per customer.', { kind: 'resource-exhausted' }],
  [1535, 'AUTH_OTP_MAX_COUNT_ZERO', 'error', 'auth', 'Maximum OTP count per customer cannot be 0 (it has to be >= 1).', {
    kind: 'invalid-argument',
  }],
  [1537, 'AUTH_OTP_NOT_GENERATED', 'error', 'auth', 'OTP is not generated for the provided details. Please generate OTP and try again.', {
    kind: 'failed-precondition',
  }],
  [1540, 'AUTH_OTP_IDENTIFIER_REQUIRED', 'error', 'auth', 'Either mobile or email is required to send OTP.', { kind: 'invalid-argument' }],
  [1541, 'AUTH_SESSION_IDENTIFIER_MISMATCH', 'error', 'auth', 'Identifier used to generate session does not match with the identifier used to generate or validate OTP.', {
    kind: 'unauthenticated',
  }],
  [1542, 'AUTH_PASSWORD_REQUIREMENTS_NOT_MET', 'error', 'auth', 'Password does not meet the requirements.', { kind: 'invalid-argument' }],
  [1543, 'AUTH_USERNAME_EXISTS', 'error', 'auth', 'Username already exists.', { kind: 'already-exists' }],
  [1546, 'AUTH_INVALID_IDENTIFIER_TYPE', 'error', 'auth', 'Invalid identifierType passed.', { kind: 'invalid-argument', audience: 'developer' }],
  // The per-API pages' codes.
  [1597, 'AUTH_KEY_EXPIRED_OR_INVALID', 'error', 'auth', 'Key expired or not valid', {
    kind: 'unauthenticated',
    note: 'Make sure that the key is valid.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/regenerate-authentication-token',
  }],
  [1601, 'AUTH_FALLBACK_CHANNEL_MOBILE_REQUIRED', 'error', 'auth', 'Fallback Channel needs identifier mobile', {
    kind: 'invalid-argument',
    note: 'Ensure \'mobile\' is passed in the body if fallback channel is set as mobile.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/authentication-configurations',
  }],
  [1602, 'AUTH_FALLBACK_CHANNEL_EMAIL_REQUIRED', 'error', 'auth', 'Fallback Channel needs identifier email', {
    kind: 'invalid-argument',
    note: 'Ensure \'email\' is passed in the body if fallback channel is set, instead of query params.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/authentication-configurations',
  }],
  [1603, 'AUTH_CHANNEL_MISCONFIGURED', 'error', 'auth', 'Channel is not configured properly, please check and try again', {
    kind: 'failed-precondition',
    note: 'Verify subchannel/fallback channel configuration is valid.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/authentication-configurations',
  }],
  // The archived Change identifier on Auth engine page: four failures under 500.
  [500, 'AUTH_CHANGE_IDENTIFIER_ORG_NOT_FOUND', 'error', 'auth', 'The organization does not exist', {
    kind: 'not-found',
    note: 'Check the entered organization name. Not the request-level 500 (ALL_REQUESTS_FAILED).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/change-identifier-on-auth-engine',
  }],
  [500, 'AUTH_CHANGE_IDENTIFIER_UNCHANGED', 'error', 'auth', 'Old and new identifier values are the same.', {
    kind: 'invalid-argument',
    note: 'Not the request-level 500 (ALL_REQUESTS_FAILED).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/change-identifier-on-auth-engine',
  }],
  [500, 'AUTH_CHANGE_IDENTIFIER_FAILED', 'error', 'auth', 'Something went wrong', {
    kind: 'internal',
    note: 'Check the identifier value and type. Not the request-level 500 (ALL_REQUESTS_FAILED).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/change-identifier-on-auth-engine',
  }],
  [500, 'AUTH_CHANGE_IDENTIFIER_BRAND_NAME_EMPTY', 'error', 'auth', 'The Brand name field is empty', {
    kind: 'invalid-argument',
    note: 'Enter brand name. Not the request-level 500 (ALL_REQUESTS_FAILED).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/change-identifier-on-auth-engine',
  }],
] as const satisfies readonly Row[];
