/**
 * Status codes of the points ledger, from its single publication, docs.capillarytech.com
 * `/reference/points-ledger` (a page of the docs' points V2 section, so `v2`). Its "Status
 * Codes" table does not say which rows are errors: all are errors by their meaning but 11002,
 * which says the ledger sent may be incomplete (a warning). The "EMF Errors" table (9003-9005)
 * is errors, 9004 too though its text says "Warning".
 *
 * The table wraps long cells over several lines: 11014, 11019 and 9005 are broken mid-sentence
 * (test/tables/exceptions/points-ledger.ts leaves the fragments out). The messages here are
 * the whole sentences: 11019 and 9005 as the per-API page Get Points Ledger Explode Info in
 * Connected Orgs prints them; 11014's cell holds two messages, two entries, of which that page
 * prints only the first, with a sample event name. The second, "Requested cannot be processed.
 * Max 10 events are allowed in params.", is printed whole nowhere: it is the table's two
 * pieces joined.
 *
 * The per-API pages Get Points Ledger, Get Points Ledger Information in Connected Orgs and Get
 * Points Ledger Explode Info in Connected Orgs (docs.capillarytech.com, the ledger and
 * connected-org APIs of the points section: `v2`, as the resource table) add codes and
 * meanings: their rows follow the resource table's. Their 8003, 8013 and 8015 are customers'
 * codes, 1632 user-groups'. Several of their texts carry sample values where the server puts
 * the request's: the messages write them as placeholders, the published texts are aliases,
 * the notes say so.
 * docs/DATA.md says how rows are made. Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const pointsLedger = [
  // Errors and the warning 11002, in the table's order.
  [11001, 'POINTS_LEDGER_UNSUPPORTED_PARAMETER_COMBINATION', 'error', 'v2', 'This combination of request parameters is not supported. Try removing parameters.', { kind: 'invalid-argument', audience: 'developer' }],
  [11002, 'POINTS_LEDGER_PENDING_EVENTS', 'warning', 'v2', 'This customer has pending events, hence the ledger may be incomplete. Please retry after some time to get a complete ledger', {
    kind: 'unavailable',
    retryable: true,
    note: 'The table gives no category; a warning because the ledger is still sent, possibly incomplete.',
  }],
  [11003, 'POINTS_LEDGER_NO_ENTRIES', 'error', 'v2', 'There are no ledger entries present for the given parameters. Try removing parameters to widen the search', { kind: 'not-found', audience: 'developer' }],
  [11004, 'POINTS_LEDGER_INVALID_TILL_ID', 'error', 'v2', 'Invalid tillId passed in request', { kind: 'invalid-argument', audience: 'developer' }],
  [11005, 'POINTS_LEDGER_INVALID_PROGRAM_ID', 'error', 'v2', 'Invalid programId passed in request', { kind: 'invalid-argument', audience: 'developer' }],
  [11006, 'POINTS_LEDGER_LIMIT_ABOVE_10', 'error', 'v2', 'Limit cannot be greater than 10', { kind: 'invalid-argument' }],
  [11007, 'POINTS_LEDGER_INVALID_ENTRY_TYPE', 'error', 'v2', 'Invalid ledgerEntryType passed in request', { kind: 'invalid-argument', audience: 'developer' }],
  [11008, 'POINTS_LEDGER_INVALID_POINT_CATEGORY_TYPE', 'error', 'v2', 'Invalid pointCategoryType passed in request', { kind: 'invalid-argument', audience: 'developer' }],
  [11009, 'POINTS_LEDGER_START_DATE_AFTER_END_DATE', 'error', 'v2', 'Startdate is after endDate', { kind: 'invalid-argument', audience: 'developer' }],
  [11010, 'POINTS_LEDGER_DATE_RANGE_ABOVE_60_DAYS', 'error', 'v2', 'Time interval between startDate and endDate is greater than 60 days', { kind: 'invalid-argument', audience: 'developer' }],
  [11011, 'POINTS_LEDGER_INVALID_DATE_FORMAT', 'error', 'v2', 'The date format used is not supported. Enter the date in (yyyy-MM-ddTHH:mm:ss) format', { kind: 'invalid-argument', audience: 'developer' }],
  [11012, 'POINTS_LEDGER_INVALID_USER_ID', 'error', 'v2', 'Invalid userId passed in request', { kind: 'invalid-argument', audience: 'developer' }],
  [11013, 'POINTS_LEDGER_IDENTIFIER_REQUIRED', 'error', 'v2', 'identifierName, identifierValue, source can not be empty', {
    aliases: ['Mandatory parameters identifierName, identifierValue, or source missing.'],
    sharedWith: ['loyalty-promotions'],
    kind: 'invalid-argument',
    audience: 'developer',
  }],
  [11014, 'POINTS_LEDGER_EVENT_NAME_NOT_FOUND', 'error', 'v2', 'Event name not found :{0}', {
    aliases: ['Event name not found :DelayedAccrual'],
    kind: 'not-found',
    note: '11014 also means "Requested cannot be processed. Max 10 events are allowed in params." (POINTS_LEDGER_TOO_MANY_EVENTS): the table prints both in one cell. Get Points Ledger Explode Info in Connected Orgs prints a sample, with the event name DelayedAccrual.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/connectedorgs-get-customer-ledger-explode-info',
  }],
  [11014, 'POINTS_LEDGER_TOO_MANY_EVENTS', 'error', 'v2', 'Requested cannot be processed. Max 10 events are allowed in params.', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: '11014 also means "Event name not found :{0}" (POINTS_LEDGER_EVENT_NAME_NOT_FOUND): the table prints both in one cell.',
  }],
  [11015, 'POINTS_LEDGER_EVENT_DETAIL_SET_FAILED', 'error', 'v2', 'Error setting event detail', { kind: 'internal' }],
  [11016, 'POINTS_LEDGER_EVENT_DETAIL_NOT_FOUND', 'error', 'v2', 'Event detail not found for event log id {0}', {
    kind: 'not-found',
    note: 'Get Points Ledger Explode Info in Connected Orgs prints the same text, without the id, as 11024 (POINTS_LEDGER_EVENT_DETAIL_NOT_FOUND_11024).',
  }],
  [11017, 'POINTS_LEDGER_INVALID_EVENT_ID_FORMAT', 'error', 'v2', 'Event id format exception:{0}', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Get Points Ledger Explode Info in Connected Orgs prints a sample, cut short: Event id format exception:For input string: "dfsdsdsds',
  }],
  [11018, 'POINTS_LEDGER_NO_USERS_FOR_ROLES', 'error', 'v2', 'No users found for provided roles', { kind: 'not-found' }],
  [11019, 'POINTS_LEDGER_SOURCE_VALUE_CAPTURE_DISABLED', 'error', 'v2', 'Source value capturing status is disabled. Please enable it from org settings page', { kind: 'failed-precondition' }],

  // EMF errors.
  [9003, 'POINTS_LEDGER_DATA_FETCH_FAILED', 'error', 'v2', 'Error fetching points ledger data : {0}', {
    aliases: ['Error fetching points ledger data : getExplodeLedgerInfo failed and fallback failed'],
    kind: 'internal',
    audience: 'developer',
    note: 'Get Points Ledger gives 9003 another meaning (POINTS_LEDGER_NO_CPS_ENTRY).',
  }],
  [9004, 'POINTS_LEDGER_INFO_FETCH_FAILED', 'error', 'v2', 'Warning while fetching ledger info : {0}', {
    kind: 'internal',
    note: 'Listed under "EMF Errors" though its text says "Warning".',
  }],
  [9005, 'POINTS_LEDGER_INVALID_ALTERNATE_CURRENCY_NAMES', 'error', 'v2', 'Invalid alternateCurrencyNames field value', { kind: 'invalid-argument', audience: 'developer' }],

  // Errors the per-API pages add: Get Points Ledger, then the two connected-org pages (Get
  // Points Ledger Information / Explode Info in Connected Orgs). Several texts carry sample
  // values where the server puts the request's: placeholders, the published text an alias.
  [11029, 'POINTS_LEDGER_LIMIT_ABOVE_100', 'error', 'v2', 'Limit cannot be greater than 100', {
    kind: 'invalid-argument',
    note: 'Get Points Ledger: "The page limit is higher than the supported limit." The resource table\'s limit is 10 (11006, POINTS_LEDGER_LIMIT_ABOVE_10).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-ledger-information',
  }],
  [9003, 'POINTS_LEDGER_NO_CPS_ENTRY', 'error', 'v2', 'No CPS entry for the given points type.', {
    kind: 'not-found',
    note: 'Get Points Ledger: "No matching record found in the Customer Points Summary (CPS) table for that specific combination of customer and points type. Verify the customer ID is correct and confirm the points type is valid. Contact the Capillary support team if the issue persists." Not the EMF error 9003 of the resource table (POINTS_LEDGER_DATA_FETCH_FAILED).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-ledger-information',
  }],
  [11028, 'POINTS_LEDGER_MULTIPLE_TILL_PARAMETERS', 'error', 'v2', 'Multiple input parameters set. Please provide only one of the following: tillId, tillIds, storeCode or storeId', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Get Points Ledger: "More than one of the parameters (tillId, tillIds, storeCode or storeId) are passed together."',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-ledger-information',
  }],
  [11027, 'POINTS_LEDGER_INVALID_TILL_IDS', 'error', 'v2', 'Invalid tillIds: {tillIds}', {
    aliases: ['Invalid tillIds: 123'],
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Get Points Ledger: "Till ID provided is invalid or wrong." The published text shows sample values (123); the message writes them as placeholders, and the published text is an alias.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-ledger-information',
  }],
  [11025, 'POINTS_LEDGER_INVALID_TILL_ID_FORMAT', 'error', 'v2', 'Till id format exception:For input string: "{tillId}"', {
    aliases: ['Till id format exception:For input string: "abc"'],
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Get Points Ledger: "Till ID format is invalid". The published text shows sample values (abc); the message writes them as placeholders, and the published text is an alias.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-ledger-information',
  }],
  [11026, 'POINTS_LEDGER_NO_TILLS_FOR_STORE', 'error', 'v2', 'No tills found for store with store id: {storeId}', {
    aliases: [
      'No tills found for store with store code: {storeCode}',
      'No tills found for store with store code: abc',
      'No tills found for store with store id: 123',
    ],
    kind: 'not-found',
    note: 'Get Points Ledger: "Store ID provided is invalid or wrong." / "Store code provided is invalid or wrong." The text names the store by the id or the code passed. The published text shows sample values (123, abc); the message writes them as placeholders, and the published text is an alias.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-ledger-information',
  }],
  [310144, 'POINTS_LEDGER_CONNECTED_ORGS_NOT_SET', 'error', 'v2', 'Connected Orgs not set properly in Headers. Check whether the target organization is a connected organization.', {
    aliases: ['Connected Orgs not set properly in Headers. Check whether the target organisation is a connected organisation.'],
    kind: 'invalid-argument',
    audience: 'developer',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/connectedorgs-get-customer-ledger-info',
  }],
  [11023, 'POINTS_LEDGER_EVENT_IDENTIFIERS_REQUIRED', 'error', 'v2', 'Valid identifiers not found : required either EventLogId or (EventName and BillId)', {
    kind: 'invalid-argument',
    audience: 'developer',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/connectedorgs-get-customer-ledger-explode-info',
  }],
  [9021, 'POINTS_LEDGER_INVALID_IDENTIFIERS', 'error', 'v2', 'Invalid identifiers found[{identifiers}]', {
    aliases: ['Invalid identifiers found [313132121, 21212]', 'Invalid identifiers found[6275461750]'],
    kind: 'invalid-argument',
    note: 'The bracket lists the identifiers found invalid; the page prints two samples. In requests 9021 is REQUEST_DATE_IN_FUTURE. The published text shows sample values (6275461750; 313132121, 21212); the message writes them as placeholders, and the published text is an alias.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/connectedorgs-get-customer-ledger-explode-info',
  }],
  [11024, 'POINTS_LEDGER_EVENT_DETAIL_NOT_FOUND_11024', 'error', 'v2', 'Event detail not found for event log id', {
    kind: 'not-found',
    note: 'Same text as 11016 (POINTS_LEDGER_EVENT_DETAIL_NOT_FOUND), without the id.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/connectedorgs-get-customer-ledger-explode-info',
  }],
  [9018, 'POINTS_LEDGER_ALTERNATE_CURRENCIES_NOT_FOUND', 'error', 'v2', 'alternate currencies not found with provided category filters, names: [{names}]', {
    aliases: ['alternate currencies not found with provided category filters, names: [dsdsd]'],
    kind: 'not-found',
    note: 'In requests 9018 is REQUEST_MERGE_PENDING_FOR_VICTIM. The published text shows sample values (the name dsdsd); the message writes them as placeholders, and the published text is an alias.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/connectedorgs-get-customer-ledger-explode-info',
  }],
  [11021, 'POINTS_LEDGER_EVENT_ID_WITH_EVENT_REFERENCES', 'error', 'v2', 'EventId and Event References,both cannot be passed', {
    kind: 'invalid-argument',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/connectedorgs-get-customer-ledger-explode-info',
  }],
] as const satisfies readonly Row[];
