/**
 * Status codes of the points resource, from four publications: docs.capillarytech.com
 * `/reference/points-v2-api` (the docs' V2 page: `v2`), docs.capillarytech.com
 * `/reference/points-v11-api` (the docs' v1.1 page: `v1.1`), the capillary.github.io v1.1 site
 * (`v1.1`) and the capillary.github.io v2 site (`v2`). The order, the message and the api are
 * the docs V2 page's, the most complete (it alone has 8015); the two v1.1 tables add aliases
 * and the second meaning of 819. Most 8xx codes are printed on both the V2 and the v1.1 pages
 * with the same text: their entries say `v2` though v1.1 redemption calls send them too.
 *
 * The v1.1 tables are two lists glued together: 801-806 (801-803 only on docs) appear twice
 * with the same text (one entry), and 807, 809, 818, 819, 821 and 888 twice with other texts:
 * the same condition (an alias) but for 819, whose second cell adds "Unable to send message to
 * customer" (its own entry). Several codes share one text (809/820, 815/894/898, 886/887/896,
 * 888/899): their notes say so. 901-904 are both errors and warnings on the V2 pages.
 *
 * 816 "Unable to find customer in this organization" and 8015 "Customer not found for the given
 * identifiers" are customers' entries (CUSTOMER_NOT_FOUND_FOR_ORG,
 * CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS) shared with points. docs/DATA.md says how rows are made.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const points = [
  // Success.
  [800, 'POINTS_REDEEMED', 'success', 'v2', 'Points redeemed successfully, points can be redeemed', {
    aliases: ['Points redeemed successfully'],
    note: 'The V2 pages join two messages in one cell: the redemption ("Points redeemed successfully") and the redeemability check ("points can be redeemed"); the v1.1 sample responses send 800 as "Points Redeemed" and "Points can be redeemed".',
  }],

  // Errors.
  [412, 'POINTS_TRANSFER_FRAUD_CHECK_CONFIG_INVALID', 'error', 'v2', 'Configuration key CONF_FRAUD_STATUS_CHECK_POINTS_TRANSFERin the config_keys table is not set properly.', {
    kind: 'failed-precondition',
    note: 'Published without a space between the key and "in".',
  }],
  [413, 'POINTS_TRANSFER_FRAUD_CHECK_CONFIG_FETCH_FAILED', 'error', 'v2', 'Problem fetching the configuration key CONF_FRAUD_STATUS_CHECK_POINTS_TRANSFER', { kind: 'internal' }],
  [414, 'POINTS_TRANSFER_DESTINATION_FRAUD', 'error', 'v2', 'Destination customer status is fraud. Points cannot be transferred to customers with fraud status.', { kind: 'failed-precondition' }],
  [415, 'POINTS_TRANSFER_SOURCE_FRAUD', 'error', 'v2', 'Source customer status is fraud. Points cannot be transferred by customers with fraud status.', {
    kind: 'failed-precondition',
    note: '415 is also the request-level UNSUPPORTED_MEDIA_TYPE.',
  }],
  [416, 'POINTS_VALIDATION_FAILED', 'error', 'v2', 'Points related validation failed from Thrift.', { kind: 'failed-precondition' }],
  [417, 'POINTS_FRAUD_CUSTOMER_EXISTS', 'error', 'v2', 'Customer with fraud status exists.', { kind: 'failed-precondition' }],
  [418, 'POINTS_TRANSFER_SAME_CUSTOMER', 'error', 'v2', 'From and To customers are same.', { kind: 'invalid-argument' }],
  [419, 'POINTS_MERGED_CUSTOMER_FOUND', 'error', 'v2', 'Merged customer found with id: {x}', {
    kind: 'failed-precondition',
    note: 'The table adds: where x is the user id of the customer.',
  }],
  [686, 'POINTS_CAMPAIGN_USER_NOT_ENROLLED', 'error', 'v2', 'User is from campaign and has not enrolled in the loyalty program. Points redemption is not applicable for the user.', {
    kind: 'failed-precondition',
    note: '686 in transactions is TRANSACTION_ADD_FAILED.',
  }],
  [801, 'POINTS_REDEEM_INVALID_POINTS', 'error', 'v2', 'Points you are trying to redeem are invalid', { kind: 'invalid-argument' }],
  [802, 'POINTS_INVALID_IDENTIFIER', 'error', 'v2', 'Mobile number/email id/external id you have entered is invalid', { kind: 'invalid-argument' }],
  [803, 'POINTS_REDEEM_MORE_THAN_AVAILABLE', 'error', 'v2', 'Unable to redeem. The points you are trying to redeem is more than the available points', { kind: 'failed-precondition' }],
  [804, 'POINTS_INSUFFICIENT_CURRENT', 'error', 'v2', 'Insufficient current points.', { kind: 'failed-precondition' }],
  [805, 'POINTS_INSUFFICIENT_LIFETIME', 'error', 'v2', 'Insufficient lifetime points.', { kind: 'failed-precondition' }],
  [806, 'POINTS_INSUFFICIENT_LIFETIME_PURCHASES', 'error', 'v2', 'Insufficient lifetime purchases amount.', { kind: 'failed-precondition' }],
  [807, 'POINTS_REDEEM_NOT_MULTIPLE', 'error', 'v2', 'Unable to redeem. Make sure that the points you are trying to redeem is a multiple of {X}. Check the points redemption configuration of your organization.', {
    aliases: ['Redemptions points not divisible.'],
    kind: 'invalid-argument',
  }],
  [808, 'POINTS_INVALID_VALIDATION_CODE', 'error', 'v2', 'Unable to redeem. Validation code is invalid.', { kind: 'unauthenticated' }],
  [809, 'POINTS_CUSTOMER_MARKED_AS_FRAUD', 'error', 'v2', 'Unable to process. Customer is marked as fraud.', {
    aliases: ['Customer is marked as fraud.'],
    kind: 'failed-precondition',
    note: 'Same text as 820.',
  }],
  [810, 'POINTS_REVERT_MISMATCH', 'error', 'v2', 'Mismatch in points for revert API call', { kind: 'invalid-argument' }],
  [811, 'POINTS_INVALID_REDEEM_TRANSACTION_NUMBER', 'error', 'v2', 'The transaction number entered to redeem/revert points is invalid', { kind: 'invalid-argument' }],
  [812, 'POINTS_ALREADY_REVERTED_FOR_TRANSACTION', 'error', 'v2', 'The points have been reverted already for this transaction number', { kind: 'failed-precondition' }],
  [813, 'POINTS_INSUFFICIENT_FOR_REDEMPTION', 'error', 'v2', 'Insufficient current points available for redemption', { kind: 'failed-precondition' }],
  [814, 'POINTS_NOT_REDEEMED_ON_TRANSACTION', 'error', 'v2', 'No points were redeemed on this transaction number', { kind: 'not-found' }],
  [815, 'POINTS_TEMPORARILY_UNAVAILABLE', 'error', 'v2', 'Unable to process points at this moment. Please try again later', {
    kind: 'unavailable',
    retryable: true,
    note: 'Same text as 894 and 898.',
  }],
  [817, 'POINTS_REDEMPTION_FAILED', 'error', 'v2', 'Points redemption failed.', { kind: 'internal' }],
  [818, 'POINTS_CURRENT_LESS_THAN_REQUESTED', 'error', 'v2', 'Current points are less than points requested for redemption.', {
    aliases: ['Points you are trying to redeem are more than the available points'],
    kind: 'failed-precondition',
  }],
  [819, 'POINTS_REDEEM_ABOVE_MAXIMUM', 'error', 'v2', 'Points you are trying to redeem are more than the maximum allowed redemption limit.', {
    aliases: ['Points to redeem exceeds the threshold limit (maximum points that can be redeemed in a transaction).'],
    kind: 'invalid-argument',
    note: '819 also means "Unable to send message to customer" (POINTS_MESSAGE_TO_CUSTOMER_FAILED): the v1.1 pages print both in one cell.',
  }],
  [819, 'POINTS_MESSAGE_TO_CUSTOMER_FAILED', 'error', 'v1.1', 'Unable to send message to customer', {
    kind: 'internal',
    note: 'Only the v1.1 pages list it, in one cell with POINTS_REDEEM_ABOVE_MAXIMUM, the other meaning of 819.',
  }],
  [820, 'POINTS_CUSTOMER_MARKED_AS_FRAUD_820', 'error', 'v2', 'Unable to process. Customer is marked as fraud', {
    aliases: ['Current operation is not allowed. The customer is marked as fraud.'],
    sharedWith: ['transactions'],
    kind: 'failed-precondition',
    note: 'Same text as 809.',
  }],
  [821, 'POINTS_REDEEM_BELOW_MINIMUM', 'error', 'v2', 'Points you are trying to redeem are less than the minimum redemption limit', {
    aliases: ['Points you are trying to redeem are less than the minimum points allowed.'],
    kind: 'invalid-argument',
  }],
  [822, 'POINTS_MISSED_CALL_NOT_FOUND', 'error', 'v2', 'Unable to find missed call from the registered mobile number', { kind: 'not-found' }],
  [823, 'POINTS_MISSED_CALL_REDEMPTION_DISABLED', 'error', 'v2', 'Missed call redemption is disabled for your organization', { kind: 'failed-precondition' }],
  [824, 'POINTS_MOBILE_VALIDATION_REQUIRED', 'error', 'v2', 'Mobile number validation is mandatory for redeeming points', { kind: 'invalid-argument' }],
  [825, 'POINTS_CLIENT_SIGNATURE_REQUIRED', 'error', 'v2', 'Client signature is required', { kind: 'invalid-argument' }],
  [826, 'POINTS_INVALID_CATEGORY_OR_CONFIG', 'error', 'v2', 'Invalid points category or invalid configuration', { kind: 'invalid-argument' }],
  [827, 'POINTS_REDEMPTION_DISABLED', 'error', 'v2', 'Unable to redeem points. Points redemption is enabled for your organization.', {
    kind: 'failed-precondition',
    note: 'Published so (sic): "is enabled" is likely a documentation slip for "is not enabled".',
  }],
  [859, 'POINTS_INVALID_REDEMPTION_TIME', 'error', 'v2', 'The redemption time you have passed is invalid', { kind: 'invalid-argument' }],
  [860, 'POINTS_OTP_ISSUE_FAILED', 'error', 'v2', 'Unable to issue OTP.', { kind: 'internal' }],
  [881, 'POINTS_CUSTOMER_NOT_IN_LOYALTY_PROGRAM', 'error', 'v2', 'Customer is not registered into the loyalty program.', { kind: 'failed-precondition' }],
  [886, 'POINTS_PROCESSING_UNAVAILABLE', 'error', 'v2', 'Unable to process points. Please try again later.', {
    kind: 'unavailable',
    retryable: true,
    note: 'Same text as 887 and 896.',
  }],
  [887, 'POINTS_PROCESSING_UNAVAILABLE_887', 'error', 'v2', 'Unable to process points. Please try again later.', {
    kind: 'unavailable',
    retryable: true,
    note: 'Same text as 886 and 896.',
  }],
  [888, 'POINTS_CONFIGURATION_INVALID', 'error', 'v2', 'Configuration is invalid. Please report to Capillary Support', {
    aliases: ['Invalid configuration. Please report to capillary support.'],
    kind: 'failed-precondition',
    note: 'Same text as 899.',
  }],
  [889, 'POINTS_PROCESSING_FAILED', 'error', 'v2', 'Points processing failed. Please try again later.', { kind: 'unavailable', retryable: true }],
  [894, 'POINTS_TEMPORARILY_UNAVAILABLE_894', 'error', 'v2', 'Unable to process points at this moment. Please try again later', {
    kind: 'unavailable',
    retryable: true,
    note: 'Same text as 815 and 898.',
  }],
  [895, 'POINTS_LOYALTY_PROGRAM_NOT_CONFIGURED', 'error', 'v2', 'Loyalty program is not configured for your organization.', { kind: 'failed-precondition' }],
  [896, 'POINTS_PROCESSING_UNAVAILABLE_896', 'error', 'v2', 'Unable to process points. Please try again later.', {
    kind: 'unavailable',
    retryable: true,
    note: 'Same text as 886 and 887.',
  }],
  [898, 'POINTS_TEMPORARILY_UNAVAILABLE_898', 'error', 'v2', 'Unable to process points at this moment. Please try again later', {
    kind: 'unavailable',
    retryable: true,
    note: 'Same text as 815 and 894.',
  }],
  [899, 'POINTS_CONFIGURATION_INVALID_899', 'error', 'v2', 'Configuration is invalid. Please report to Capillary Support', {
    kind: 'failed-precondition',
    note: 'Same text as 888.',
  }],
  [901, 'POINTS_INVALID_REDEMPTION_ID', 'error', 'v2', 'Invalid points or points redemption Id passed.', {
    kind: 'invalid-argument',
    note: 'Also a warning (POINTS_INVALID_REDEMPTION_ID_WARNING), worded "Invalid points or points redemption ID."',
  }],
  [902, 'POINTS_REDEMPTION_ID_NOT_FOUND', 'error', 'v2', 'Redemption ID does not exist.', {
    kind: 'not-found',
    note: 'Also a warning with the same text (POINTS_REDEMPTION_ID_NOT_FOUND_WARNING).',
  }],
  [903, 'POINTS_UNABLE_TO_REDEEM', 'error', 'v2', 'Unable to redeem points.', {
    kind: 'internal',
    note: 'Also a warning with the same text (POINTS_UNABLE_TO_REDEEM_WARNING).',
  }],
  [904, 'POINTS_INVALID_CUSTOMER_DETAILS', 'error', 'v2', 'Invalid customer details passed.', {
    kind: 'invalid-argument',
    note: 'Also a warning with the same text (POINTS_INVALID_CUSTOMER_DETAILS_WARNING).',
  }],
  [3045, 'POINTS_REDEMPTION_BLOCKED_FOR_FRAUD', 'error', 'v2', 'Points Redemption is not allowed for the customer with id {x} as the status is fraud.', {
    kind: 'failed-precondition',
    note: 'Transactions print 3045 as the same check in general form (TRANSACTION_NOT_ALLOWED_FOR_CUSTOMER_STATUS, "{0} is not allowed for the customer with id {2} as the status is {1}"); in cards 3045 is CARD_EXTERNAL_ID_EXISTS.',
  }],
  [3802, 'POINTS_REDEMPTION_ALREADY_REVERSED', 'error', 'v2', 'Points reversal redeemed points already reversed.', { kind: 'failed-precondition' }],

  // Warnings.
  [872, 'POINTS_CONVERSION_RATIO_FETCH_FAILED', 'warning', 'v2', 'Unable to fetch points-to-currency conversion ratio.', { kind: 'internal' }],
  [873, 'POINTS_INVALID_TRANSACTION_NUMBER', 'warning', 'v2', 'Invalid transaction number passed.', { kind: 'invalid-argument' }],
  [876, 'POINTS_REDEEMABLE_OTP_FAILED', 'warning', 'v2', 'Points are redeemable but unable to generate OTP.', { kind: 'internal' }],
  [877, 'POINTS_ALLOCATION_FAILED', 'warning', 'v2', 'Unable to allocate points.', { kind: 'internal' }],
  [900, 'POINTS_PENDING_EVENTS', 'warning', 'v2', 'Pending events present in queue for this user. Queue size-{0},failed event -{1},reason -{2},status code -{3}.', {
    kind: 'failed-precondition',
  }],
  [901, 'POINTS_INVALID_REDEMPTION_ID_WARNING', 'warning', 'v2', 'Invalid points or points redemption ID.', {
    kind: 'invalid-argument',
    note: 'Also an error (POINTS_INVALID_REDEMPTION_ID), worded "Invalid points or points redemption Id passed."',
  }],
  [902, 'POINTS_REDEMPTION_ID_NOT_FOUND_WARNING', 'warning', 'v2', 'Redemption ID does not exist.', {
    kind: 'not-found',
    note: 'Also an error with the same text (POINTS_REDEMPTION_ID_NOT_FOUND).',
  }],
  [903, 'POINTS_UNABLE_TO_REDEEM_WARNING', 'warning', 'v2', 'Unable to redeem points.', {
    kind: 'internal',
    note: 'Also an error with the same text (POINTS_UNABLE_TO_REDEEM).',
  }],
  [904, 'POINTS_INVALID_CUSTOMER_DETAILS_WARNING', 'warning', 'v2', 'Invalid customer details passed.', {
    kind: 'invalid-argument',
    note: 'Also an error with the same text (POINTS_INVALID_CUSTOMER_DETAILS).',
  }],
  [905, 'POINTS_REDEMPTION_REVERSAL_DISABLED', 'warning', 'v2', 'points redemption reversal is disabled for the org.', { kind: 'failed-precondition' }],
] as const satisfies readonly Row[];
