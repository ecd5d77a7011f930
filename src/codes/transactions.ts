/**
 * Status codes of the transactions resource, from four publications:
 * - docs.capillarytech.com `/reference/transaction-status-codes` (the docs' status-code page
 *   of the V2 transaction APIs): `v2`;
 * - docs.capillarytech.com `/reference/transaction` (Transaction V1): `v1.1`;
 * - capillary.github.io v1.1-API-Documentation, Transaction "Response Codes": `v1.1`, row for
 *   row the table of `/reference/transaction`;
 * - capillary.github.io api-documentation, Transaction "Response Codes": `v2`; its error table
 *   is the v1.1 table's (with 3045, 8015, 8084 added), its warnings are worded anew.
 *
 * The status-code page is the current table: its order, and its wording where it has the code
 * (so `api` is `v2`), with the V1 wording of the same meaning as an alias; V1-only rows stand
 * where their code falls. 600 and 1630 say `v1.1`: the v1.1 sample responses send these very
 * texts. The status-code page and the V1 tables disagree on many codes: 603, 631, 632, 638,
 * 660, 670, 672-682, 687, 690 and 691 mean one thing on the one and another on the other
 * (632 and 638 with the two return types swapped), so each meaning is its own entry and its
 * note names the other. 1101-1110 are transactions' own (customers uses them for channel,
 * priority, scope and subscription errors). Several codes share one text (608/686, 611/641/656,
 * 620/1628, the "Points processing failed" codes 689-698): their notes say so. Errors the v2
 * site or the status-code page repeat as warnings (625, 669, 683, 684, 687, 688, 710, 1105,
 * 9601-9616) have a warning entry each, keyed `..._WARNING`.
 *
 * Not here: 618 "Customer is marked as fraud." and the v2 site's 8015 and 8084 are customers'
 * entries (CUSTOMER_MARKED_AS_FRAUD, CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS, CUSTOMER_DETAILS_NOT_SENT);
 * 820 "Current operation is not allowed. The customer is marked as fraud." is points' 820.
 * 500 here is not the request-level 500: it is TRANSACTION_RETRIEVAL_FAILED.
 * The per-API pages (Add/Return transaction single and bulk, Update Transactions in Bulk, Add
 * Transaction with Local Currency, the private TransactionAdd custom-field pages) add no entry:
 * their 603 and 624 are the status-code page's, their 8084 customers', their HTTP statuses
 * (400, 401, 403, 404, 500 "Internal Server Error") the request-level `api` entries.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const transactions = [
  // Success. The V1 tables list three messages under 600, one per operation.
  [600, 'TRANSACTION_ADDED', 'success', 'v1.1', 'Transaction added successfully', { operations: ['add'], docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [600, 'TRANSACTION_RETRIEVED', 'success', 'v1.1', 'Transaction retrieved successfully.', { operations: ['get'], docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [600, 'TRANSACTION_UPDATED', 'success', 'v1.1', 'Transaction updated successfully.', { operations: ['update'], docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [1630, 'TRANSACTION_RETRO_MARKED_REGULAR', 'success', 'v1.1', 'Transaction retrospectively marked REGULAR, Transaction added successfully', {
    aliases: ['Transaction marked as regular through Retro conversion. Transaction added successfully.'],
    note: 'The v1.1 retro transaction sample (POST v1.1/transaction/update) sends this wording.',
  }],

  // Errors. v1.1 codes arrive in `item_status`, v2 codes in `errors[]`.
  [500, 'TRANSACTION_RETRIEVAL_FAILED', 'error', 'v2', 'Transaction retrieval unsuccessful', {
    aliases: ['Unable to retrieve transaction.'],
    kind: 'internal',
    note: 'Not the request-level 500 (ALL_REQUESTS_FAILED): the transactions tables give 500 this meaning.',
  }],
  [517, 'TRANSACTION_RATE_LIMIT_EXCEEDED', 'error', 'v1.1', 'Rate limit exceeded for that specific user.', { kind: 'resource-exhausted', retryable: true, docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [601, 'TRANSACTION_INVALID_BILL_AMOUNT', 'error', 'v2', 'Invalid Bill Amount', {
    aliases: ['Transaction failed. Transaction amount, quantity, rate, or discount is invalid.', 'Invalid transaction transaction amount.'],
    kind: 'invalid-argument',
  }],
  [602, 'TRANSACTION_INVALID_NUMBER', 'error', 'v2', 'Invalid transaction number', {
    aliases: ['Transaction number is invalid.'],
    kind: 'invalid-argument',
  }],
  [603, 'TRANSACTION_INVALID_ID_603', 'error', 'v2', 'Invalid transaction id', {
    kind: 'invalid-argument',
    note: 'The status-code page\'s 603; in the V1 tables 603 means "Points are already used" (TRANSACTION_POINTS_ALREADY_USED). 620 and 1628 say the same.',
  }],
  [603, 'TRANSACTION_POINTS_ALREADY_USED', 'error', 'v1.1', 'Points are already used.', {
    kind: 'failed-precondition',
    note: 'The V1 tables mark it "(Deprecated)."; on the status-code page 603 means "Invalid transaction id" (TRANSACTION_INVALID_ID_603).',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [604, 'TRANSACTION_DUPLICATE_NUMBER', 'error', 'v2', 'Duplicate transaction number', {
    aliases: ['Transaction number already exists.'],
    kind: 'already-exists',
  }],
  [605, 'TRANSACTION_TYPE_NOT_SUPPORTED', 'error', 'v1.1', 'Invalid transaction type. Only regular, return and not-interested transaction types are supported.', {
    aliases: ['Invalid transaction type passed. Only regular, return, not_interested, and not_interested_return are supported.'],
    kind: 'invalid-argument',
    audience: 'developer',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [606, 'TRANSACTION_CUSTOMER_IDENTIFIER_MISSING', 'error', 'v1.1', 'Customer identifier is not passed. Please enter customer\'s mobile or email or external id to process.', {
    aliases: ['Customer identifier is not passed. Please enter customer’s mobile or email or external id to process.'],
    kind: 'invalid-argument',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [607, 'TRANSACTION_ID_MISSING', 'error', 'v2', 'No transaction id passed', {
    aliases: ['No transaction id passed. Please pass the transaction id to process.'],
    kind: 'invalid-argument',
  }],
  [608, 'TRANSACTION_ADD_FAILED_608', 'error', 'v1.1', 'Unable to add transaction.', {
    kind: 'internal',
    note: 'The V1 tables give 686 (TRANSACTION_ADD_FAILED) the same text.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [609, 'TRANSACTION_UPDATE_INVALID_FIELDS', 'error', 'v1.1', 'Update failed. Please verify all the fields.', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [610, 'TRANSACTION_REGISTER_INVALID_FIELDS', 'error', 'v1.1', 'Unable to register. Please verify all the fields.', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [611, 'TRANSACTION_CUSTOMER_NOT_FOUND', 'error', 'v1.1', 'Customer not found.', {
    kind: 'not-found',
    note: '641 and 656 say "No customer found."',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [614, 'TRANSACTION_ALREADY_CANCELLED', 'error', 'v1.1', 'Transaction is already cancelled.', { kind: 'failed-precondition', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [615, 'TRANSACTION_DETAILS_MISSING', 'error', 'v1.1', 'Transaction details are not passed.', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [616, 'TRANSACTION_ITEM_CODE_EXISTS', 'error', 'v1.1', 'Item code already exists.', { kind: 'already-exists', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [617, 'TRANSACTION_INVALID_ITEM_ATTRIBUTE', 'error', 'v1.1', 'Invalid attribute for the item.', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [619, 'TRANSACTION_ID_NOT_PROVIDED', 'error', 'v1.1', 'Transaction id is not provided.', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [620, 'TRANSACTION_INVALID_ID', 'error', 'v2', 'Invalid Transaction ID', {
    aliases: ['Transaction id is invalid.'],
    kind: 'invalid-argument',
    note: '603 (on the status-code page) and 1628 say the same.',
  }],
  [621, 'TRANSACTION_DATE_OUT_OF_RANGE', 'error', 'v1.1', 'Transaction date is invalid. Transaction date should be within the accepted past or future date range limit.', {
    kind: 'invalid-argument',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [622, 'TRANSACTION_LINE_ITEM_ADD_FAILED_622', 'error', 'v1.1', 'Unable to add line-item.', {
    kind: 'internal',
    note: '9601 (TRANSACTION_LINE_ITEM_ADD_FAILED) says the same.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [623, 'TRANSACTION_RELATED_EVENTS_FAILED', 'error', 'v1.1', 'Unable to trigger other related events for the transaction.', { kind: 'internal', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [624, 'TRANSACTION_RETURN_BEFORE_ADD', 'error', 'v2', 'Invalid return transaction time, Return transaction should happen after add transaction', {
    aliases: ['Unable to process return-transaction. You can make a return only after adding a transaction.'],
    kind: 'invalid-argument',
  }],
  [625, 'TRANSACTION_RETURN_PARENT_NOT_FOUND', 'error', 'v2', 'Parent Bill Number for the return transaction does not exist.', {
    aliases: ['Transaction number does not exist.'],
    kind: 'not-found',
    note: 'A warning instead (TRANSACTION_RETURN_PARENT_NOT_FOUND_WARNING) where CONF_ALLOW_NOT_EXISTING_BILL_RETURN is enabled.',
  }],
  [626, 'TRANSACTION_RETURN_QUANTITY_EXCEEDS_PURCHASE', 'error', 'v2', 'Quantity of returned item is more than purchased item for ItemCode', {
    aliases: ['Unable to return transaction. The quantity of returned items are more than purchased items.'],
    kind: 'invalid-argument',
  }],
  [627, 'TRANSACTION_NEGATIVE_QUANTITY', 'error', 'v2', 'Quantity cannot be negative', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [628, 'TRANSACTION_INVALID_RETURN_TYPE', 'error', 'v2', 'Invalid return transaction type passed', {
    aliases: ['Invalid return transaction type.'],
    kind: 'invalid-argument',
  }],
  [629, 'TRANSACTION_RETURN_QUANTITY_EXCEEDS_AVAILABLE', 'error', 'v1.1', 'The return quantity of the item is more than available quantity.', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [630, 'TRANSACTION_RETURN_AMOUNT_EXCEEDS_PURCHASE', 'error', 'v2', 'Total returned amount is more than purchase amount', {
    aliases: ['The return amount is more than the transaction/line-item amount.'],
    kind: 'invalid-argument',
  }],
  [631, 'TRANSACTION_RETURN_NUMBER_NOT_SET', 'error', 'v2', 'Transaction number to be returned is not set', {
    kind: 'invalid-argument',
    note: 'The status-code page\'s 631; in the V1 tables 631 means "Transaction amount cannot be negative." (TRANSACTION_NEGATIVE_AMOUNT).',
  }],
  [631, 'TRANSACTION_NEGATIVE_AMOUNT', 'error', 'v1.1', 'Transaction amount cannot be negative.', {
    kind: 'invalid-argument',
    note: 'The V1 tables\' 631; on the status-code page 631 means TRANSACTION_RETURN_NUMBER_NOT_SET.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [632, 'TRANSACTION_ALREADY_RETURNED_BY_LINE_ITEM', 'error', 'v2', 'Transaction is already returned with return type LINE_ITEM, you cannot return transaction with return type AMOUNT', {
    kind: 'failed-precondition',
    audience: 'developer',
    note: 'The status-code page\'s 632. The V1 tables give 632 the opposite case (TRANSACTION_ALREADY_RETURNED_BY_AMOUNT_632) and this one to 635 and 638: one of the two is likely a documentation slip.',
  }],
  [632, 'TRANSACTION_ALREADY_RETURNED_BY_AMOUNT_632', 'error', 'v1.1', 'Cannot return the transaction with return type LINE_ITEM because the type AMOUNT has already been used for returning the same transaction.', {
    kind: 'failed-precondition',
    audience: 'developer',
    note: 'The V1 tables\' 632; the status-code page gives 632 the opposite case (TRANSACTION_ALREADY_RETURNED_BY_LINE_ITEM) and this one to 638.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [633, 'TRANSACTION_ALREADY_FULLY_RETURNED', 'error', 'v2', 'Transaction is already fully returned, you cannot return this transaction again', {
    aliases: ['The entire transaction is already returned.'],
    kind: 'failed-precondition',
  }],
  [634, 'TRANSACTION_ALREADY_RETURNED', 'error', 'v1.1', 'This transaction is already returned.', { kind: 'failed-precondition', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [635, 'TRANSACTION_ALREADY_RETURNED_BY_LINE_ITEM_635', 'error', 'v1.1', 'Cannot return the transaction with the return type AMOUNT because the type LINE_ITEM has been used for returning the same transaction.', {
    kind: 'failed-precondition',
    audience: 'developer',
    note: 'The V1 tables give 638 the same case.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [636, 'TRANSACTION_LINE_ITEM_RETURNS_ONLY', 'error', 'v1.1', 'The transaction is already returned with the return type as LINE_ITEM. You can process return for other items only with return type LINE_ITEM.', {
    kind: 'failed-precondition',
    audience: 'developer',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [637, 'TRANSACTION_RETURN_POINTS_REVERT_FAILED', 'error', 'v1.1', 'Unable to revert points issued to the customer (for return transaction). Please try again later.', {
    kind: 'unavailable',
    retryable: true,
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [638, 'TRANSACTION_ALREADY_RETURNED_BY_AMOUNT', 'error', 'v2', 'Transaction is already returned with return type AMOUNT, you cannot return again with return type LINE_ITEM', {
    kind: 'failed-precondition',
    audience: 'developer',
    note: 'The status-code page\'s 638. The V1 tables give 638 the opposite case (TRANSACTION_ALREADY_RETURNED_BY_LINE_ITEM_638) and this one to 632: one of the two is likely a documentation slip.',
  }],
  [638, 'TRANSACTION_ALREADY_RETURNED_BY_LINE_ITEM_638', 'error', 'v1.1', 'Unable to return transaction. The transaction is already returned with type LINE_ITEM. Hence, you cannot use the type AMOUNT for the same transaction.', {
    kind: 'failed-precondition',
    audience: 'developer',
    note: 'The V1 tables\' 638 (635 says the same); the status-code page gives 638 the opposite case (TRANSACTION_ALREADY_RETURNED_BY_AMOUNT) and this one to 632.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [639, 'TRANSACTION_FULL_RETURN_AFTER_RETURN', 'error', 'v2', 'Transaction is already returned, you cannot return full transaction again', {
    aliases: ['Unable to return full transaction. A part of the transaction or complete transaction is already returned.'],
    kind: 'failed-precondition',
  }],
  [640, 'TRANSACTION_NOTHING_REDEEMED', 'error', 'v1.1', 'Points or coupons are not redeemed for this transaction.', { kind: 'failed-precondition', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [641, 'TRANSACTION_NO_CUSTOMER_FOUND', 'error', 'v1.1', 'No customer found.', {
    kind: 'not-found',
    note: '656 has the same text, 611 says "Customer not found."',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [642, 'TRANSACTION_REDEMPTION_FAILED', 'error', 'v1.1', 'Redemption failed. An error occurred in points/coupon redemption.', { kind: 'internal', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [643, 'TRANSACTION_DATE_TOO_FAR_IN_FUTURE', 'error', 'v2', 'Transaction date too ahead in the future', {
    aliases: ['Invalid transaction. The transaction date exceeds the accepted future date limit.'],
    kind: 'invalid-argument',
  }],
  [644, 'TRANSACTION_DATE_TOO_FAR_IN_PAST', 'error', 'v2', 'Transaction date too behind in past', {
    aliases: ['Invalid transaction. The transaction date cannot be less than the accepted past date limit.'],
    kind: 'invalid-argument',
  }],
  [645, 'TRANSACTION_NOT_INTERESTED_ADD_FAILED', 'error', 'v1.1', 'Transaction addition failed for not interested.', { kind: 'internal', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [646, 'TRANSACTION_REGISTER_INVALID_EMAIL', 'error', 'v1.1', 'Customer registration failed. The email id is invalid.', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [647, 'TRANSACTION_REGISTER_EMAIL_TAKEN', 'error', 'v1.1', 'Customer registration failed. Email id is already assigned to another customer.', { kind: 'already-exists', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [648, 'TRANSACTION_REGISTER_MOBILE_TAKEN', 'error', 'v1.1', 'Customer registration failed. Mobile number is already assigned to another customer.', { kind: 'already-exists', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [649, 'TRANSACTION_REGISTER_INVALID_MOBILE', 'error', 'v1.1', 'Customer registration failed. Mobile number is invalid.', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [650, 'TRANSACTION_REGISTER_MOBILE_NOT_IDENTIFIER', 'error', 'v1.1', 'Customer registration failed. Mobile number is not accepted as a unique identifier.', { kind: 'failed-precondition', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [651, 'TRANSACTION_REGISTER_MOBILE_REQUIRED', 'error', 'v1.1', 'Customer registration failed. Mobile number is required for registration.', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [652, 'TRANSACTION_REGISTER_INVALID_IDENTIFIER', 'error', 'v1.1', 'Customer registration failed. Mobile number/email id/external id is invalid.', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [653, 'TRANSACTION_REGISTER_EXTERNAL_ID_TAKEN', 'error', 'v1.1', 'Customer registration failed. External id is already assigned to another customer.', { kind: 'already-exists', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [654, 'TRANSACTION_REGISTER_EXTERNAL_ID_NOT_IDENTIFIER', 'error', 'v1.1', 'Customer registration failed. External id is not accepted as a unique identifier.', { kind: 'failed-precondition', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [655, 'TRANSACTION_REGISTER_NOT_IN_LOYALTY', 'error', 'v1.1', 'Customer registration failed. Customer is not registered in loyalty program.', { kind: 'failed-precondition', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [656, 'TRANSACTION_NO_CUSTOMER_FOUND_656', 'error', 'v1.1', 'No customer found.', {
    kind: 'not-found',
    note: 'Same text as 641 (TRANSACTION_NO_CUSTOMER_FOUND); listed among the registration failures.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [657, 'TRANSACTION_REGISTER_EUP_FAILED', 'error', 'v1.1', 'Customer registration failed. Registration in EUP failed.', { kind: 'internal', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [658, 'TRANSACTION_REGISTER_EMAIL_NOT_ENOUGH', 'error', 'v1.1', 'Customer registration failed. Only email id is not sufficient for registration.', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [659, 'TRANSACTION_REGISTER_EMAIL_REQUIRED', 'error', 'v1.1', 'Customer registration failed. Please enter email id to register.', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [660, 'TRANSACTION_RETURN_INVALID_LINE_ITEM', 'error', 'v2', 'Invalid line item for return', {
    kind: 'invalid-argument',
    note: 'The status-code page\'s 660; in the V1 tables 660 means TRANSACTION_REGISTER_DATE_OUT_OF_RANGE.',
  }],
  [660, 'TRANSACTION_REGISTER_DATE_OUT_OF_RANGE', 'error', 'v1.1', 'Customer registration failed. Registration date exceeds the accepted past or future date limit.', {
    kind: 'invalid-argument',
    note: 'The V1 tables\' 660; on the status-code page 660 means TRANSACTION_RETURN_INVALID_LINE_ITEM.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [661, 'TRANSACTION_LINE_ITEM_NEGATIVE_AMOUNT', 'error', 'v2', 'Lineitem with negative amount is not allowed', {
    aliases: ['Amount of the line-item amount cannot be negative.'],
    kind: 'invalid-argument',
  }],
  [662, 'TRANSACTION_LINE_ITEM_NEGATIVE_VALUE', 'error', 'v2', 'Lineitem with negative value is not allowed', {
    aliases: ['Value of a line cannot be negative.'],
    kind: 'invalid-argument',
  }],
  [663, 'TRANSACTION_LINE_ITEM_NEGATIVE_RATE', 'error', 'v2', 'Lineitem with negative rate is not allowed', {
    aliases: ['Rate of a line-item cannot be negative'],
    kind: 'invalid-argument',
  }],
  [664, 'TRANSACTION_LINE_ITEM_NEGATIVE_DISCOUNT', 'error', 'v2', 'Lineitem with negative discount is not allowed', {
    aliases: ['Discount of a line-item cannot be negative.'],
    kind: 'invalid-argument',
  }],
  [665, 'TRANSACTION_NEGATIVE_GROSS_AMOUNT', 'error', 'v2', 'Transaction gross amount cannot be negative', {
    aliases: ['Gross amount of the transaction cannot be negative.'],
    kind: 'invalid-argument',
  }],
  [666, 'TRANSACTION_NEGATIVE_DISCOUNT', 'error', 'v2', 'Transaction discount cannot be negative', {
    aliases: ['Discount cannot be negative.'],
    kind: 'invalid-argument',
  }],
  [667, 'TRANSACTION_NOT_FOUND_FOR_CUSTOMER', 'error', 'v2', 'Transaction id not found for this customer', {
    aliases: ['Unable to find the transaction ID for this customer.'],
    kind: 'not-found',
  }],
  [668, 'TRANSACTION_NUMBER_NOT_FOUND_FOR_CUSTOMER', 'error', 'v2', 'Transaction number not found for this customer', {
    aliases: ['Unable to find the transaction number for this customer.'],
    kind: 'not-found',
  }],
  [669, 'TRANSACTION_CUSTOM_FIELD_UPDATE_FAILED', 'error', 'v2', 'Unable to update custom field', {
    kind: 'internal',
    note: 'The v2 site also lists 669 as a warning, "Invalid custom field." (TRANSACTION_INVALID_CUSTOM_FIELD_WARNING).',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [670, 'TRANSACTION_INVALID_BRAND_CODE', 'error', 'v2', 'Invalid brand code', {
    kind: 'invalid-argument',
    note: 'The status-code page\'s 670; in the V1 tables 670 means TRANSACTION_ID_OR_NUMBER_NOT_PROVIDED.',
  }],
  [670, 'TRANSACTION_ID_OR_NUMBER_NOT_PROVIDED', 'error', 'v1.1', 'Transaction id/number is not provided.', {
    kind: 'invalid-argument',
    note: 'The V1 tables\' 670; on the status-code page 670 means TRANSACTION_INVALID_BRAND_CODE.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [671, 'TRANSACTION_INVALID_STORE_TILL_CODE', 'error', 'v2', 'Invalid store/till code passed', {
    aliases: ['Invalid Store or TILL code.'],
    kind: 'invalid-argument',
    note: '671 also means "Invalid category code." (TRANSACTION_INVALID_CATEGORY_CODE).',
  }],
  [671, 'TRANSACTION_INVALID_CATEGORY_CODE', 'error', 'v1.1', 'Invalid category code.', {
    kind: 'invalid-argument',
    note: 'The V1 tables list it as a second message of 671, after "Invalid Store or TILL code." (TRANSACTION_INVALID_STORE_TILL_CODE).',
    docs: 'https://capillary.github.io/v1.1-API-Documentation/',
  }],
  [672, 'TRANSACTION_INVALID_SIZE_CODE', 'error', 'v2', 'Invalid size code', {
    kind: 'invalid-argument',
    note: 'The status-code page\'s 672; in the V1 tables 672 means TRANSACTION_BATCH_LIMIT_EXCEEDED.',
  }],
  [672, 'TRANSACTION_BATCH_LIMIT_EXCEEDED', 'error', 'v1.1', 'Batch limit exceeded.', {
    kind: 'invalid-argument',
    note: 'The V1 tables\' 672 (the request-level 1060, BATCH_LIMIT_EXCEEDED, has the same text); on the status-code page 672 means TRANSACTION_INVALID_SIZE_CODE.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [673, 'TRANSACTION_INVALID_STYLE_CODE', 'error', 'v2', 'Invalid style code', {
    kind: 'invalid-argument',
    note: 'The status-code page\'s 673; in the V1 tables 673 means TRANSACTION_RETURN_NOT_ALLOWED.',
  }],
  [673, 'TRANSACTION_RETURN_NOT_ALLOWED', 'error', 'v1.1', 'Returning of transactions is not allowed.', {
    kind: 'failed-precondition',
    note: 'The V1 tables\' 673; on the status-code page 673 means TRANSACTION_INVALID_STYLE_CODE.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [674, 'TRANSACTION_INVALID_COLOR_PALETTE', 'error', 'v2', 'Invalid color palette', {
    kind: 'invalid-argument',
    note: 'The status-code page\'s 674; in the V1 tables 674 means TRANSACTION_LINE_ITEM_RETURN_NOT_ALLOWED.',
  }],
  [674, 'TRANSACTION_LINE_ITEM_RETURN_NOT_ALLOWED', 'error', 'v1.1', 'Returning of line item is not allowed.', {
    kind: 'failed-precondition',
    note: 'The V1 tables\' 674; on the status-code page 674 means TRANSACTION_INVALID_COLOR_PALETTE.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [675, 'TRANSACTION_DUPLICATE_INVENTORY_LINE_ITEM', 'error', 'v2', 'Inventory duplicate lineItem', {
    kind: 'already-exists',
    audience: 'developer',
    note: 'The status-code page\'s 675; in the V1 tables 675 means TRANSACTION_AMOUNT_RETURN_NOT_ALLOWED.',
  }],
  [675, 'TRANSACTION_AMOUNT_RETURN_NOT_ALLOWED', 'error', 'v1.1', 'Returning of transaction amount is not allowed.', {
    kind: 'failed-precondition',
    note: 'The V1 tables\' 675; on the status-code page 675 means TRANSACTION_DUPLICATE_INVENTORY_LINE_ITEM.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [676, 'TRANSACTION_INVALID_ATTRIBUTE_VALUE', 'error', 'v2', 'Invalid attribute value', {
    kind: 'invalid-argument',
    note: 'The status-code page\'s 676; in the V1 tables 676 means TRANSACTION_FULL_AMOUNT_RETURN_NOT_ALLOWED.',
  }],
  [676, 'TRANSACTION_FULL_AMOUNT_RETURN_NOT_ALLOWED', 'error', 'v1.1', 'Returning of a complete transaction amount is not allowed.', {
    kind: 'failed-precondition',
    note: 'The V1 tables\' 676; on the status-code page 676 means TRANSACTION_INVALID_ATTRIBUTE_VALUE.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [677, 'TRANSACTION_BASE_SKU_NOT_FOUND', 'error', 'v2', 'Base SKU not found', {
    kind: 'not-found',
    note: 'The status-code page\'s 677; in the V1 tables 677 means TRANSACTION_RETURN_NUMBER_REQUIRED.',
  }],
  [677, 'TRANSACTION_RETURN_NUMBER_REQUIRED', 'error', 'v1.1', 'Unable to process. Please enter a transaction number for returning a transaction.', {
    kind: 'invalid-argument',
    note: 'The V1 tables\' 677; on the status-code page 677 means TRANSACTION_BASE_SKU_NOT_FOUND.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [678, 'TRANSACTION_INVALID_ITEM_SKU', 'error', 'v2', 'Invalid item SKU passed', {
    kind: 'invalid-argument',
    note: 'The status-code page\'s 678; in the V1 tables 678 means TRANSACTION_RETURN_ITEM_AMOUNT_EXCEEDS_PURCHASE.',
  }],
  [678, 'TRANSACTION_RETURN_ITEM_AMOUNT_EXCEEDS_PURCHASE', 'error', 'v1.1', 'Amount of returned item is more than purchased item.', {
    kind: 'invalid-argument',
    note: 'The V1 tables\' 678; on the status-code page 678 means TRANSACTION_INVALID_ITEM_SKU.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [679, 'TRANSACTION_INVALID_COMBO_ITEM', 'error', 'v2', 'Invalid combo item details passed', {
    kind: 'invalid-argument',
    note: 'The status-code page\'s 679; in the V1 tables 679 means TRANSACTION_RETURN_LINE_ITEMS_NOT_SPECIFIED.',
  }],
  [679, 'TRANSACTION_RETURN_LINE_ITEMS_NOT_SPECIFIED', 'error', 'v1.1', 'Line-item(s) to be returned is not specified.', {
    kind: 'invalid-argument',
    note: 'The V1 tables\' 679; on the status-code page 679 means TRANSACTION_INVALID_COMBO_ITEM.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [680, 'TRANSACTION_INVALID_ADD_ON_ITEM', 'error', 'v2', 'Invalid add-on item details passed', {
    kind: 'invalid-argument',
    note: 'The status-code page\'s 680; in the V1 tables 680 means TRANSACTION_NONE_FOR_CUSTOMER.',
  }],
  [680, 'TRANSACTION_NONE_FOR_CUSTOMER', 'error', 'v1.1', 'No transactions of the specific customer were found.', {
    kind: 'not-found',
    note: 'The V1 tables\' 680; on the status-code page 680 means TRANSACTION_INVALID_ADD_ON_ITEM.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [681, 'TRANSACTION_INVALID_SPLIT_ITEM', 'error', 'v2', 'Invalid split item details passed', {
    kind: 'invalid-argument',
    note: 'The status-code page\'s 681; in the V1 tables 681 means TRANSACTION_BLOCKED_FOR_CUSTOMER.',
  }],
  [681, 'TRANSACTION_BLOCKED_FOR_CUSTOMER', 'error', 'v1.1', 'Transactions are blocked for this customer.', {
    kind: 'failed-precondition',
    note: 'The V1 tables\' 681; on the status-code page 681 means TRANSACTION_INVALID_SPLIT_ITEM.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [682, 'TRANSACTION_COMBO_SPLIT_RETURN_NOT_POSSIBLE', 'error', 'v2', 'Return not possible for combo or split item', {
    kind: 'failed-precondition',
    note: 'The status-code page\'s 682; in the V1 tables 682 means TRANSACTION_CURRENCY_CONVERSION_DISABLED.',
  }],
  [682, 'TRANSACTION_CURRENCY_CONVERSION_DISABLED', 'error', 'v1.1', 'Currency conversion is disabled for the org.', {
    kind: 'failed-precondition',
    note: 'The V1 tables\' 682; on the status-code page 682 means TRANSACTION_COMBO_SPLIT_RETURN_NOT_POSSIBLE.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [683, 'TRANSACTION_NEW_BILL_EVENT_CALL_FAILED', 'error', 'v2', 'Emf new bill event call failed', {
    aliases: ['Failed to call new bill event EMF.'],
    kind: 'internal',
    audience: 'developer',
  }],
  [684, 'TRANSACTION_NEW_BILL_DVS_EVENT_FAILED', 'error', 'v2', 'Emf new bill dvs event failed', {
    aliases: ['Failed EMF new bill DVS event.'],
    kind: 'internal',
    audience: 'developer',
  }],
  [685, 'TRANSACTION_FIELD_TOO_LONG', 'error', 'v2', 'Field length too long', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [686, 'TRANSACTION_ADD_FAILED', 'error', 'v2', 'Transaction cannot be added', {
    aliases: ['Unable to add transaction.'],
    kind: 'internal',
    note: 'The V1 tables give 608 (TRANSACTION_ADD_FAILED_608) the same text; in points 686 means another thing.',
  }],
  [687, 'TRANSACTION_RETURN_LINE_ITEM_NOT_MATCHED_687', 'error', 'v2', 'No line Item found matching for return', {
    kind: 'not-found',
    note: 'The status-code page\'s 687; the V1 tables and the v2 site give this meaning to 688 (TRANSACTION_RETURN_LINE_ITEM_NOT_MATCHED) and 687 two others (TRANSACTION_POINTS_ACTIVITIES_QUEUED, TRANSACTION_ITEM_MERGE_NOT_SUPPORTED): likely a documentation slip.',
  }],
  [687, 'TRANSACTION_POINTS_ACTIVITIES_QUEUED', 'error', 'v1.1', 'Points activities are queued and will be updated later.', {
    sharedWith: ['coupons'],
    kind: 'internal',
    note: 'The points activities are applied later: the request took effect, and sending it again would repeat it. 687 also means TRANSACTION_ITEM_MERGE_NOT_SUPPORTED and, on the status-code page, TRANSACTION_RETURN_LINE_ITEM_NOT_MATCHED_687.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [687, 'TRANSACTION_ITEM_MERGE_NOT_SUPPORTED', 'error', 'v1.1', 'Item code {x} merge is not supported.', {
    kind: 'invalid-argument',
    note: 'The V1 tables list it as a second message of 687, after TRANSACTION_POINTS_ACTIVITIES_QUEUED.',
    docs: 'https://capillary.github.io/v1.1-API-Documentation/',
  }],
  [688, 'TRANSACTION_BILL_NUMBER_NOT_FOUND', 'error', 'v2', '{0} bill number not found', {
    aliases: ['Transaction number not found.'],
    kind: 'not-found',
    note: 'The V1 tables list it as a second message of 688, after TRANSACTION_RETURN_LINE_ITEM_NOT_MATCHED.',
  }],
  [688, 'TRANSACTION_RETURN_LINE_ITEM_NOT_MATCHED', 'error', 'v1.1', 'No matching line-item found for return.', {
    kind: 'not-found',
    note: '688 also means TRANSACTION_BILL_NUMBER_NOT_FOUND; the status-code page lists this meaning as 687 (TRANSACTION_RETURN_LINE_ITEM_NOT_MATCHED_687).',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [689, 'TRANSACTION_POINTS_PROCESSING_FAILED_689', 'error', 'v1.1', 'Points processing failed', {
    kind: 'internal',
    note: 'One of nine codes (689-698 but 695) with this text.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [690, 'TRANSACTION_INVALID_TYPE', 'error', 'v2', 'Invalid transaction type', {
    kind: 'invalid-argument',
    note: 'The status-code page\'s 690; in the V1 tables 690 means TRANSACTION_POINTS_PROCESSING_FAILED_690.',
  }],
  [690, 'TRANSACTION_POINTS_PROCESSING_FAILED_690', 'error', 'v1.1', 'Points processing failed', {
    kind: 'internal',
    note: 'The V1 tables\' 690, one of nine codes (689-698 but 695) with this text; on the status-code page 690 means TRANSACTION_INVALID_TYPE.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [691, 'TRANSACTION_STATUS_FETCH_FAILED', 'error', 'v2', 'Not able to fetch transaction status', {
    kind: 'internal',
    note: 'The status-code page\'s 691; in the V1 tables 691 means TRANSACTION_POINTS_PROCESSING_FAILED_691.',
  }],
  [691, 'TRANSACTION_POINTS_PROCESSING_FAILED_691', 'error', 'v1.1', 'Points processing failed', {
    kind: 'internal',
    note: 'The V1 tables\' 691, one of nine codes (689-698 but 695) with this text; on the status-code page 691 means TRANSACTION_STATUS_FETCH_FAILED.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [692, 'TRANSACTION_POINTS_PROCESSING_FAILED_692', 'error', 'v1.1', 'Points processing failed', {
    kind: 'internal',
    note: 'One of nine codes (689-698 but 695) with this text.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [693, 'TRANSACTION_POINTS_PROCESSING_FAILED_693', 'error', 'v1.1', 'Points processing failed', {
    kind: 'internal',
    note: 'One of nine codes (689-698 but 695) with this text.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [694, 'TRANSACTION_POINTS_PROCESSING_FAILED_694', 'error', 'v1.1', 'Points processing failed', {
    kind: 'internal',
    note: 'One of nine codes (689-698 but 695) with this text.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [695, 'TRANSACTION_INVALID_CONFIGURATION_695', 'error', 'v1.1', 'Invalid configuration. Please report to the Capillary Support.', {
    kind: 'failed-precondition',
    note: '699 has the same text.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [696, 'TRANSACTION_POINTS_PROCESSING_FAILED_696', 'error', 'v1.1', 'Points processing failed', {
    kind: 'internal',
    note: 'One of nine codes (689-698 but 695) with this text.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [697, 'TRANSACTION_POINTS_PROCESSING_FAILED_697', 'error', 'v1.1', 'Points processing failed', {
    kind: 'internal',
    note: 'One of nine codes (689-698 but 695) with this text.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [698, 'TRANSACTION_POINTS_PROCESSING_FAILED_698', 'error', 'v1.1', 'Points processing failed.', {
    kind: 'internal',
    note: 'One of nine codes (689-698 but 695) with this text.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [699, 'TRANSACTION_INVALID_CONFIGURATION_699', 'error', 'v1.1', 'Invalid configuration. Please report to the Capillary Support.', {
    kind: 'failed-precondition',
    note: '695 has the same text.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [710, 'TRANSACTION_RETURN_BILL_EVENT_FAILED', 'error', 'v2', 'Emf Return bill event failed', {
    aliases: ['Return bill event failed from EMF.'],
    kind: 'internal',
    audience: 'developer',
  }],
  [9601, 'TRANSACTION_LINE_ITEM_ADD_FAILED', 'error', 'v2', 'Adding lineitem failed', {
    aliases: ['Failed to add line-item.'],
    kind: 'internal',
  }],
  [9602, 'TRANSACTION_CREDIT_NOTE_ADD_FAILED', 'error', 'v2', 'Adding credit note failed', {
    aliases: ['Failed to add credit notes.'],
    kind: 'internal',
  }],
  [9603, 'TRANSACTION_PAYMENT_DETAILS_ADD_FAILED', 'error', 'v2', 'Adding payment mode details failed', {
    aliases: ['Failed to add payment more details (tender).'],
    kind: 'internal',
  }],
  [9604, 'TRANSACTION_CUSTOM_FIELDS_ADD_FAILED', 'error', 'v2', 'Adding custom fields failed', {
    aliases: ['Failed to add custom fields'],
    kind: 'internal',
  }],
  [9605, 'TRANSACTION_BASE_CURRENCY_NOT_SET', 'error', 'v2', 'Base currency not set for this org', {
    aliases: ['Base currency is not set for the org.'],
    kind: 'failed-precondition',
  }],
  [9606, 'TRANSACTION_CURRENCY_MISSING', 'error', 'v2', 'Transaction currency not passed', {
    aliases: ['Currency not passed for the transaction.'],
    kind: 'invalid-argument',
  }],
  [9607, 'TRANSACTION_PAYMENT_TENDER_NOT_FOUND', 'error', 'v2', '{0} - Payment tender not found', {
    aliases: ['Payment mode (tender) not found.'],
    kind: 'not-found',
  }],
  [9608, 'TRANSACTION_LINE_ITEM_OUTLIER', 'error', 'v2', 'Line item with Item code {0} is marked outlier', {
    aliases: ['Line-item with the item code {x} passed is marked as outlier.'],
    kind: 'failed-precondition',
  }],
  [9609, 'TRANSACTION_INVALID_PAYMENT_ATTRIBUTE_VALUE', 'error', 'v2', '{0} Payment Attribute value is not valid', {
    aliases: ['Invalid payment attribute passed.'],
    kind: 'invalid-argument',
  }],
  [9610, 'TRANSACTION_NEW_BILL_EVENT_FAILED', 'error', 'v2', 'Emf new bill event failed points not awarded', {
    aliases: ['New bill event failed. Points are not awarded.'],
    kind: 'internal',
    audience: 'developer',
  }],
  [9611, 'TRANSACTION_MARKED_OUTLIER', 'error', 'v2', 'Transaction is marked as outlier', { kind: 'failed-precondition', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [9612, 'TRANSACTION_CREDIT_NOTES_SAVE_FAILED', 'error', 'v2', 'Could not save the credit notes', {
    aliases: ['Unable to save credit notes.'],
    kind: 'internal',
  }],
  [9613, 'TRANSACTION_INVALID_PAYMENT_ATTRIBUTE', 'error', 'v2', '{0} Payment Attribute is not valid', {
    aliases: ['Invalid payment attribute.'],
    kind: 'invalid-argument',
  }],
  [9614, 'TRANSACTION_MULTIPLE_LOYALTY_BILLS_TO_RETURN', 'error', 'v2', 'Multiple loyalty bills found to be returned', { kind: 'failed-precondition', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [9615, 'TRANSACTION_RETURN_POLICY_DAYS_NOT_DEFINED', 'error', 'v2', 'Return policy days not defined', {
    aliases: ['Validity (in days) for return policy is not defined.'],
    kind: 'failed-precondition',
  }],
  [9616, 'TRANSACTION_SINGLE_LOYALTY_BILL_REGULAR_RETURN', 'error', 'v2', 'Single loyalty bill found, Allowing regular return', {
    aliases: ['Single loyalty bill found. Allowing regular return.'],
    kind: 'failed-precondition',
    note: 'The return goes ahead as a regular return.',
  }],
  [1101, 'TRANSACTION_INVALID_PROGRAM_ID', 'error', 'v2', 'invalid programId passed', {
    aliases: ['Invalid loyalty program ID passed.', 'Program ID is invalid.'],
    sharedWith: ['customers', 'points', 'loyalty-promotions'],
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'customers uses 1101 for INVALID_CHANNEL_TYPE.',
  }],
  [1102, 'TRANSACTION_INVALID_CURRENCY_RATIO', 'error', 'v2', 'invaid currency ratio', {
    aliases: ['Invalid currency conversion ratio passed.'],
    kind: 'invalid-argument',
    note: '"invaid" as published. customers uses 1102 for INVALID_PRIORITY_TYPE.',
  }],
  [1103, 'TRANSACTION_INVALID_SHIPPING_STORE_CODE', 'error', 'v2', 'invalid shipping store code passed', {
    kind: 'invalid-argument',
    note: 'customers uses 1103 for INVALID_SCOPE.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [1104, 'TRANSACTION_CUSTOMER_DETAILS_MISSING', 'error', 'v2', 'Customer details are missing', {
    kind: 'invalid-argument',
    note: 'customers uses 1104 for INVALID_OR_MISSING_IDENTIFIER.',
  }],
  [1105, 'TRANSACTION_INVALID_RETURNABLE_DAYS', 'error', 'v2', 'Returnable Days should be greater than -1', {
    kind: 'invalid-argument',
    note: 'The v2 site lists 1105 as a warning (TRANSACTION_INVALID_RETURNABLE_DAYS_WARNING). customers uses 1105 for MULTIPLE_SCOPES_NOT_ALLOWED.',
  }],
  [1106, 'TRANSACTION_CUSTOM_FIELDS_ADD_FAILED_1106', 'error', 'v2', 'Failed to add custom fields', {
    kind: 'internal',
    note: 'The V1 tables give 9604 (TRANSACTION_CUSTOM_FIELDS_ADD_FAILED) the same text. customers uses 1106 for INVALID_SUBSCRIPTION_STATUS.',
  }],
  [1107, 'TRANSACTION_INVALID_ROLES_USERS_FILTER', 'error', 'v2', 'Invalid combination of roles & user ids selected in filter', {
    kind: 'invalid-argument',
    note: 'customers uses 1107 for INVALID_CAMPAIGN_ID.',
  }],
  [1108, 'TRANSACTION_INVALID_USER_ID', 'error', 'v2', 'Invalid user id passed', {
    kind: 'invalid-argument',
    note: 'customers uses 1108 for INVALID_OUTBOX_ID.',
  }],
  [1109, 'TRANSACTION_FETCH_LIMIT_ABOVE_1000', 'error', 'v2', 'Maximum 1000 transactions can be fetched', {
    kind: 'invalid-argument',
    note: 'customers uses 1109 for SUBSCRIPTION_REQUEST_FAILED.',
  }],
  [1110, 'TRANSACTION_INVALID_EMBED_PARAMS', 'error', 'v2', 'Invalid embed params', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'customers uses 1110 for SUBSCRIPTION_UPDATE_FAILED.',
  }],
  [1111, 'TRANSACTION_INVALID_LIMIT', 'error', 'v2', 'Invalid transaction limit', { kind: 'invalid-argument' }],
  [1112, 'TRANSACTION_INVALID_OFFSET', 'error', 'v2', 'Invalid offset', { kind: 'invalid-argument' }],
  [1113, 'TRANSACTION_CUSTOMER_TRANSACTIONS_FETCH_FAILED', 'error', 'v2', 'Error fetching customer transaction details', { kind: 'internal' }],
  [1114, 'TRANSACTION_INVALID_DATE', 'error', 'v2', 'Invalid date', { kind: 'invalid-argument' }],
  [1115, 'TRANSACTION_START_AFTER_END_DATE', 'error', 'v2', 'Start should not be after end date', { kind: 'invalid-argument' }],
  [1116, 'TRANSACTION_SIMULATE_EVENT_CALL_FAILED', 'error', 'v2', 'Emf simulate transaction add event call failed', { kind: 'internal', audience: 'developer' }],
  [1117, 'TRANSACTION_INVALID_EVENT_LOGS_PARAM', 'error', 'v2', 'Invalid event logs param', { kind: 'invalid-argument', audience: 'developer' }],
  [1118, 'TRANSACTION_UPDATE_FAILED', 'error', 'v2', 'Transaction could not be updated', { kind: 'internal' }],
  [1119, 'TRANSACTION_INVALID_LINE_ITEM_ID', 'error', 'v2', 'Invalid line item id passed', { kind: 'invalid-argument' }],
  [1120, 'TRANSACTION_INVALID_LINE_ITEM_CODE', 'error', 'v2', 'Invalid line item code passed', { kind: 'invalid-argument' }],
  [1121, 'TRANSACTION_OUTLIER_RETURN_NOT_ALLOWED', 'error', 'v2', 'Outlier Bill Cannot be returned', { kind: 'failed-precondition' }],
  [1623, 'TRANSACTION_INVALID_TYPE_1623', 'error', 'v1.1', 'Transaction type is invalid.', {
    kind: 'invalid-argument',
    note: '690 on the status-code page says the same.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [1624, 'TRANSACTION_FETCH_PARAMETERS_INSUFFICIENT', 'error', 'v1.1', 'Insufficient parameters passed to fetch transaction.', { kind: 'invalid-argument', audience: 'developer', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [1625, 'TRANSACTION_TARGET_TYPE_MISSING', 'error', 'v1.1', 'Target type is not specified.', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [1626, 'TRANSACTION_TYPE_CHANGE_NOT_ALLOWED', 'error', 'v1.1', 'The requested transaction type cannot be changed.', { kind: 'failed-precondition', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [1627, 'TRANSACTION_ALREADY_RETRO', 'error', 'v1.1', 'The transaction is already marked as retro.', {
    aliases: ['Transaction already marked retro'],
    sharedWith: ['requests'],
    kind: 'failed-precondition',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [1628, 'TRANSACTION_INVALID_ID_1628', 'error', 'v1.1', 'Transaction id is invalid', {
    kind: 'invalid-argument',
    note: 'Same text as 620 (TRANSACTION_INVALID_ID) in the V1 tables.',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [1629, 'TRANSACTION_CLIENT_SIGNATURE_REQUIRED', 'error', 'v1.1', 'Client signature is required to perform this action', {
    aliases: ['Client signature is mandatory for this action'],
    sharedWith: ['requests'],
    kind: 'invalid-argument',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [1631, 'TRANSACTION_RETRO_NOT_ENABLED', 'error', 'v1.1', 'Retro transaction is not enabled for your organization', { kind: 'failed-precondition', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [1632, 'TRANSACTION_RETRO_REGISTRATION_TOO_OLD', 'error', 'v1.1', 'Registration date is too older than the transaction date. See the retro configuration set for your organization', {
    kind: 'failed-precondition',
    docs: 'https://docs.capillarytech.com/reference/transaction',
  }],
  [1633, 'TRANSACTION_RETRO_MAPPING_WINDOW_EXCEEDED', 'error', 'v1.1', 'The duration between registration and transaction mapping exceeds the limit set', { kind: 'failed-precondition', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [1634, 'TRANSACTION_INVALID_RETURN_TYPE_1634', 'error', 'v1.1', 'Return type is invalid', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [1635, 'TRANSACTION_RETURN_LINE_ITEMS_REQUIRED', 'error', 'v1.1', 'Please pass line-items that need to be returned', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [1636, 'TRANSACTION_INVALID_STATUS', 'error', 'v1.1', 'Transaction status is invalid', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/transaction' }],
  [3045, 'TRANSACTION_NOT_ALLOWED_FOR_CUSTOMER_STATUS', 'error', 'v2', '{0} is not allowed for the customer with id {2} as the status is {1}', {
    aliases: ['Transaction is not allowed for the customer with ID {x} as the customer is marked as fraud.'],
    kind: 'failed-precondition',
    note: 'The points tables print 3045 for points redemption (POINTS_REDEMPTION_BLOCKED_FOR_FRAUD); in cards 3045 means "Card external id exists."',
  }],

  // Warnings, in `warnings[]`: the v2 site and the status-code page list these codes as errors
  // too.
  [625, 'TRANSACTION_RETURN_PARENT_NOT_FOUND_WARNING', 'warning', 'v2', 'Transaction number does not exist.', {
    kind: 'not-found',
    note: 'The v2 site: "If the config CONF_ALLOW_NOT_EXISTING_BILL_RETURNis enabled, the transaction is saved with a warning." Otherwise the error TRANSACTION_RETURN_PARENT_NOT_FOUND.',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [669, 'TRANSACTION_INVALID_CUSTOM_FIELD_WARNING', 'warning', 'v2', 'Invalid custom field.', {
    kind: 'invalid-argument',
    note: 'As an error, 669 is "Unable to update custom field" (TRANSACTION_CUSTOM_FIELD_UPDATE_FAILED).',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [683, 'TRANSACTION_NEW_BILL_EVENT_CALL_FAILED_WARNING', 'warning', 'v2', 'Failed to call new bill event EMF.', {
    kind: 'internal',
    audience: 'developer',
    note: 'Also an error (TRANSACTION_NEW_BILL_EVENT_CALL_FAILED).',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [684, 'TRANSACTION_NEW_BILL_DVS_EVENT_FAILED_WARNING', 'warning', 'v2', 'Failed EMF new bill DVS event.', {
    kind: 'internal',
    audience: 'developer',
    note: 'Also an error (TRANSACTION_NEW_BILL_DVS_EVENT_FAILED).',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [687, 'TRANSACTION_POINTS_ACTIVITIES_QUEUED_WARNING', 'warning', 'v2', 'Points activities are queued and will be updated later.', {
    kind: 'internal',
    note: 'Also an error with the same text (TRANSACTION_POINTS_ACTIVITIES_QUEUED). The request took effect; its points are applied later.',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [688, 'TRANSACTION_RETURN_LINE_ITEM_NOT_MATCHED_WARNING', 'warning', 'v2', 'No line item found matching for return.', {
    kind: 'not-found',
    note: 'Also an error (TRANSACTION_RETURN_LINE_ITEM_NOT_MATCHED).',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [710, 'TRANSACTION_RETURN_BILL_EVENT_FAILED_WARNING', 'warning', 'v2', 'Return bill event failed from EMF.', {
    kind: 'internal',
    audience: 'developer',
    note: 'Also an error (TRANSACTION_RETURN_BILL_EVENT_FAILED).',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [1105, 'TRANSACTION_INVALID_RETURNABLE_DAYS_WARNING', 'warning', 'v2', 'Returnable days should be greater than -1.', {
    kind: 'invalid-argument',
    note: 'Also an error (TRANSACTION_INVALID_RETURNABLE_DAYS).',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [9601, 'TRANSACTION_LINE_ITEM_ADD_FAILED_WARNING', 'warning', 'v2', 'Unable to add line item.', {
    kind: 'internal',
    note: 'Also an error (TRANSACTION_LINE_ITEM_ADD_FAILED).',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [9602, 'TRANSACTION_CREDIT_NOTE_ADD_FAILED_WARNING', 'warning', 'v2', 'Unable to add credit note.', {
    kind: 'internal',
    note: 'Also an error (TRANSACTION_CREDIT_NOTE_ADD_FAILED).',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [9603, 'TRANSACTION_PAYMENT_DETAILS_ADD_FAILED_WARNING', 'warning', 'v2', 'Unable to add payment mode details.', {
    kind: 'internal',
    note: 'Also an error (TRANSACTION_PAYMENT_DETAILS_ADD_FAILED).',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [9604, 'TRANSACTION_CUSTOM_FIELDS_ADD_FAILED_WARNING', 'warning', 'v2', 'Unable to add custom fields.', {
    kind: 'internal',
    note: 'Also an error (TRANSACTION_CUSTOM_FIELDS_ADD_FAILED).',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [9605, 'TRANSACTION_BASE_CURRENCY_NOT_SET_WARNING', 'warning', 'v2', 'Base currency not set for this org', {
    aliases: ['Base currency is not set for the org.'],
    kind: 'failed-precondition',
    note: 'Also an error with the same text (TRANSACTION_BASE_CURRENCY_NOT_SET).',
  }],
  [9606, 'TRANSACTION_CURRENCY_MISSING_WARNING', 'warning', 'v2', 'Transaction currency not passed', {
    aliases: ['Transaction currency is not passed.'],
    kind: 'invalid-argument',
    note: 'Also an error with the same text (TRANSACTION_CURRENCY_MISSING).',
  }],
  [9607, 'TRANSACTION_PAYMENT_TENDER_NOT_FOUND_WARNING', 'warning', 'v2', '{0} - Payment tender not found', {
    aliases: ['Payment mode (tender) is not found.'],
    kind: 'not-found',
    note: 'Also an error with the same text (TRANSACTION_PAYMENT_TENDER_NOT_FOUND).',
  }],
  [9608, 'TRANSACTION_LINE_ITEM_OUTLIER_WARNING', 'warning', 'v2', 'Line item with Item code {0} is marked outlier', {
    aliases: ['Line item with item code {x} is marked as outlier.'],
    kind: 'failed-precondition',
    note: 'Also an error with the same text (TRANSACTION_LINE_ITEM_OUTLIER).',
  }],
  [9609, 'TRANSACTION_INVALID_PAYMENT_ATTRIBUTE_VALUE_WARNING', 'warning', 'v2', '{0} Payment Attribute value is not valid', {
    aliases: ['Invalid payment attribute value.'],
    kind: 'invalid-argument',
    note: 'Also an error with the same text (TRANSACTION_INVALID_PAYMENT_ATTRIBUTE_VALUE).',
  }],
  [9610, 'TRANSACTION_NEW_BILL_EVENT_FAILED_WARNING', 'warning', 'v2', 'Emf new bill event failed points not awarded', {
    aliases: ['New bill event is failed. Points are not awarded.'],
    kind: 'internal',
    audience: 'developer',
    note: 'Also an error with the same text (TRANSACTION_NEW_BILL_EVENT_FAILED).',
  }],
  [9611, 'TRANSACTION_MARKED_OUTLIER_WARNING', 'warning', 'v2', 'Transaction is marked as outlier', {
    kind: 'failed-precondition',
    note: 'Also an error with the same text (TRANSACTION_MARKED_OUTLIER).',
  }],
  [9612, 'TRANSACTION_CREDIT_NOTES_SAVE_FAILED_WARNING', 'warning', 'v2', 'Could not save the credit notes', {
    aliases: ['Unable to save the credit notes'],
    kind: 'internal',
    note: 'Also an error with the same text (TRANSACTION_CREDIT_NOTES_SAVE_FAILED).',
  }],
  [9613, 'TRANSACTION_INVALID_PAYMENT_ATTRIBUTE_WARNING', 'warning', 'v2', '{0} Payment Attribute is not valid', {
    aliases: ['Invalid payment attribute.'],
    kind: 'invalid-argument',
    note: 'Also an error with the same text (TRANSACTION_INVALID_PAYMENT_ATTRIBUTE).',
  }],
  [9614, 'TRANSACTION_MULTIPLE_LOYALTY_BILLS_TO_RETURN_WARNING', 'warning', 'v2', 'Multiple loyalty bills found to be returned', {
    aliases: ['Multiple loyalty transactions found to be returned.'],
    kind: 'failed-precondition',
    note: 'Also an error with the same text (TRANSACTION_MULTIPLE_LOYALTY_BILLS_TO_RETURN).',
  }],
  [9615, 'TRANSACTION_RETURN_POLICY_DAYS_NOT_DEFINED_WARNING', 'warning', 'v2', 'Return policy days not defined', {
    aliases: ['Return policy days are not defined.'],
    kind: 'failed-precondition',
    note: 'Also an error with the same text (TRANSACTION_RETURN_POLICY_DAYS_NOT_DEFINED).',
  }],
  [9616, 'TRANSACTION_SINGLE_LOYALTY_BILL_REGULAR_RETURN_WARNING', 'warning', 'v2', 'Single loyalty bill found, Allowing regular return', {
    aliases: ['Single loyalty transaction found. Allowing regular return.'],
    kind: 'failed-precondition',
    note: 'Also an error with the same text (TRANSACTION_SINGLE_LOYALTY_BILL_REGULAR_RETURN). The return goes ahead as a regular return.',
  }],

  // Codes only the published samples show (test/fixtures/payloads/): no table lists them; each
  // is the sample's wording (docs/DATA.md "Codes only the samples show"), `docs` the sample's page.
  [91016, 'TRANSACTION_INVALID_EXTENDED_FIELD_NAME', 'warning', 'v2', 'Extended field name {name} is invalid.', { kind: 'invalid-argument', note: 'The published samples show sample values: Extended field name gender is invalid..', origin: 'sample', docs: 'https://capillary.github.io/api-documentation/#add-return-transaction-bulk' }],
] as const satisfies readonly Row[];
