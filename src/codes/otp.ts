/**
 * Status codes of the OTP resource (`/v2/otp`: generate and validate one-time passwords),
 * api `v2`. Two publications of one identical table: docs.capillarytech.com
 * `/reference/success-and-error-codes` (the current one) and the capillary.github.io
 * api-documentation site (`_otp.md`), each with a "Success Code" and an "Error Codes" table.
 * Other resources use several of these numbers for other things (transactions 600-610, points
 * 876, requests and surveys 9001): the OTP meanings are this resource's own.
 * The per-API page Generate OTP (POST /v2/otp/generate) adds 607, 608, 621 (the WhatsApp and
 * Zalo channels' templates) and 8056, each with the page's advice in the note. Its 8056
 * "Invalid mobile" is an error here; customers sends the same text as a warning
 * (INVALID_MOBILE).
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const otp = [
  // Success.
  [610, 'OTP_VALIDATED', 'success', 'v2', 'OTP is validated successfully.'],

  // Errors.
  [429, 'OTP_RATE_LIMIT_EXCEEDED', 'error', 'v2', 'Rate limit exceeded.', {
    kind: 'resource-exhausted',
    note: 'A maximum of 10 OTPs can be generated for an user per day. However, the limit can be changed if required. So a daily quota, not a rate: the same request fails until the day is over, and it is not retryable.',
  }],
  [600, 'OTP_INVALID_ACTION', 'error', 'v2', 'Invalid or null action passed.', { kind: 'invalid-argument', audience: 'developer', aliases: ['"Invalid or Null action passed"'] }],
  [601, 'OTP_INVALID_ENTITY_TYPE', 'error', 'v2', 'Invalid or null entity_type passed.', { kind: 'invalid-argument', audience: 'developer' }],
  [602, 'OTP_INVALID_ENTITY_VALUE', 'error', 'v2', 'Invalid or null entity_value passed.', { kind: 'invalid-argument', audience: 'developer', aliases: ['"Invalid or Null entity value passed"'] }],
  [603, 'OTP_INVALID_CHANNEL', 'error', 'v2', 'Invalid or null communication channel value passed.', { kind: 'invalid-argument', audience: 'developer' }],
  [604, 'OTP_MISSING', 'error', 'v2', 'No OTP passed.', { kind: 'invalid-argument' }],
  [605, 'OTP_INVALID_OR_EXPIRED', 'error', 'v2', 'OTP is either invalid, expired, or null.', { kind: 'unauthenticated', audience: 'developer' }],
  [606, 'OTP_GENERATION_UNAVAILABLE', 'error', 'v2', 'Unable to generate OTP at the moment.', { kind: 'unavailable', retryable: true }],
  [607, 'OTP_WHATSAPP_TEMPLATE_NAME_MISSING', 'error', 'v2', 'Mandatory template name not passed for whatsapp type channel', {
    kind: 'invalid-argument',
    note: 'If whatsapp as a channel is provided in payload, make sure that whatsappTemplateName parameter is added. The page breaks the sentence over two lines after "for".',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/generate-otp',
  }],
  [608, 'OTP_TEMPLATE_FETCH_FAILED', 'error', 'v2', 'Something went wrong while fetching otp template', {
    kind: 'internal',
    note: 'Make sure that OTP templates are configured and approved',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/generate-otp',
  }],
  [621, 'OTP_ZALO_TEMPLATE_ID_MISSING', 'error', 'v2', 'Zalo template identifier cannot be empty', {
    kind: 'invalid-argument',
    note: 'If zalo as a channel is provided in payload, make sure that parameter zaloTemplateIdentifier is added',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/generate-otp',
  }],
  [874, 'OTP_VALIDATION_CODE_NOT_GENERATED', 'error', 'v2', 'Unable to generate validation code (OTP).', {
    kind: 'internal',
    note: 'Same text as 875 (OTP_VALIDATION_CODE_NOT_GENERATED_875); the table does not tell them apart.',
  }],
  [875, 'OTP_VALIDATION_CODE_NOT_GENERATED_875', 'error', 'v2', 'Unable to generate validation code (OTP).', {
    kind: 'internal',
    note: 'Same text as 874 (OTP_VALIDATION_CODE_NOT_GENERATED); the table does not tell them apart.',
  }],
  [876, 'OTP_VALIDATION_FAILED', 'error', 'v2', 'OTP Validation Failed', { kind: 'unauthenticated' }],
  [8056, 'OTP_INVALID_MOBILE', 'error', 'v2', 'Invalid mobile', {
    kind: 'invalid-argument',
    note: 'Enter valid mobile number. Customers sends the same text as a warning (INVALID_MOBILE).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/generate-otp',
  }],
  [9001, 'OTP_NO_VALID_OTP', 'error', 'v2', 'No valid  OTP found.', { kind: 'unauthenticated' }],
] as const satisfies readonly Row[];
