/**
 * Status codes of the requests resource (identifier change, merge, goodwill and retro
 * requests: /v1.1/request and the v2 request APIs), from two publications on
 * docs.capillarytech.com: `/reference/request` (the V1 page, `v1.1`: success and errors) and
 * `/reference/error-codes` in the Requests section (`v2`: errors only). The order is the V1
 * table's; the two codes only the v2 page has (9014, 9016) stand where they fall.
 * The eight codes both pages list (9001, 9006, 9008, 9009, 9021, 9050, 9051, 9052) have the
 * same text in both and are one entry each, `v1.1` after the fuller V1 table: v2 calls send
 * them too. The PII deletion page (`/reference/pii-deletion-error-codes`) prints the v2 page's
 * codes with the server's error name in brackets: those entries are shared with
 * `pii-deletion`, the bracketed name in their note.
 * The V1 table is two lists glued together: after 9052 a retro-transaction block (9057 ...
 * 9060) reuses 9051 and 9052 with other meanings and repeats 9051's text as 9056. One entry
 * per meaning, each with a note.
 * Not here: 201 and, on the v2 page, 400 and 1060 are the request-level `api` entries; 1002
 * and 1012 are customers' entries, 1627 and 1629 transactions'.
 * The per-API pages of PUT and GET /v2/requests (Update Request, Retrieve Request Status using
 * ID) list 9050 as here and give 9021 another meaning: a request from a child org of connected
 * orgs is blocked (REQUEST_BLOCKED_FOR_ORG, `v2`). The customers section's request pages (Get
 * Goodwill Requests ...) word 9050 for goodwill requests: an alias.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const requests = [
  // Success: the six messages of 9000, tied to the operation that sends each.
  [9000, 'REQUEST_IDENTIFIER_CHANGE_ADDED', 'success', 'v1.1', 'Change Identifier request added successfully.', { operations: ['identifierChange.add'] }],
  [9000, 'REQUEST_RETRIEVED', 'success', 'v1.1', 'Request retrieved successfully.', { operations: ['get'] }],
  [9000, 'REQUEST_GOODWILL_ADDED', 'success', 'v1.1', 'Goodwill request added successfully.', {
    operations: ['goodwill.add'],
    note: 'The v1.1 site\'s sample response of a goodwill request sends this text with code 9100.',
  }],
  [9000, 'REQUEST_RETRO_ADDED', 'success', 'v1.1', 'Retro request added successfully.', { operations: ['retro.add'] }],
  [9000, 'REQUEST_UPDATED', 'success', 'v1.1', 'Request updated successfully.', { operations: ['update'] }],
  [9000, 'REQUEST_RETRO_APPROVED', 'success', 'v1.1', 'Retro request approved successfully.', { operations: ['retro.approve'] }],

  // Errors.
  [1001, 'REQUEST_CUSTOMER_NOT_REGISTERED_INVALID_MOBILE', 'error', 'v1.1', 'Customer not registered. Mobile number provided is invalid.', {
    kind: 'invalid-argument',
    note: 'Related to, not the same as, customers\' 1001 "Unable to register. Invalid mobile number." (REGISTER_INVALID_MOBILE).',
  }],
  [9001, 'REQUEST_RETRIEVE_FAILED', 'error', 'v1.1', 'Request retrieve unsuccessful', {
    sharedWith: ['pii-deletion'],
    kind: 'internal',
    note: '9001 also means "Requested new email ID is invalid" (REQUEST_NEW_EMAIL_INVALID): the V1 table prints both in one cell. Server error name (PII deletion page): [ERR_REQUEST_RETRIEVE]',
  }],
  [9001, 'REQUEST_NEW_EMAIL_INVALID', 'error', 'v1.1', 'Requested new email ID is invalid', {
    kind: 'invalid-argument',
    note: '9001 also means "Request retrieve unsuccessful" (REQUEST_RETRIEVE_FAILED): the V1 table prints both in one cell.',
  }],
  [9002, 'REQUEST_NEW_EMAIL_EXISTS', 'error', 'v1.1', 'Requested new email already exists', { kind: 'already-exists' }],
  [9003, 'REQUEST_NEW_EXTERNAL_ID_EXISTS', 'error', 'v1.1', 'Requested new External ID already exists', { kind: 'already-exists' }],
  [9005, 'REQUEST_NEW_MOBILE_EXISTS', 'error', 'v1.1', 'Requested new mobile already exists', { kind: 'already-exists' }],
  [9006, 'REQUEST_INVALID_TYPE', 'error', 'v1.1', 'Request Type is invalid', {
    sharedWith: ['points', 'pii-deletion'],
    kind: 'invalid-argument',
    note: 'Server error name (PII deletion page): [REQUEST_TYPE_NOT_SUPPORTED]',
  }],
  [9055, 'REQUEST_ALREADY_QUEUED', 'error', 'v1.1', 'Request has been queued earlier', { kind: 'already-exists' }],
  [9007, 'REQUEST_TARGET_CUSTOMER_INVALID', 'error', 'v1.1', 'Target customer is not Existing or Invalid', { kind: 'not-found' }],
  [9008, 'REQUEST_INVALID_BASE_TYPE', 'error', 'v1.1', 'Request Base Type is invalid', {
    sharedWith: ['points', 'pii-deletion'],
    kind: 'invalid-argument',
    note: 'Server error name (PII deletion page): [CIR_INVALID_CHANGE_TYPE]',
  }],
  [9009, 'REQUEST_ADD_FAILED', 'error', 'v1.1', 'Request add failed due to internal error. Please try again later', {
    sharedWith: ['pii-deletion'],
    kind: 'internal',
    retryable: true,
    note: 'Server error name (PII deletion page): [REQUEST_ID_CREATION_FAILED]',
  }],
  [9011, 'REQUEST_USER_NOT_REGISTERED', 'error', 'v1.1', 'User is not registered', { kind: 'not-found' }],
  [9012, 'REQUEST_INVALID_OLD_VALUE', 'error', 'v1.1', 'Old value is invalid', { kind: 'invalid-argument' }],
  [9013, 'REQUEST_NOT_FOUND_9013', 'error', 'v1.1', 'Request not found', {
    kind: 'not-found',
    note: 'Same text as 9050 (REQUEST_NOT_FOUND).',
  }],
  [9014, 'REQUEST_UPDATE_INSUFFICIENT', 'error', 'v2', 'Insufficient request for updating the request', {
    sharedWith: ['pii-deletion'],
    kind: 'invalid-argument',
    note: 'Server error name (PII deletion page): [INSUFFICIENT_REQUEST]',
    docs: 'https://docs.capillarytech.com/reference/error-codes',
  }],
  [9016, 'REQUEST_INVALID_DATE_FORMAT', 'error', 'v2', 'Date format should be yyyy-MM-dd', {
    sharedWith: ['pii-deletion'],
    kind: 'invalid-argument',
    note: 'Server error name (PII deletion page): [INCORRECT_DATE_FORMAT]',
    docs: 'https://docs.capillarytech.com/reference/error-codes',
  }],
  [9018, 'REQUEST_MERGE_PENDING_FOR_VICTIM', 'error', 'v1.1', 'Request for Merge already exists for the victim in pending or processing state', { kind: 'already-exists' }],
  [9019, 'REQUEST_NO_CUSTOMER_IDENTIFIERS', 'error', 'v1.1', 'No customer identifiers passed', { kind: 'invalid-argument' }],
  [9021, 'REQUEST_DATE_IN_FUTURE', 'error', 'v1.1', 'Requested On date is in future', {
    sharedWith: ['pii-deletion'],
    kind: 'invalid-argument',
    note: 'Server error name (PII deletion page): [REQUEST_DATE_MORE_THAN_BOUNDARY]. The Update Request page gives 9021 another meaning (REQUEST_BLOCKED_FOR_ORG).',
  }],
  [9021, 'REQUEST_BLOCKED_FOR_ORG', 'error', 'v2', 'Request Add/Update is blocked for the org', {
    kind: 'permission-denied',
    note: 'Request originates from the child organization. In connected orgs only the parent org may change a request. The resource tables\' 9021 is REQUEST_DATE_IN_FUTURE.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/update-transaction-customer-merge-request',
  }],
  [9022, 'REQUEST_CUSTOMER_NOT_IN_LOYALTY', 'error', 'v1.1', 'Customer is not registered for Loyalty Program', { kind: 'failed-precondition' }],
  [9023, 'REQUEST_SURVIVOR_ALREADY_MERGED', 'error', 'v1.1', 'Survivor is already merged to another user as victim', { kind: 'failed-precondition' }],
  [9024, 'REQUEST_INVALID_NEW_VALUE', 'error', 'v1.1', 'New value is invalid', { kind: 'invalid-argument' }],
  [9026, 'REQUEST_MERGE_PENDING_FOR_SURVIVOR', 'error', 'v1.1', 'Request for Merge already exists for the survivor in pending or processing state', { kind: 'already-exists' }],
  [9027, 'REQUEST_VICTIM_ALREADY_MERGED', 'error', 'v1.1', 'Victim is already merged to another user', { kind: 'failed-precondition' }],
  [9028, 'REQUEST_EXISTS_FOR_NEW_VALUE', 'error', 'v1.1', 'Request already exists for same new value', {
    aliases: ['Unable to update identity. A change request for the same identifier and new value is already pending.'],
    sharedWith: ['customers'],
    kind: 'already-exists',
  }],
  [9029, 'REQUEST_SURVIVOR_IS_VICTIM', 'error', 'v1.1', 'Survivor and victim are same', { kind: 'invalid-argument' }],
  [9031, 'REQUEST_OLD_VALUE_SAME_AS_NEW', 'error', 'v1.1', 'Old value is same as new value', { kind: 'invalid-argument' }],
  [9035, 'REQUEST_REALLOCATION_PENDING', 'error', 'v1.1', 'Identifier reallocation request already exists in pending state for the customer', { kind: 'already-exists' }],
  [9040, 'REQUEST_CHANGE_TYPE_NOT_SUPPORTED', 'error', 'v1.1', 'Request change type not supported', { kind: 'invalid-argument' }],
  [9041, 'REQUEST_INVALID_IDENTIFIER_COUNT', 'error', 'v1.1', 'Invalid identifiers count', { kind: 'invalid-argument' }],
  [9042, 'REQUEST_CUSTOMER_NOT_FOUND', 'error', 'v1.1', 'Customer not found for given identifiers', { kind: 'not-found' }],
  [9043, 'REQUEST_NO_IDENTIFIERS_FOUND', 'error', 'v1.1', 'No request identifiers found', { kind: 'not-found' }],
  [9046, 'REQUEST_NEW_MOBILE_INVALID', 'error', 'v1.1', 'Requested new mobile is invalid', { kind: 'invalid-argument' }],
  [9047, 'REQUEST_NEW_EXTERNAL_ID_INVALID', 'error', 'v1.1', 'Requested new external_id is invalid', { kind: 'invalid-argument', audience: 'developer' }],
  [9049, 'REQUEST_INVALID_IDENTIFIERS', 'error', 'v1.1', 'Invalid identifiers', { kind: 'invalid-argument' }],
  [9050, 'REQUEST_NOT_FOUND', 'error', 'v1.1', 'Request not found', {
    aliases: ['Goodwill request not found'],
    sharedWith: ['pii-deletion'],
    kind: 'not-found',
    note: 'Same text as 9013 (REQUEST_NOT_FOUND_9013). Server error name (PII deletion page): [REQUEST_NOT_FOUND]',
  }],
  [9051, 'REQUEST_SAME_USER_CANNOT_APPROVE', 'error', 'v1.1', 'Same user cannot request and approve', {
    sharedWith: ['pii-deletion'],
    kind: 'permission-denied',
    note: '9051 also means "Invalid transaction ID" (REQUEST_RETRO_INVALID_TRANSACTION_ID); 9056 has the same text (REQUEST_RETRO_SAME_USER_CANNOT_APPROVE). Server error name (PII deletion page): [REQUESTER_CANNOT_APPROVE]',
  }],
  [9052, 'REQUEST_INVALID_STATUS', 'error', 'v1.1', 'Invalid request status', {
    sharedWith: ['pii-deletion'],
    kind: 'invalid-argument',
    note: '9052 also means "Transaction is too old to mark as retro" (REQUEST_RETRO_TRANSACTION_TOO_OLD). Server error name (PII deletion page): [INVALID_STATUS]',
  }],
  // The V1 table's retro-transaction block.
  [9057, 'REQUEST_RETRO_INVALID_OLD_TYPE', 'error', 'v1.1', 'Invalid transaction old_type specified', { kind: 'invalid-argument', audience: 'developer' }],
  [9058, 'REQUEST_RETRO_INVALID_NEW_TYPE', 'error', 'v1.1', 'Invalid transaction new_type specified', { kind: 'invalid-argument', audience: 'developer' }],
  [9051, 'REQUEST_RETRO_INVALID_TRANSACTION_ID', 'error', 'v1.1', 'Invalid transaction ID', {
    kind: 'invalid-argument',
    note: '9051 also means "Same user cannot request and approve" (REQUEST_SAME_USER_CANNOT_APPROVE): the V1 table lists 9051 twice.',
  }],
  [9053, 'REQUEST_RETRO_REGISTRATION_TOO_OLD', 'error', 'v1.1', 'Registration is too much older than transaction time', { kind: 'failed-precondition' }],
  [9052, 'REQUEST_RETRO_TRANSACTION_TOO_OLD', 'error', 'v1.1', 'Transaction is too old to mark as retro', {
    kind: 'failed-precondition',
    note: '9052 also means "Invalid request status" (REQUEST_INVALID_STATUS): the V1 table lists 9052 twice.',
  }],
  [9056, 'REQUEST_RETRO_SAME_USER_CANNOT_APPROVE', 'error', 'v1.1', 'Same user cannot request and approve', {
    kind: 'permission-denied',
    note: 'Same text as 9051 (REQUEST_SAME_USER_CANNOT_APPROVE), listed in the retro-transaction block.',
  }],
  [9059, 'REQUEST_RETRO_AMOUNT_ABOVE_AUTO_APPROVAL_LIMIT', 'error', 'v1.1', 'Transaction amount beyond auto-approval limit', { kind: 'failed-precondition' }],
  [9060, 'REQUEST_RETRO_NOT_PERMITTED', 'error', 'v1.1', 'Retro transactions are not permitted as per org-configs', { kind: 'failed-precondition' }],

  // Codes only the published samples show (test/fixtures/payloads/): no table lists them; each
  // is the sample's wording (docs/DATA.md "Codes only the samples show"), `docs` the sample's page.
  [9100, 'REQUEST_GOODWILL_ADD_SUCCEEDED', 'success', 'v1.1', 'Goodwill request added successfully', { origin: 'sample', docs: 'https://capillary.github.io/v1.1-API-Documentation/#add-request-goodwill-points-coupons' }],
] as const satisfies readonly Row[];
