/**
 * Status codes of the coupons resource, from four publications:
 * - docs.capillarytech.com `/reference/coupon` (Coupon V2, also served as `/coupon-apis`): `v2`;
 * - docs.capillarytech.com `/reference/coupon-1` (Coupon v1.1): `v1.1`;
 * - capillary.github.io v1.1-API-Documentation, Coupon "Response Codes": `v1.1`, row for row
 *   the table of `/reference/coupon-1` (it writes `<X>` where the docs write `` `<X>` ``);
 * - capillary.github.io api-documentation, "Coupon Upload / Response Codes": `v2`.
 *
 * The V2 and v1.1 pages share the codes 700-799: where both list a code with the same meaning
 * it is one entry, with the V2 page's wording as the message (so `api` is `v2`) and the v1.1
 * wording as an alias; the v1.1 servers send the same code. Rows are in the V2 page's order,
 * v1.1-only rows (706) where their code falls. The V2 page prints every row under "Error
 * Codes", successes included (700, 731, 745): they are successes here, and
 * test/tables/exceptions/coupons.ts says so row by row. Several codes carry one text (703 and
 * 723; 751 and 752; 786-798; 788, 795 and 799): the tables do not say how they differ, so
 * each is its own entry. Not here: 500 "All requests have failed due to errors" and coupon
 * upload's 400 are the request-level entries (src/codes/api.ts); 687 "Points activities are
 * queued and will be updated later" is the transactions entry of that code.
 * The per-API pages of the v2 coupon APIs (Issue multiple coupons from a series, Update coupon
 * code expiry date, Revoke coupon) add wordings and codes of their own, `v2` (the pages' URIs
 * are /v2/coupon/...): 756 there is "mandatory input missing", with three meanings that are
 * not the V2 table's 756; the revoke page's 404 and 405 are coupon codes reported per coupon,
 * not the request-level statuses. The issue page pairs a warning code (partial success: some
 * coupons issued, the rest not) with an error code for five conditions (679/5004, 626/5001,
 * 621/5002, 702/5005, 678/5006): a warning and an error entry each, keyed `..._WARNING` for the
 * warning. Its table is headed by the warning column, so its error rows are read as warnings
 * (test/tables/exceptions/coupons.ts). The coupon-redemption custom-field pages (private,
 * Neo-only) print only the HTTP statuses 400, 404 and 500: request-level entries.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const coupons = [
  // Success. The V2 page lists these under "Error Codes"; the v1.1 tables under "Success Codes".
  [700, 'COUPON_SERIES_FETCHED', 'success', 'v2', 'Coupon series fetched successfully', {
    operations: ['series.get'],
    aliases: ['Coupon Series Found'],
    note: 'The Coupon V2 page lists it under "Error Codes"; it is a success.',
    docs: 'https://docs.capillarytech.com/reference/coupon-1',
  }],
  [700, 'COUPON_PROCESSED', 'success', 'v2', 'Coupon processing successful.', {
    operations: ['issue', 'get', 'redeem'],
    aliases: ['Coupon processed successfully'],
    note: 'The Coupon V2 page lists it under "Error Codes", twice in the one 700 cell; it is a success. The published samples send it for issue, get and redeem.',
  }],
  [700, 'COUPON_RESENT', 'success', 'v2', 'Coupon resent successfully.', {
    operations: ['resend'],
    note: 'The Coupon V2 page lists it under "Error Codes"; it is a success.',
    aliases: ['Coupon Resent'],
  }],
  [700, 'COUPON_REDEEMABILITY_CHECKED', 'success', 'v2', 'Coupon isRedeem successful', {
    audience: 'developer',
    operations: ['isRedeem'],
    note: 'The Coupon V2 page lists it under "Error Codes"; it is a success.',
  }],
  [731, 'COUPON_REDEEMED', 'success', 'v2', 'Coupon redemption successful', {
    note: 'The Coupon V2 page lists it under "Error Codes"; it is a success.',
  }],
  [745, 'COUPON_SERIES_FIELDS_SAVED', 'success', 'v2', 'Saved coupon series fields successfully', {
    note: 'The Coupon V2 page lists it under "Error Codes"; it is a success.',
  }],

  // Errors.
  [510, 'COUPON_INVALID_REDEMPTION_IDS', 'error', 'v2', 'Invalid Redemption ids present', { kind: 'invalid-argument' }],
  [629, 'COUPON_INVALID_INPUT', 'error', 'v2', 'Invalid Input.', {
    kind: 'invalid-argument',
    note: 'The Coupon V2 page adds: "This can also occuer if you try to redeem more than 100 coupons."',
  }],
  [660, 'COUPON_REVOKED', 'error', 'v2', 'Coupon code has been revoked', { kind: 'failed-precondition' }],
  [661, 'COUPON_NO_REDEMPTION_ID', 'error', 'v2', 'No Redemption id passed', { kind: 'invalid-argument' }],
  [683, 'COUPON_REDEMPTION_EVENT_FAILED', 'error', 'v2', 'Voucher Redemption event failed', { kind: 'internal' }],
  [701, 'COUPON_CUSTOMER_NOT_FOUND', 'error', 'v2', 'The customer could not be found. Please check mobile, email, external id passed', {
    aliases: [
      'The customer could not be found. Check if mobile, email, external id entered correctly.',
      'Unable to find the customer. Please enter correct mobile number/email id/external id',
    ],
    kind: 'not-found',
  }],
  [702, 'COUPON_CODE_INVALID', 'error', 'v2', 'Coupon code is invalid', {
    kind: 'invalid-argument',
    note: 'Update coupon code expiry date words it as 633 (COUPON_CODE_INVALID_633). As a warning of Issue multiple coupons, 702 means "Queue is empty for series" (COUPON_SERIES_QUEUE_EMPTY_WARNING).',
    docs: 'https://docs.capillarytech.com/reference/coupon-1',
  }],
  [707, 'COUPON_SERIES_ID_INVALID', 'error', 'v2', 'Coupon Series ID is invalid', {
    aliases: ['Coupon Series ID = {x} is invalid'],
    kind: 'invalid-argument',
    note: 'The Coupon V2 page lists 707 twice, with and without the series ID.',
    docs: 'https://docs.capillarytech.com/reference/coupon-1',
  }],
  [703, 'COUPON_NOT_ISSUED_TO_CUSTOMER', 'error', 'v2', 'Coupon not issued to this customer', {
    kind: 'failed-precondition',
    note: 'The Coupon V2 page gives 723 the same text.',
    docs: 'https://docs.capillarytech.com/reference/coupon-1',
  }],
  [704, 'COUPON_SMS_SEND_FAILED', 'error', 'v2', 'Error in sending coupon through SMS', {
    aliases: ['Unable to send coupon to the customer’s mobile number'],
    kind: 'internal',
  }],
  [705, 'COUPON_CODE_AND_VALIDATION_CODE_INVALID', 'error', 'v2', 'Both coupon code and the validation code are invalid', {
    aliases: ['Invalid coupon code and validation code', 'Both coupon code and validation code are invalid'],
    kind: 'unauthenticated',
  }],
  [706, 'COUPON_UNABLE_TO_REDEEM', 'error', 'v1.1', 'Unable to redeem coupon', {
    aliases: ['Cannot redeem same voucher multiple times'],
    kind: 'internal',
    note: 'Only in the v1.1 tables, which give 709 the same text. The published v1.1 isredeemable sample sends 706 as "Cannot redeem same voucher multiple times".',
    docs: 'https://docs.capillarytech.com/reference/coupon-1',
  }],
  [709, 'COUPON_PROCESSING_FAILED', 'error', 'v2', 'Coupon processing failed', {
    aliases: ['Coupon processing failed as user already has a coupon.', 'Unable to redeem coupon'],
    kind: 'internal',
    note: 'The v1.1 tables word it as they word 706. The Issue multiple coupons page gives the reason the issue fails: the user already has a coupon.',
  }],
  [710, 'COUPON_NOT_MEANT_FOR_CUSTOMER', 'error', 'v2', 'Coupon is not meant for this customer', {
    aliases: ['Coupon cannot be redeemed by this customer'],
    kind: 'failed-precondition',
  }],
  [711, 'COUPON_ALREADY_REDEEMED', 'error', 'v2', 'Coupon is already used', {
    aliases: ['Coupon is redeemed already'],
    kind: 'failed-precondition',
  }],
  [712, 'COUPON_SERIES_OR_CAMPAIGN_EXPIRED', 'error', 'v2', 'Coupon Series / Campaign has expired', {
    aliases: ['Coupon Series has expired', 'Unable to redeem. Either coupon series or campaign might have expired'],
    kind: 'failed-precondition',
  }],
  [713, 'COUPON_EXPIRED', 'error', 'v2', 'Coupon has expired', { kind: 'failed-precondition', docs: 'https://docs.capillarytech.com/reference/coupon-1' }],
  [714, 'COUPON_CAMPAIGN_LIMIT_REACHED', 'error', 'v2', 'Campaign over, it was first come first serve', {
    aliases: ['Unable to redeem. Maximum redemptions allowed for this campaign are already reached'],
    kind: 'resource-exhausted',
  }],
  [715, 'COUPON_INVALID_ORGANIZATION', 'error', 'v2', 'Invalid organization', {
    aliases: ['Unable to redeem. The coupon is not valid for this organization'],
    kind: 'invalid-argument',
  }],
  [716, 'COUPON_REPEAT_REDEMPTION_NOT_ALLOWED', 'error', 'v2', 'Cannot redeem same Coupon multiple times', {
    aliases: ['Unable to redeem. Cannot redeem same coupon multiple times'],
    kind: 'failed-precondition',
  }],
  [718, 'COUPON_TRANSACTION_NUMBER_REQUIRED', 'error', 'v2', 'Transaction number needed for redemption', {
    aliases: ['Unable to redeem. Please enter transaction number must be entered to redeem'],
    kind: 'invalid-argument',
  }],
  [719, 'COUPON_CODE_NOT_FOUND', 'error', 'v2', 'Coupon code does not exist', { kind: 'not-found', docs: 'https://docs.capillarytech.com/reference/coupon-1' }],
  [720, 'COUPON_TEST_COUPON_NOT_REDEEMABLE', 'error', 'v2', 'Coupon is a test Coupon. Cannot be redeemed', {
    aliases: ['Unable to redeem. This is just a trial coupon and cannot be redeemed'],
    kind: 'failed-precondition',
  }],
  [721, 'COUPON_INVALID_CUSTOMER', 'error', 'v2', 'Invalid customer', {
    aliases: ['Unable to issue/redeem coupon. Customer is invalid'],
    kind: 'invalid-argument',
  }],
  [722, 'COUPON_ISSUE_FAILED', 'error', 'v2', 'Unable to create coupon', {
    aliases: ['Unable to issue coupon'],
    kind: 'internal',
  }],
  [723, 'COUPON_NOT_USABLE_BY_CUSTOMER', 'error', 'v2', 'Coupon not issued to this customer', {
    aliases: ['Unable to redeem. The coupon cannot be used by this customer'],
    kind: 'failed-precondition',
    note: 'The Coupon V2 page gives 703 (COUPON_NOT_ISSUED_TO_CUSTOMER) the same text; only the code tells them apart.',
  }],
  [724, 'COUPON_MESSAGE_SEND_FAILED', 'error', 'v2', 'Unable to communicate information to customer', {
    aliases: ['Unable to send message'],
    kind: 'internal',
  }],
  [725, 'COUPON_VALIDATION_CODE_REQUIRED', 'error', 'v2', 'Validation required', {
    aliases: ['Unable to redeem coupon. Please provide validation code to redeem'],
    kind: 'invalid-argument',
  }],
  [726, 'COUPON_VALIDATION_NOT_REQUIRED', 'error', 'v2', 'Validation not required', { kind: 'failed-precondition', docs: 'https://docs.capillarytech.com/reference/coupon-1' }],
  [728, 'COUPON_MAX_REDEMPTIONS_REACHED', 'error', 'v2', 'Maximum number of redemptions reached', {
    aliases: ['Unable to redeem. Maximum number of coupon redemptions allowed has already been reached'],
    kind: 'resource-exhausted',
  }],
  [729, 'COUPON_INVALID_REDEMPTION_RANGE', 'error', 'v2', 'Invalid redemption range For coupon series', {
    aliases: ['Invalid redemption date range for the coupon series'],
    kind: 'invalid-argument',
  }],
  [730, 'COUPON_UNKNOWN_ERROR', 'error', 'v2', 'Unknown error', { kind: 'unknown', docs: 'https://docs.capillarytech.com/reference/coupon-1' }],
  [732, 'COUPON_NO_MISSED_CALL', 'error', 'v2', 'No Missed call received from the customer', { kind: 'failed-precondition', docs: 'https://docs.capillarytech.com/reference/coupon-1' }],
  [733, 'COUPON_INVALID_TRANSACTION_AMOUNT', 'error', 'v2', 'Invalid transaction amount', {
    aliases: ['Transaction amount invalid'],
    kind: 'invalid-argument',
  }],
  [735, 'COUPON_STORE_NOT_ALLOWED', 'error', 'v2', 'Invalid store', {
    aliases: ['Unable to redeem coupon. The coupon cannot be redeemed at this store'],
    kind: 'permission-denied',
  }],
  [736, 'COUPON_ALLOWED_REDEMPTIONS_CONSUMED', 'error', 'v2', 'Allowed redemption consumed', {
    aliases: ['Unable to redeem coupon. Maximum number of coupon redemptions allowed has already been reached'],
    kind: 'resource-exhausted',
    note: 'The v1.1 tables word it almost as they word 728.',
  }],
  [738, 'COUPON_REDEMPTION_GAP_NOT_MET', 'error', 'v2', 'Allowed redemption gap is invalid', {
    aliases: ['Cannot redeem the coupon. Please wait for {X} days to redeem this coupon again'],
    kind: 'failed-precondition',
    retryable: true,
    note: 'The same redemption may succeed once the gap of {X} days has passed.',
  }],
  [739, 'COUPON_INVALID_REDEMPTION_DATE', 'error', 'v2', 'Allowed redemption date is invalid', {
    aliases: ['Unable to redeem. Make sure that the redemption date you have entered is valid'],
    kind: 'invalid-argument',
  }],
  [740, 'COUPON_FRAUD_CUSTOMER', 'error', 'v2', 'Fraud customer', {
    aliases: ['Unable to process. Customer is marked as fraud'],
    kind: 'failed-precondition',
    note: 'The v1.1 tables give 750 the same text.',
  }],
  [742, 'COUPON_BLOCKED_FOR_CUSTOMER', 'error', 'v2', 'Coupon issue and redemption blocked for customer', {
    aliases: ['Coupon issual or redemption is blocked for this customer'],
    kind: 'failed-precondition',
  }],
  [744, 'COUPON_SERIES_FIELDS_SAVE_FAILED', 'error', 'v2', 'Couldn\'t save coupon series fields', { kind: 'internal' }],
  [746, 'COUPON_SERIES_ID_REQUIRED', 'error', 'v2', 'Please provide series id', { kind: 'invalid-argument' }],
  [747, 'COUPON_MULTIPLE_REDEMPTION_NOT_ALLOWED', 'error', 'v2', 'Multiple redemption not allowed', { kind: 'failed-precondition' }],
  [748, 'COUPON_SERVICE_TIMED_OUT', 'error', 'v2', 'Coupon service timed out', { kind: 'unavailable', retryable: true }],
  [749, 'COUPON_BATCH_FAILED', 'error', 'v2', 'Coupon Redeem/isRedeem failed because of failure on other coupons in the batch', {
    kind: 'unknown',
    audience: 'developer',
    note: 'This coupon did not fail on its own: the statuses of the other coupons in the batch say what went wrong.',
  }],
  [750, 'COUPON_NOT_ALLOWED_FOR_FRAUD_CUSTOMER', 'error', 'v2', 'Operation not allowed. Not allowed - customer is marked as fraud.', {
    aliases: ['Unable to process. Customer is marked as fraud'],
    kind: 'failed-precondition',
    note: 'The v1.1 tables give 740 the same text.',
  }],
  [751, 'COUPON_SERIES_CODE_EXISTS', 'error', 'v2', 'coupon series with same series code is already present', {
    kind: 'already-exists',
    note: 'Same text as 752; the table does not say how they differ.',
  }],
  [752, 'COUPON_SERIES_CODE_EXISTS_752', 'error', 'v2', 'coupon series with same series code is already present', {
    kind: 'already-exists',
    note: 'Same text as 751; the table does not say how they differ.',
  }],
  [753, 'COUPON_SERIES_CODE_EMPTY', 'error', 'v2', 'series code cannot be empty', { kind: 'invalid-argument' }],
  [754, 'COUPON_GENERIC_CODE_EMPTY', 'error', 'v2', 'generic cannot be empty for series type GENERIC', { kind: 'invalid-argument' }],
  [755, 'COUPON_SERIES_ID_INVALID_755', 'error', 'v2', 'invalid coupon series id', {
    kind: 'invalid-argument',
    note: 'Says what 707 (COUPON_SERIES_ID_INVALID) says; the table does not say how they differ.',
  }],
  [756, 'COUPON_INVALID_MUTUALLY_EXCLUSIVE_SERIES', 'error', 'v2', 'invalid value for mutually exclusive config series', {
    kind: 'invalid-argument',
    note: 'The per-API pages give 756 three other meanings, each a mandatory input missing: COUPON_SERIES_ID_MANDATORY, COUPON_CODE_AND_EXPIRY_REQUIRED, COUPON_CODE_OR_CUSTOMER_REQUIRED.',
  }],
  [759, 'COUPON_REDEMPTION_FAILED', 'error', 'v2', 'Coupon redemption failed', { kind: 'internal' }],
  [777, 'COUPON_SOURCE_INVALID_FOR_ISSUE', 'error', 'v2', 'coupon source not valid for issue coupon', { kind: 'invalid-argument' }],
  [780, 'COUPON_NOT_FOUND_FOR_IDENTIFIER', 'error', 'v2', 'Coupon not found Identifier: {x}.', {
    kind: 'not-found',
    note: '780 also means "Coupon isRedeem failed" (COUPON_IS_REDEEM_FAILED); the table prints both in one cell.',
  }],
  [780, 'COUPON_IS_REDEEM_FAILED', 'error', 'v2', 'Coupon isRedeem failed', {
    kind: 'internal',
    audience: 'developer',
    note: '780 also means "Coupon not found Identifier: {x}." (COUPON_NOT_FOUND_FOR_IDENTIFIER); the table prints both in one cell.',
  }],
  [781, 'COUPON_ID_OR_CODE_MISSING', 'error', 'v2', 'Either coupon ID or coupon code is missing', { kind: 'invalid-argument' }],

  // 786-799: one text for many codes, which the tables do not tell apart.
  [786, 'COUPON_PROCESSING_RETRY_LATER_786', 'error', 'v2', 'Coupon processing failed, Please try again later', {
    aliases: ['Unable to process coupon. Please try again later'],
    kind: 'unavailable',
    retryable: true,
    note: 'One of eleven codes (786-798 but 788 and 795) with this text.',
  }],
  [787, 'COUPON_PROCESSING_RETRY_LATER_787', 'error', 'v2', 'Coupon processing failed, Please try again later', {
    aliases: ['Unable to process coupon. Please try again later'],
    kind: 'unavailable',
    retryable: true,
    note: 'One of eleven codes (786-798 but 788 and 795) with this text.',
  }],
  [788, 'COUPON_INVALID_CONFIGURATION_788', 'error', 'v2', 'Invalid configuration. Please report to capillary support', {
    aliases: ['Configuration is invalid. Please report to Capillary Support'],
    kind: 'failed-precondition',
    note: 'One of three codes (788, 795, 799) with this text.',
  }],
  [789, 'COUPON_PROCESSING_RETRY_LATER_789', 'error', 'v2', 'Coupon processing failed, Please try again later', {
    aliases: ['Unable to process coupon. Please try again later'],
    kind: 'unavailable',
    retryable: true,
    note: 'One of eleven codes (786-798 but 788 and 795) with this text.',
  }],
  [790, 'COUPON_PROCESSING_RETRY_LATER_790', 'error', 'v2', 'Coupon processing failed, Please try again later', {
    aliases: ['Unable to process coupon. Please try again later'],
    kind: 'unavailable',
    retryable: true,
    note: 'One of eleven codes (786-798 but 788 and 795) with this text.',
  }],
  [791, 'COUPON_PROCESSING_RETRY_LATER_791', 'error', 'v2', 'Coupon processing failed, Please try again later', {
    aliases: ['Unable to process coupon. Please try again later'],
    kind: 'unavailable',
    retryable: true,
    note: 'One of eleven codes (786-798 but 788 and 795) with this text.',
  }],
  [792, 'COUPON_PROCESSING_RETRY_LATER_792', 'error', 'v2', 'Coupon processing failed, Please try again later', {
    aliases: ['Unable to process coupon. Please try again later'],
    kind: 'unavailable',
    retryable: true,
    note: 'One of eleven codes (786-798 but 788 and 795) with this text.',
  }],
  [793, 'COUPON_PROCESSING_RETRY_LATER_793', 'error', 'v2', 'Coupon processing failed, Please try again later', {
    aliases: ['Unable to process coupon. Please try again later'],
    kind: 'unavailable',
    retryable: true,
    note: 'One of eleven codes (786-798 but 788 and 795) with this text.',
  }],
  [794, 'COUPON_PROCESSING_RETRY_LATER_794', 'error', 'v2', 'Coupon processing failed, Please try again later', {
    aliases: ['Unable to process coupon. Please try again later'],
    kind: 'unavailable',
    retryable: true,
    note: 'One of eleven codes (786-798 but 788 and 795) with this text.',
  }],
  [795, 'COUPON_INVALID_CONFIGURATION_795', 'error', 'v2', 'Invalid configuration. Please report to capillary support.', {
    aliases: ['Configuration is invalid. Please report to Capillary Support'],
    kind: 'failed-precondition',
    note: 'One of three codes (788, 795, 799) with this text.',
  }],
  [796, 'COUPON_PROCESSING_RETRY_LATER_796', 'error', 'v2', 'Coupon processing failed, Please try again later', {
    aliases: ['Unable to process coupon. Please try again later'],
    kind: 'unavailable',
    retryable: true,
    note: 'One of eleven codes (786-798 but 788 and 795) with this text.',
  }],
  [797, 'COUPON_PROCESSING_RETRY_LATER_797', 'error', 'v2', 'Coupon processing failed, Please try again later', {
    aliases: ['Unable to process coupon. Please try again later'],
    kind: 'unavailable',
    retryable: true,
    note: 'One of eleven codes (786-798 but 788 and 795) with this text.',
  }],
  [798, 'COUPON_PROCESSING_RETRY_LATER_798', 'error', 'v2', 'Coupon processing failed, Please try again later', {
    aliases: ['Unable to process coupon. Please try again later'],
    kind: 'unavailable',
    retryable: true,
    note: 'One of eleven codes (786-798 but 788 and 795) with this text.',
  }],
  [799, 'COUPON_INVALID_CONFIGURATION_799', 'error', 'v2', 'Invalid configuration. Please report to capillary support', {
    aliases: ['Configuration is invalid. Please report to Capillary Support'],
    kind: 'failed-precondition',
    note: 'One of three codes (788, 795, 799) with this text.',
  }],
  [1000, 'COUPON_FILTERS_NOT_PROVIDED', 'error', 'v2', 'Filters not provided', {
    kind: 'invalid-argument',
    note: 'In customers 1000 is a success code (CUSTOMER_REGISTERED and others).',
  }],

  // The per-API pages' codes: Revoke coupon (POST /v2/coupon/revoke).
  [404, 'COUPON_CODE_NOT_FOUND_404', 'error', 'v2', 'Coupon code not found.', {
    kind: 'not-found',
    note: 'Revoke coupon reports it per coupon code (failedToRevoke); not the request-level 404 (RESOURCE_NOT_FOUND).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/revoke-coupon',
  }],
  [405, 'COUPON_CODE_ALREADY_REDEEMED_405', 'error', 'v2', 'Coupon code is already redeemed.', {
    kind: 'failed-precondition',
    note: 'Revoke coupon reports it per coupon code (failedToRevoke); not the request-level 405 (OPERATION_NOT_SUPPORTED).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/revoke-coupon',
  }],
  [682, 'COUPON_NOT_FOUND', 'error', 'v2', 'Coupon not found.', { kind: 'not-found', origin: 'page', docs: 'https://docs.capillarytech.com/reference/revoke-coupon' }],
  [108, 'COUPON_GENERIC_NOT_SUPPORTED', 'error', 'v2', 'GENERIC coupon code is not supported.', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/revoke-coupon' }],
  [756, 'COUPON_CODE_OR_CUSTOMER_REQUIRED', 'error', 'v2', 'No coupon code or customer info is passed.', {
    kind: 'invalid-argument',
    note: 'One of the per-API pages\' meanings of 756 (a mandatory input missing); the V2 table\'s 756 is COUPON_INVALID_MUTUALLY_EXCLUSIVE_SERIES.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/revoke-coupon',
  }],
  // Update coupon code expiry date (PUT /v2/coupon/bulk/expiry).
  [756, 'COUPON_SERIES_ID_MANDATORY', 'error', 'v2', 'SeriesId is mandatory.', {
    aliases: ['No coupon series ID is passed'],
    kind: 'invalid-argument',
    note: 'The message is the Issue multiple coupons page\'s, the alias the Update coupon code expiry date page\'s. One of the per-API pages\' meanings of 756 (a mandatory input missing); the V2 table\'s 756 is COUPON_INVALID_MUTUALLY_EXCLUSIVE_SERIES. 746 (COUPON_SERIES_ID_REQUIRED) says the same.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-bulk-coupon-with-count-from-series',
  }],
  [690, 'COUPON_EXPIRY_DATE_IN_PAST', 'error', 'v2', 'Expiry date is past date from coupon issual.', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/update-coupon-code-expiry-date' }],
  [633, 'COUPON_CODE_INVALID_633', 'error', 'v2', 'Invalid coupon code.', {
    kind: 'invalid-argument',
    note: 'The V2 table\'s 702 (COUPON_CODE_INVALID) says the same.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/update-coupon-code-expiry-date',
  }],
  [691, 'COUPON_EXPIRY_BEYOND_SERIES_EXPIRY', 'error', 'v2', 'Coupon code expiry date cannot be set beyond series expiry date.', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/update-coupon-code-expiry-date' }],
  [756, 'COUPON_CODE_AND_EXPIRY_REQUIRED', 'error', 'v2', 'Atleast one coupon code and expiry date info is mandatory.', {
    kind: 'invalid-argument',
    note: 'One of the per-API pages\' meanings of 756 (a mandatory input missing); the V2 table\'s 756 is COUPON_INVALID_MUTUALLY_EXCLUSIVE_SERIES.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/update-coupon-code-expiry-date',
  }],
  [695, 'COUPON_USER_ID_REQUIRED_FOR_GENERIC', 'error', 'v2', 'User Id is mandatory for common coupon to change expiry', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/update-coupon-code-expiry-date' }],
  // Issue multiple coupons to a customer from a series (POST /v2/coupon/issue/multiple): the
  // error code of each pair; its warning code is below.
  [5004, 'COUPON_SINGLE_ISSUAL_ONLY', 'error', 'v2', 'Cannot issue more than one GENERIC coupon code or Issue only one coupon', {
    kind: 'resource-exhausted',
    note: 'This error occurs when the Maximum issuals per customer is set to 1. The warning of a partial success is 679 (COUPON_SINGLE_ISSUAL_ONLY_WARNING).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-bulk-coupon-with-count-from-series',
  }],
  [5001, 'COUPON_MAX_SERIES_REACHED', 'error', 'v2', 'Maximum number of series has been created.', {
    kind: 'resource-exhausted',
    note: 'The warning of a partial success is 626 (COUPON_MAX_SERIES_REACHED_WARNING).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-bulk-coupon-with-count-from-series',
  }],
  [5002, 'COUPON_MAX_PER_USER_EXCEEDED', 'error', 'v2', 'Maximum number of coupon issued per user has been exceeded', {
    kind: 'resource-exhausted',
    note: 'The warning of a partial success is 621 (COUPON_MAX_PER_USER_EXCEEDED_WARNING).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-bulk-coupon-with-count-from-series',
  }],
  [5005, 'COUPON_SERIES_QUEUE_EMPTY', 'error', 'v2', 'Queue is empty for series', {
    kind: 'internal',
    audience: 'developer',
    note: 'This error happens on the backend because of system caching issues. The warning of a partial success is 702 (COUPON_SERIES_QUEUE_EMPTY_WARNING).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-bulk-coupon-with-count-from-series',
  }],
  [5006, 'COUPON_COUNT_NOT_ISSUED', 'error', 'v2', 'Unable to issue certain number of coupons', {
    kind: 'internal',
    note: 'The warning of a partial success is 678 (COUPON_COUNT_NOT_ISSUED_WARNING).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-bulk-coupon-with-count-from-series',
  }],

  // Coupon upload (capillary.github.io api-documentation): its 400 is the request-level INVALID_INPUT.
  [500, 'COUPON_UPLOAD_FAILED', 'error', 'v2', 'Unable to post or retrieve details.', {
    kind: 'internal',
    note: 'The coupon upload API\'s 500; elsewhere 500 is the request-level ALL_REQUESTS_FAILED.',
    docs: 'https://capillary.github.io/api-documentation/',
  }],

  // Warnings: Issue multiple coupons from a series, when some coupons are issued and the rest
  // are not (partial success); each pairs with the error code above.
  [679, 'COUPON_SINGLE_ISSUAL_ONLY_WARNING', 'warning', 'v2', 'Cannot issue more than one GENERIC coupon code or Issue only one coupon', {
    kind: 'resource-exhausted',
    note: 'This error occurs when the Maximum issuals per customer is set to 1. The error code of the condition is 5004 (COUPON_SINGLE_ISSUAL_ONLY).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-bulk-coupon-with-count-from-series',
  }],
  [626, 'COUPON_MAX_SERIES_REACHED_WARNING', 'warning', 'v2', 'Maximum number of series has been created.', {
    kind: 'resource-exhausted',
    note: 'The error code of the condition is 5001 (COUPON_MAX_SERIES_REACHED).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-bulk-coupon-with-count-from-series',
  }],
  [621, 'COUPON_MAX_PER_USER_EXCEEDED_WARNING', 'warning', 'v2', 'Maximum number of coupon issued per user has been exceeded', {
    kind: 'resource-exhausted',
    note: 'The error code of the condition is 5002 (COUPON_MAX_PER_USER_EXCEEDED).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-bulk-coupon-with-count-from-series',
  }],
  [702, 'COUPON_SERIES_QUEUE_EMPTY_WARNING', 'warning', 'v2', 'Queue is empty for series', {
    kind: 'internal',
    audience: 'developer',
    note: 'This error happens on the backend because of system caching issues. The error code of the condition is 5005 (COUPON_SERIES_QUEUE_EMPTY). As an error 702 means "Coupon code is invalid" (COUPON_CODE_INVALID).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-bulk-coupon-with-count-from-series',
  }],
  [678, 'COUPON_COUNT_NOT_ISSUED_WARNING', 'warning', 'v2', 'Unable to issue certain number of coupons', {
    kind: 'internal',
    note: 'The error code of the condition is 5006 (COUPON_COUNT_NOT_ISSUED).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-bulk-coupon-with-count-from-series',
  }],

  // Codes only the published samples show (test/fixtures/payloads/): no table lists them; each
  // is the sample's wording (docs/DATA.md "Codes only the samples show"), `docs` the sample's page.
  [696, 'COUPON_REDEMPTION_PER_CODE_LIMIT_REACHED', 'error', 'v1.1', 'Redemption per coupon code limit has reached max limit', { kind: 'resource-exhausted', origin: 'sample', docs: 'https://docs.capillarytech.com/reference/redeem-coupon' }],
  [761, 'COUPON_REDEMPTION_UPDATED', 'success', 'v2', 'Coupon redemption update successful', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/update-coupon-redeem-field' }],
  [762, 'COUPON_REDEMPTION_PARTIALLY_UPDATED', 'success', 'v2', 'Coupon redemption update partially successful', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/update-coupon-redeem-field' }],
] as const satisfies readonly Row[];
