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
 * CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS) shared with points.
 *
 * The per-API pages of the points section (docs.capillarytech.com; test/tables/api-specific/
 * points.ts names them) add aliases and the entries after the resource tables' errors. Their
 * api is the page's section: the "Points V2 API" pages `v2`, the "Points v1.1 API" pages (Check
 * If Points Redeemable, Redeem Points) `v1.1`; an entry printed on both says the api of the
 * page its message comes from. Transfer Customer Points and Reverse Redeemed Points print the
 * resource's 804-904 with texts of their own: where the text says the same as the resource
 * tables (827, 886, 888, 896, 898, 899) it is an alias, elsewhere (804, 817, 818, 887, 901-904)
 * another meaning, one entry for both pages (the transfer wording the message, the reversal
 * wording an alias). Several texts carry sample values (3, 973, 101.54, coins, 97) where the
 * server puts the request's: the messages write them as placeholders ({points}, {programId}
 * ...), the published texts are aliases, the notes say so. The pages' 8003, 8013, 8015,
 * 1212, 1214-1217 and 8069 are customers' codes, 1632 and 1645 user-groups', 1101
 * transactions', 9006 and 9008 requests', 8874 loyalty-promotions'.
 * docs/DATA.md says how rows are made.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const points = [
  // Success.
  [800, 'POINTS_REDEEMED', 'success', 'v2', 'Points redeemed successfully', {
    aliases: ['Points Redeemed'],
    operations: ['redeem'],
    note: 'The V2 pages join two messages in one cell, with a comma: the redemption (this entry) and the redeemability check (POINTS_REDEEMABLE). The v1.1 sample responses send the redemption as "Points Redeemed".',
  }],
  [800, 'POINTS_REDEEMABLE', 'success', 'v2', 'Points can be redeemed', {
    operations: ['isRedeemable'],
    note: 'The V2 pages join it to the redemption\'s message in one cell (see POINTS_REDEEMED); the v1.1 sample responses of the redeemability check send it alone.',
    docs: 'https://docs.capillarytech.com/reference/points-v2-api',
  }],

  // Errors.
  [412, 'POINTS_TRANSFER_FRAUD_CHECK_CONFIG_INVALID', 'error', 'v2', 'Configuration key CONF_FRAUD_STATUS_CHECK_POINTS_TRANSFERin the config_keys table is not set properly.', {
    kind: 'failed-precondition',
    audience: 'developer',
    note: 'Published without a space between the key and "in".',
    docs: 'https://docs.capillarytech.com/reference/points-v2-api',
  }],
  [413, 'POINTS_TRANSFER_FRAUD_CHECK_CONFIG_FETCH_FAILED', 'error', 'v2', 'Problem fetching the configuration key CONF_FRAUD_STATUS_CHECK_POINTS_TRANSFER', { kind: 'internal', audience: 'developer', docs: 'https://docs.capillarytech.com/reference/points-v2-api' }],
  [414, 'POINTS_TRANSFER_DESTINATION_FRAUD', 'error', 'v2', 'Destination customer status is fraud. Points cannot be transferred to customers with fraud status.', { kind: 'failed-precondition', docs: 'https://docs.capillarytech.com/reference/points-v2-api' }],
  [415, 'POINTS_TRANSFER_SOURCE_FRAUD', 'error', 'v2', 'Source customer status is fraud. Points cannot be transferred by customers with fraud status.', {
    kind: 'failed-precondition',
    note: '415 is also the request-level UNSUPPORTED_MEDIA_TYPE.',
    docs: 'https://docs.capillarytech.com/reference/points-v2-api',
  }],
  [416, 'POINTS_VALIDATION_FAILED', 'error', 'v2', 'Points related validation failed from Thrift.', { kind: 'failed-precondition', audience: 'developer', docs: 'https://docs.capillarytech.com/reference/points-v2-api' }],
  [417, 'POINTS_FRAUD_CUSTOMER_EXISTS', 'error', 'v2', 'Customer with fraud status exists.', { kind: 'failed-precondition', docs: 'https://docs.capillarytech.com/reference/points-v2-api' }],
  [418, 'POINTS_TRANSFER_SAME_CUSTOMER', 'error', 'v2', 'From and To customers are same.', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/points-v2-api' }],
  [419, 'POINTS_MERGED_CUSTOMER_FOUND', 'error', 'v2', 'Merged customer found with id: {x}', {
    kind: 'failed-precondition',
    note: 'The table adds: where x is the user id of the customer.',
    docs: 'https://docs.capillarytech.com/reference/points-v2-api',
  }],
  [686, 'POINTS_CAMPAIGN_USER_NOT_ENROLLED', 'error', 'v2', 'User is from campaign and has not enrolled in the loyalty program. Points redemption is not applicable for the user.', {
    kind: 'failed-precondition',
    note: '686 in transactions is TRANSACTION_ADD_FAILED.',
  }],
  [801, 'POINTS_REDEEM_INVALID_POINTS', 'error', 'v2', 'Points you are trying to redeem are invalid', {
    aliases: ['Trying to redeem invalid points'],
    kind: 'invalid-argument',
  }],
  [802, 'POINTS_INVALID_IDENTIFIER', 'error', 'v2', 'Mobile number/email id/external id you have entered is invalid', { kind: 'invalid-argument' }],
  [803, 'POINTS_REDEEM_MORE_THAN_AVAILABLE', 'error', 'v2', 'Unable to redeem. The points you are trying to redeem is more than the available points', { kind: 'failed-precondition' }],
  [804, 'POINTS_INSUFFICIENT_CURRENT', 'error', 'v2', 'Insufficient current points.', {
    kind: 'failed-precondition',
    note: 'The transfer and reversal pages give 804 another meaning (POINTS_OPERATION_PROCESSING_FAILED).',
  }],
  [805, 'POINTS_INSUFFICIENT_LIFETIME', 'error', 'v2', 'Insufficient lifetime points.', { kind: 'failed-precondition' }],
  [806, 'POINTS_INSUFFICIENT_LIFETIME_PURCHASES', 'error', 'v2', 'Insufficient lifetime purchases amount.', { kind: 'failed-precondition' }],
  [807, 'POINTS_REDEEM_NOT_MULTIPLE', 'error', 'v2', 'Unable to redeem. Make sure that the points you are trying to redeem is a multiple of {X}. Check the points redemption configuration of your organization.', {
    aliases: ['Redemption points not divisible', 'Redemptions points not divisible.'],
    kind: 'invalid-argument',
  }],
  [808, 'POINTS_INVALID_VALIDATION_CODE', 'error', 'v2', 'Unable to redeem. Validation code is invalid.', { kind: 'unauthenticated' }],
  [809, 'POINTS_CUSTOMER_MARKED_AS_FRAUD', 'error', 'v2', 'Unable to process. Customer is marked as fraud.', {
    aliases: ['Customer is marked as fraud.'],
    kind: 'failed-precondition',
    note: 'Same text as 820.',
  }],
  [810, 'POINTS_REVERT_MISMATCH', 'error', 'v2', 'Mismatch in points for revert API call', { kind: 'invalid-argument', audience: 'developer' }],
  [811, 'POINTS_INVALID_REDEEM_TRANSACTION_NUMBER', 'error', 'v2', 'The transaction number entered to redeem/revert points is invalid', { kind: 'invalid-argument' }],
  [812, 'POINTS_ALREADY_REVERTED_FOR_TRANSACTION', 'error', 'v2', 'The points have been reverted already for this transaction number', { kind: 'failed-precondition' }],
  [813, 'POINTS_INSUFFICIENT_FOR_REDEMPTION', 'error', 'v2', 'Insufficient current points available for redemption', { kind: 'failed-precondition' }],
  [814, 'POINTS_NOT_REDEEMED_ON_TRANSACTION', 'error', 'v2', 'No points were redeemed on this transaction number', {
    kind: 'not-found',
    note: 'Get Points Transfer Summary gives 814 another meaning (POINTS_TRANSFER_SUMMARY_NO_RESULTS).',
  }],
  [815, 'POINTS_TEMPORARILY_UNAVAILABLE', 'error', 'v2', 'Unable to process points at this moment. Please try again later', {
    kind: 'unavailable',
    retryable: true,
    note: 'Same text as 894 and 898.',
  }],
  [817, 'POINTS_REDEMPTION_FAILED', 'error', 'v2', 'Points redemption failed.', {
    kind: 'internal',
    note: 'The transfer and reversal pages give 817 a cause, insufficient points (POINTS_OPERATION_INSUFFICIENT_POINTS).',
  }],
  [818, 'POINTS_CURRENT_LESS_THAN_REQUESTED', 'error', 'v2', 'Current points are less than points requested for redemption.', {
    aliases: ['Points you are trying to redeem are more than the available points'],
    kind: 'failed-precondition',
    note: 'The transfer and reversal pages give 818 another meaning (POINTS_OPERATION_NOT_ALLOWED_FOR_PROGRAM).',
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
    aliases: ['Unable to reverse points; reversal is enabled'],
    kind: 'failed-precondition',
    note: 'Published so (sic): "is enabled" is likely a documentation slip for "is not enabled". Transfer Customer Points prints it as is; Reverse Redeemed Points words it for reversals. Those pages read it literally: "Redemption conditions not met despite program-level enablement."',
  }],
  [859, 'POINTS_INVALID_REDEMPTION_TIME', 'error', 'v2', 'The redemption time you have passed is invalid', { kind: 'invalid-argument' }],
  [860, 'POINTS_OTP_ISSUE_FAILED', 'error', 'v2', 'Unable to issue OTP.', { kind: 'internal' }],
  [881, 'POINTS_CUSTOMER_NOT_IN_LOYALTY_PROGRAM', 'error', 'v2', 'Customer is not registered into the loyalty program.', { kind: 'failed-precondition' }],
  [886, 'POINTS_PROCESSING_UNAVAILABLE', 'error', 'v2', 'Unable to process points. Please try again later.', {
    aliases: ['Points transfer failed due to temporary system error', 'Points reversal failed due to a temporary system error'],
    kind: 'unavailable',
    retryable: true,
    note: 'Same text as 887 and 896.',
  }],
  [887, 'POINTS_PROCESSING_UNAVAILABLE_887', 'error', 'v2', 'Unable to process points. Please try again later.', {
    kind: 'unavailable',
    retryable: true,
    note: 'Same text as 886 and 896. The transfer and reversal pages give 887 another meaning (POINTS_OPERATION_VALIDATION_FAILED).',
  }],
  [888, 'POINTS_CONFIGURATION_INVALID', 'error', 'v2', 'Configuration is invalid. Please report to Capillary Support', {
    aliases: ['Invalid configuration detected', 'Invalid configuration. Please report to capillary support.'],
    kind: 'failed-precondition',
    note: 'Same text as 899.',
  }],
  [889, 'POINTS_PROCESSING_FAILED', 'error', 'v2', 'Points processing failed. Please try again later.', {
    aliases: ['Points processing failed, Please try again later Reason : Failed to Connect to Service'],
    kind: 'unavailable',
    retryable: true,
    note: 'Check If Points Redeemable (v1.1) prints it with a reason appended, "Reason : Failed to Connect to Service".',
  }],
  [894, 'POINTS_TEMPORARILY_UNAVAILABLE_894', 'error', 'v2', 'Unable to process points at this moment. Please try again later', {
    kind: 'unavailable',
    retryable: true,
    note: 'Same text as 815 and 898.',
  }],
  [895, 'POINTS_LOYALTY_PROGRAM_NOT_CONFIGURED', 'error', 'v2', 'Loyalty program is not configured for your organization.', { kind: 'failed-precondition' }],
  [896, 'POINTS_PROCESSING_UNAVAILABLE_896', 'error', 'v2', 'Unable to process points. Please try again later.', {
    aliases: ['Points transfer could not be processed', 'Points reversal could not be processed'],
    kind: 'unavailable',
    retryable: true,
    note: 'Same text as 886 and 887.',
    docs: 'https://docs.capillarytech.com/reference/points-v2-api',
  }],
  [898, 'POINTS_TEMPORARILY_UNAVAILABLE_898', 'error', 'v2', 'Unable to process points at this moment. Please try again later', {
    aliases: ['Points transfer currently unavailable', 'Points reversal currently unavailable'],
    kind: 'unavailable',
    retryable: true,
    note: 'Same text as 815 and 894.',
  }],
  [899, 'POINTS_CONFIGURATION_INVALID_899', 'error', 'v2', 'Configuration is invalid. Please report to Capillary Support', {
    aliases: ['Misconfigured program setup'],
    kind: 'failed-precondition',
    note: 'Same text as 888.',
  }],
  [901, 'POINTS_INVALID_REDEMPTION_ID', 'error', 'v2', 'Invalid points or points redemption Id passed.', {
    kind: 'invalid-argument',
    note: 'Also a warning (POINTS_INVALID_REDEMPTION_ID_WARNING), worded "Invalid points or points redemption ID." The transfer and reversal pages give error 901 another meaning (POINTS_CUSTOMER_NOT_ELIGIBLE).',
  }],
  [902, 'POINTS_REDEMPTION_ID_NOT_FOUND', 'error', 'v2', 'Redemption ID does not exist.', {
    kind: 'not-found',
    note: 'Also a warning with the same text (POINTS_REDEMPTION_ID_NOT_FOUND_WARNING). The transfer and reversal pages give error 902 another meaning (POINTS_DUPLICATE_REQUEST).',
  }],
  [903, 'POINTS_UNABLE_TO_REDEEM', 'error', 'v2', 'Unable to redeem points.', {
    kind: 'internal',
    note: 'Also a warning with the same text (POINTS_UNABLE_TO_REDEEM_WARNING). The transfer and reversal pages give error 903 another meaning (POINTS_OPERATION_LIMIT_EXCEEDED).',
  }],
  [904, 'POINTS_INVALID_CUSTOMER_DETAILS', 'error', 'v2', 'Invalid customer details passed.', {
    kind: 'invalid-argument',
    note: 'Also a warning with the same text (POINTS_INVALID_CUSTOMER_DETAILS_WARNING). The transfer and reversal pages give error 904 another meaning (POINTS_OPERATION_LOCKED).',
  }],
  [3045, 'POINTS_REDEMPTION_BLOCKED_FOR_FRAUD', 'error', 'v2', 'Points Redemption is not allowed for the customer with id {x} as the status is fraud.', {
    kind: 'failed-precondition',
    note: 'Transactions print 3045 as the same check in general form (TRANSACTION_NOT_ALLOWED_FOR_CUSTOMER_STATUS, "{0} is not allowed for the customer with id {2} as the status is {1}"); in cards 3045 is CARD_EXTERNAL_ID_EXISTS.',
  }],
  [3802, 'POINTS_REDEMPTION_ALREADY_REVERSED', 'error', 'v2', 'Points reversal redeemed points already reversed.', { kind: 'failed-precondition' }],

  // Errors the per-API pages add (docs.capillarytech.com), page by page: codes the resource
  // tables lack, and other meanings of their codes.
  [93026, 'POINTS_GOODWILL_INVALID_GROUP_DETAILS', 'error', 'v2', 'Invalid Group Details Provided', {
    kind: 'invalid-argument',
    note: 'Request Goodwill points (Group): "Group id/details invalid or unsupported".',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-goodwill-request-group',
  }],
  [885, 'POINTS_INVALID_PROGRAM_ID', 'error', 'v2', 'Invalid program id passed', {
    aliases: ['Invalid program ID'],
    kind: 'invalid-argument',
    note: 'Get Points Conversion Schedule: "program Id is invalid or unsupported". Printed on most points V2 pages; the transfer and reversal pages word it "Invalid program ID".',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-points-conversion-schedule',
  }],
  [814, 'POINTS_TRANSFER_SUMMARY_NO_RESULTS', 'error', 'v2', 'No Results Found', {
    kind: 'not-found',
    note: 'Get Points Transfer Summary: "Invalid query parameter passed". Not the redemption error 814 (POINTS_NOT_REDEEMED_ON_TRANSACTION).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-points-transfer-summary',
  }],
  [8130, 'POINTS_LOOKUP_INVALID_PARAMS', 'error', 'v2', 'Lookup,Invalid Params passed', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Get Points Expiry Schedule (Light API): "Unsupported query parameter passed".',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-points-expiry-schedule-light-api',
  }],
  [3316, 'POINTS_GROUP_REDEMPTION_FOR_NON_GROUP_PAYLOAD', 'error', 'v2', 'Group redemption action executed for non-group redemption payload.', {
    aliases: ['Group redemption action executed for non-group payload', 'group redemption action executed from non group redemption payload'],
    kind: 'failed-precondition',
    audience: 'developer',
    note: 'Check if Points Transferable: "Group redemption action is unsupported for non-group redemption payload." Transfer Customer Points: "The groupProgramTransfer parameter is set to "true" but the identifier belongs to a non-group entity." Redeem Points (v1.1): "Create a JIRA ticket to the Product Support team and disable the configuration ENABLE_GROUP_PROGRAMS_REDEMPTION."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/-customer-points-transferrable',
  }],

  // The transfer pages (Transfer Customer Points, Group Points Transferrable, Transfer Group Points).
  [422, 'POINTS_TRANSFER_POINTS_INVALID', 'error', 'v2', 'pointsToBeTransferred field is missing', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Transfer Customer Points and Group Points Transferrable: "Value provided in pointsToBeTransferred field is missing or invalid." An invalid value is POINTS_TRANSFER_POINTS_VALUE_INVALID.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/transfer-points-customer',
  }],
  [422, 'POINTS_TRANSFER_POINTS_VALUE_INVALID', 'error', 'v2', 'pointsToBeTransferred value is invalid', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Transfer Group Points: "Value provided in pointsToBeTransferred field is missing or invalid." A missing field is POINTS_TRANSFER_POINTS_INVALID.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/transfer-group-points',
  }],
  [434, 'POINTS_TRANSFER_INVALID_IDENTIFIER', 'error', 'v2', 'Invalid transferredBy.identifierValue set in the request payload', {
    aliases: [
      'Invalid transferredBy.identifierValue in the request payload',
      'Invalid fromEntity.identifierType in the request payload',
      'Invalid transferredBy.identifierValue',
      'Invalid fromEntity.identifierType',
    ],
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'The text names the invalid field (transferredBy.identifierValue, fromEntity.identifierType). Transfer Group Points: "identifierType is invalid. Invalid identifierValue for identifierType = id. Ensure that the data type provided is an integer."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/transfer-group-points',
  }],
  [830, 'POINTS_TRANSFER_PERMISSION_DENIED', 'error', 'v2', 'User does not have permissions to transfer points from this entity', {
    aliases: ['User lacks permissions to transfer points from this entity'],
    kind: 'permission-denied',
    note: 'Transfer Group Points: "User lacks permissions to transfer points." Group Points Transferrable: "The transferredBy object is missing or the user is not authorized to perform this transfer."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/transfer-group-points',
  }],
  [1206, 'POINTS_TRANSFER_SOURCE_ENTITY_INVALID', 'error', 'v2', 'points transfer from entity details not set/invalid', {
    aliases: ['Source entity details missing or invalid'],
    kind: 'invalid-argument',
    note: 'Transfer Group Points: "fromEntity object is missing." In customers 1206 is REFERRAL_TYPE_NOT_SUPPORTED.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/transfer-group-points',
  }],
  [1207, 'POINTS_TRANSFER_DESTINATION_ENTITY_INVALID', 'error', 'v2', 'points transfer to entity details not set/invalid', {
    aliases: ['Destination entity details missing or invalid'],
    kind: 'invalid-argument',
    note: 'Transfer Group Points: "toEntity object is missing".',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/transfer-group-points',
  }],
  [1208, 'POINTS_TRANSFER_ENTITY_TYPE_INVALID', 'error', 'v2', 'points transfer entity type not set/invalid.', {
    aliases: ['Entity type not set or invalid'],
    kind: 'invalid-argument',
    note: 'Group Points Transferrable: "type under toEntity is missing or not one of the supported types (USERGROUP2, CUSTOMER)."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/transfer-group-points',
  }],

  // Transfer Customer Points and Reverse Redeemed Points print the same list of codes, worded
  // for their operation: where the meaning is not the resource tables' one, an entry here, the
  // transfer wording its message and the reversal wording an alias.
  [804, 'POINTS_OPERATION_PROCESSING_FAILED', 'error', 'v2', 'Unable to process points transfer request', {
    aliases: ['Unable to process points reversal request'],
    kind: 'internal',
    note: 'Transfer Customer Points: "General processing failure due to system or validation error." Not the redemption error 804 (POINTS_INSUFFICIENT_CURRENT).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/transfer-points-customer',
  }],
  [817, 'POINTS_OPERATION_INSUFFICIENT_POINTS', 'error', 'v2', 'Redemption failed due to insufficient points or configuration', {
    aliases: ['Points reversal failed due to insufficient points'],
    kind: 'failed-precondition',
    note: 'Transfer Customer Points: "Customer does not have enough points or redemption is restricted for this configuration." The resource tables word 817 "Points redemption failed." (POINTS_REDEMPTION_FAILED), without a cause.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/transfer-points-customer',
  }],
  [818, 'POINTS_OPERATION_NOT_ALLOWED_FOR_PROGRAM', 'error', 'v2', 'Points transfer not allowed for the specified program', {
    aliases: ['Points reversal not allowed for this program'],
    kind: 'failed-precondition',
    note: 'Transfer Customer Points: "The program does not support point transfer operations." Not the redemption error 818 (POINTS_CURRENT_LESS_THAN_REQUESTED).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/transfer-points-customer',
  }],
  [887, 'POINTS_OPERATION_VALIDATION_FAILED', 'error', 'v2', 'Points transfer failed due to validation error', {
    aliases: ['Points reversal failed due to validation error'],
    kind: 'invalid-argument',
    note: 'Transfer Customer Points: "Parameter or data validation failed, please verify your request." Not 887 of the resource tables (POINTS_PROCESSING_UNAVAILABLE_887).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/transfer-points-customer',
  }],
  [901, 'POINTS_CUSTOMER_NOT_ELIGIBLE', 'error', 'v2', 'Customer not eligible for points transfer', {
    aliases: ['Customer not eligible for points reversal'],
    kind: 'failed-precondition',
    note: 'Transfer Customer Points: "Customer eligibility criteria not met." That page prints 901* to 904* with "(Error code)" before the text, to tell them from the warnings 901-904 it lists too. Not the redemption error 901 (POINTS_INVALID_REDEMPTION_ID).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/reverse-redeemed-points',
  }],
  [902, 'POINTS_DUPLICATE_REQUEST', 'error', 'v2', 'Duplicate points transfer request', {
    aliases: ['Duplicate reversal request'],
    kind: 'already-exists',
    note: 'Transfer Customer Points: "Duplicate or conflicting transfer detected." Printed 902* after "(Error code)". Not the redemption error 902 (POINTS_REDEMPTION_ID_NOT_FOUND).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/reverse-redeemed-points',
  }],
  [903, 'POINTS_OPERATION_LIMIT_EXCEEDED', 'error', 'v2', 'Redemption limit exceeded', {
    aliases: ['Reversal limit exceeded'],
    kind: 'resource-exhausted',
    note: 'Transfer Customer Points: "Customer has reached the allowed redemption or transfer limit." Printed 903* after "(Error code)". Not the redemption error 903 (POINTS_UNABLE_TO_REDEEM).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/reverse-redeemed-points',
  }],
  [904, 'POINTS_OPERATION_LOCKED', 'error', 'v2', 'Points transfer locked for the customer', {
    aliases: ['Points reversal locked for this customer'],
    kind: 'aborted',
    retryable: true,
    note: 'Transfer Customer Points: "Transfers are temporarily locked for this customer account." Printed 904* after "(Error code)". Not the redemption error 904 (POINTS_INVALID_CUSTOMER_DETAILS).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/reverse-redeemed-points',
  }],
  [878, 'POINTS_INVALID_DECIMAL_PRECISION', 'error', 'v1.1', 'Invalid decimal precision in points redeemed', {
    aliases: ['Points decimal precision not supported'],
    kind: 'invalid-argument',
    note: 'Redeem Points (v1.1): "This error occurs when the points redeemed field contains a value with more than three decimal places (e.g., "1.1111" or "10.12345"). The API expects this field to have a maximum of three decimal places. If this precision is exceeded, error 878 is returned." Reverse Redeemed Points (v2) words it "Points decimal precision not supported".',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/redeem-points',
  }],
  [828, 'POINTS_GROUP_REDEMPTION_NOT_CONFIGURED', 'error', 'v1.1', 'Points redemption not configured for the group', {
    kind: 'failed-precondition',
    note: 'Redeem Points: "The group does not have points redemption set up in the system."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/redeem-points',
  }],

  // Convert Promised Points.
  [82323284, 'POINTS_UNLOCK_IDENTIFIER_REQUIRED', 'error', 'v2', 'identifierName, identifierValue, or source cannot be empty.', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Convert Promised Points: "Happens when one or more of these fields are missing or empty in the request."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/points-unlock-api',
  }],
  [82323277, 'POINTS_UNLOCK_BILL_NOT_FOUND', 'error', 'v2', 'No bill found for given bill number.', {
    kind: 'not-found',
    note: 'Convert Promised Points: "Triggered when an invalid or non-existent billNumber is passed in query parameters."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/points-unlock-api',
  }],
  [82323271, 'POINTS_UNLOCK_BILL_NUMBER_MISSING', 'error', 'v2', 'Bill number missing.', {
    kind: 'invalid-argument',
    note: 'Convert Promised Points: "Raised when billNumber is not included in the request body."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/points-unlock-api',
  }],
  [82323272, 'POINTS_UNLOCK_EVENT_NAME_NOT_FOUND', 'error', 'v2', 'Event name not found.', {
    kind: 'not-found',
    note: 'Convert Promised Points: "Occurs when eventName is missing or invalid in the request body."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/points-unlock-api',
  }],
  [82323276, 'POINTS_UNLOCK_INVALID_ENTITY_TYPE', 'error', 'v2', 'Entity type invalid.', {
    kind: 'invalid-argument',
    note: 'Convert Promised Points: "Happens when an invalid entity.type is passed in query parameters."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/points-unlock-api',
  }],
  [3918, 'POINTS_UNLOCK_EVENT_LOG_NOT_FOUND', 'error', 'v2', 'Error unlocking points: no eventLog found for given eventLogId.', {
    kind: 'not-found',
    audience: 'developer',
    note: 'Convert Promised Points: "Raised when an invalid or non-existent eventLogId is provided in the request body."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/points-unlock-api',
  }],
  [82323282, 'POINTS_UNLOCK_NO_PROMISED_POINTS', 'error', 'v2', 'No promise points found to unlock.', {
    kind: 'not-found',
    note: 'Convert Promised Points: "Returned when no promised points are found for the given request context (e.g., item codes, line items)."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/points-unlock-api',
  }],

  // Update redeem points.
  [748, 'POINTS_REDEMPTION_UPDATE_NOTHING_REQUESTED', 'error', 'v2', 'No metadata update requested.', {
    kind: 'invalid-argument',
    note: 'Update redeem points: "The request did not include any updatable fields (e.g., no new bill number, bill ID, or purpose provided)." In coupons 748 is COUPON_SERVICE_TIMED_OUT.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/update-redeem-points',
  }],
  [749, 'POINTS_REDEMPTION_UPDATE_ONE_IDENTIFIER_REQUIRED', 'error', 'v2', 'Exactly one redemption identifier needed to identify redemption.', {
    kind: 'invalid-argument',
    note: 'Update redeem points: "You must pass only one valid identifier (redemptionId, billNumber, or another allowed ID). Passing none or multiple identifiers triggers this error." In coupons 749 is COUPON_BATCH_FAILED.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/update-redeem-points',
  }],
  [750, 'POINTS_REDEMPTION_UPDATE_FAILED', 'error', 'v2', 'Redemption update failed: {0}.', {
    kind: 'internal',
    note: 'Update redeem points: "The update action failed internally, possibly due to invalid status transitions or data integrity issues. {0} provides specific details." In coupons 750 is COUPON_NOT_ALLOWED_FOR_FRAUD_CUSTOMER.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/update-redeem-points',
  }],
  [1219, 'POINTS_ENTITY_DETAILS_INVALID', 'error', 'v2', 'Entity details not set/invalid.', {
    kind: 'invalid-argument',
    note: 'Update redeem points: "The entity object is missing or its fields (type, identifierType, identifierValue) are incomplete or invalid."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/update-redeem-points',
  }],

  // The two Deduct points and alternate currencies pages (the same table). Their texts carry
  // sample values where the server puts the request's: placeholders, the published text an alias.
  [8906, 'POINTS_DEDUCT_DECIMAL_PLACES_ABOVE_CONFIGURED', 'error', 'v2', 'decimal places passed: {decimalPlaces} is greater than the configured round decimals: {roundDecimals} for programId: {programId}', {
    aliases: ['decimal places passed: 3 is greater than the configured round decimals: 2 for programId: 973'],
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Deduct points and alternate currencies from user: "Decimal places are higher than configured decimals for the program." The published text shows sample values (3, 2, 973); the message writes them as placeholders, and the published text is an alias.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/deduct-points-and-alternatecurrencies-from-user',
  }],
  [8907, 'POINTS_DEDUCT_MORE_THAN_AVAILABLE', 'error', 'v2', 'points to be deducted {points} is greater than available points for program and NegativeBalanceOnReturn config is disabled for org.', {
    aliases: [
      'points to be deducted 101.54 is greater than available points for program and NegativeBalanceOnReturn config is disabled for org.',
    ],
    kind: 'failed-precondition',
    audience: 'developer',
    note: 'Deduct points and alternate currencies from user: "Points to deduct is higher than the available points balance." The published text shows sample values (101.54); the message writes them as placeholders, and the published text is an alias.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/deduct-points-and-alternatecurrencies-from-user',
  }],
  [8888, 'POINTS_ADJUSTMENT_ZERO', 'error', 'v2', 'Points to be adjusted cannot be zero', {
    kind: 'invalid-argument',
    note: 'Deduct points and alternate currencies from user: "Points to deduct is zero."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/deduct-points-and-alternatecurrencies-from-user',
  }],
  [8887, 'POINTS_PROGRAM_ID_REQUIRED_WITH_PROMOTION', 'error', 'v2', 'Provide Program Id with Promotion Identifier', {
    kind: 'invalid-argument',
    note: 'Deduct points and alternate currencies from user: "programId is not provided along with the promotionIdentifier".',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/deduct-points-and-alternatecurrencies-from-user',
  }],
  [8877, 'POINTS_INVALID_POINTS_AWARDED_ID', 'error', 'v2', 'points awarded Id passed is invalid', {
    kind: 'invalid-argument',
    note: 'Deduct points and alternate currencies from user: "pointsAwardedIdprovided is invalid or incorrect."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/deduct-points-and-alternatecurrencies-from-user',
  }],
  [9975, 'POINTS_INVALID_POINTS_AWARDED_REF_TYPE', 'error', 'v2', 'Points awarded ref type is invalid', {
    kind: 'invalid-argument',
    note: 'Deduct points and alternate currencies from user: "pointsAwardedRefTypeprovided is invalid or incorrect."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/deduct-points-and-alternatecurrencies-from-user',
  }],
  [8911, 'POINTS_DEDUCT_ALTERNATE_CURRENCY_NOT_FOUND', 'error', 'v2', 'No alternate currency with name {currencyName} found for programId in org', {
    aliases: ['No alternate currency with name coins found for programId in org'],
    kind: 'not-found',
    audience: 'developer',
    note: 'Deduct points and alternate currencies from user: "alternateCurrencyNameprovided is invalid or incorrect." The published text shows sample values (coins); the message writes them as placeholders, and the published text is an alias.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/deduct-points-and-alternatecurrencies-from-user',
  }],
  [8882, 'POINTS_ADJUSTMENT_REASON_REQUIRED', 'error', 'v2', 'Reason for adjustment cannot be null', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Deduct points and alternate currencies from user: "Reason for return is not provided."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/deduct-points-and-alternatecurrencies-from-user',
  }],
  [1218, 'POINTS_CUSTOMER_NOT_ENROLLED_IN_PROGRAM', 'error', 'v2', 'Customer not enrolled in loyalty program : customer not found for programId {programId}', {
    aliases: ['Customer not enrolled in loyalty program : customer not found for programId 97'],
    kind: 'failed-precondition',
    audience: 'developer',
    note: 'Deduct points and alternate currencies from user: "Customer is not enrolled in the loyalty program or the programId is invalid or incorrect." The published text shows sample values (97); the message writes them as placeholders, and the published text is an alias.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/deduct-points-and-alternatecurrencies-from-user',
  }],

  // Issue points or alternate currencies to customers: 8136 has five meanings there.
  [8136, 'POINTS_ISSUE_PROGRAM_NOT_FOUND', 'error', 'v2', 'Program with id not found', {
    kind: 'not-found',
    note: 'Issue points or alternate currencies to customers: "programId  provided is invalid". 8136 has five meanings on that page, one entry each.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-reward-currency',
  }],
  [8136, 'POINTS_ISSUE_AWARD_STRATEGY_NOT_FOUND', 'error', 'v2', 'Award Strategy not found with id : {id number}', {
    kind: 'not-found',
    note: 'Issue points or alternate currencies to customers: "awardStrategyId provided is invalid". One of five meanings of 8136.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-reward-currency',
  }],
  [8136, 'POINTS_ISSUE_EXPIRY_STRATEGY_NOT_FOUND', 'error', 'v2', 'Expiry strategy not found with id :  : {id number}', {
    kind: 'not-found',
    note: 'Issue points or alternate currencies to customers: "expiryStrategyId provided is invalid". One of five meanings of 8136; published with the colon twice.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-reward-currency',
  }],
  [8136, 'POINTS_ISSUE_EVENT_NOT_SUPPORTED', 'error', 'v2', 'Event not supported for Manual currency allocation, Supported events are TransactionAdd, TargetCompleted, Behavioural events', {
    kind: 'invalid-argument',
    note: 'Issue points or alternate currencies to customers: "eventName provided is invalid or unsupported." One of five meanings of 8136.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-reward-currency',
  }],
  [8136, 'POINTS_ISSUE_ALTERNATE_CURRENCY_NOT_FOUND', 'error', 'v2', 'Alternate currency not found with provided identifier : {alternate currency id}', {
    kind: 'not-found',
    note: 'Issue points or alternate currencies to customers: "alternateCurrencyIdentifier provided is invalid". One of five meanings of 8136.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-reward-currency',
  }],
  [8139, 'POINTS_ISSUE_BILL_NOT_FOUND', 'error', 'v2', 'Bill not found with id {id number}', {
    kind: 'not-found',
    note: 'Issue points or alternate currencies to customers: "eventSourceId provided is invalid."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-reward-currency',
  }],

  // 8015 as the Update redeem points, connected-org points ledger and loyalty promotion list
  // pages word it: an input error, not customers' "Customer not found for the given identifiers".
  [8015, 'POINTS_IDENTIFIER_MISSING_OR_INVALID', 'error', 'v2', 'Identifier value missing or incorrect.', {
    aliases: ['Invalid or malformed identifier provided in request body.'],
    paraphrase: true,
    sharedWith: ['points-ledger', 'loyalty-promotions'],
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'The wording of 8015 on the Update redeem points, connected-org points ledger and loyalty promotion list pages, an input error (Update redeem points adds: The identifierValue or redemptionId is missing, incorrectly formatted, or does not exist in the system); the server sends CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/update-redeem-points',
  }],

  // Warnings.
  [872, 'POINTS_CONVERSION_RATIO_FETCH_FAILED', 'warning', 'v2', 'Unable to fetch points-to-currency conversion ratio.', { kind: 'internal', docs: 'https://docs.capillarytech.com/reference/points-v2-api' }],
  [873, 'POINTS_INVALID_TRANSACTION_NUMBER', 'warning', 'v2', 'Invalid transaction number passed.', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/points-v2-api' }],
  [876, 'POINTS_REDEEMABLE_OTP_FAILED', 'warning', 'v2', 'Points are redeemable but unable to generate OTP.', { kind: 'internal', docs: 'https://docs.capillarytech.com/reference/points-v2-api' }],
  [877, 'POINTS_ALLOCATION_FAILED', 'warning', 'v2', 'Unable to allocate points.', { kind: 'internal', docs: 'https://docs.capillarytech.com/reference/points-v2-api' }],
  [900, 'POINTS_PENDING_EVENTS', 'warning', 'v2', 'Pending events present in queue for this user. Queue size-{0},failed event -{1},reason -{2},status code -{3}.', {
    kind: 'failed-precondition',
    audience: 'developer',
    docs: 'https://docs.capillarytech.com/reference/points-v2-api',
  }],
  [901, 'POINTS_INVALID_REDEMPTION_ID_WARNING', 'warning', 'v2', 'Invalid points or points redemption ID.', {
    kind: 'invalid-argument',
    note: 'Also an error (POINTS_INVALID_REDEMPTION_ID), worded "Invalid points or points redemption Id passed."',
    docs: 'https://docs.capillarytech.com/reference/points-v2-api',
  }],
  [902, 'POINTS_REDEMPTION_ID_NOT_FOUND_WARNING', 'warning', 'v2', 'Redemption ID does not exist.', {
    kind: 'not-found',
    note: 'Also an error with the same text (POINTS_REDEMPTION_ID_NOT_FOUND).',
    docs: 'https://docs.capillarytech.com/reference/points-v2-api',
  }],
  [903, 'POINTS_UNABLE_TO_REDEEM_WARNING', 'warning', 'v2', 'Unable to redeem points.', {
    kind: 'internal',
    note: 'Also an error with the same text (POINTS_UNABLE_TO_REDEEM).',
    docs: 'https://docs.capillarytech.com/reference/points-v2-api',
  }],
  [904, 'POINTS_INVALID_CUSTOMER_DETAILS_WARNING', 'warning', 'v2', 'Invalid customer details passed.', {
    kind: 'invalid-argument',
    note: 'Also an error with the same text (POINTS_INVALID_CUSTOMER_DETAILS).',
    docs: 'https://docs.capillarytech.com/reference/points-v2-api',
  }],
  [905, 'POINTS_REDEMPTION_REVERSAL_DISABLED', 'warning', 'v2', 'points redemption reversal is disabled for the org.', { kind: 'failed-precondition', docs: 'https://docs.capillarytech.com/reference/points-v2-api' }],

  // Codes only the published samples show (test/fixtures/payloads/): no table lists them; each
  // is the sample's wording (docs/DATA.md "Codes only the samples show"), `docs` the sample's page.
  [434, 'POINTS_TRANSFER_INVALID_FROM_IDENTIFIER_TYPE', 'error', 'v2', 'Invalid fromEntity.identifierType set in the request payload', { kind: 'invalid-argument', audience: 'developer', origin: 'sample', docs: 'https://docs.capillarytech.com/reference/group-points-transferrable' }],
] as const satisfies readonly Row[];
