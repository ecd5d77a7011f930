/**
 * Status codes of the behavioral events resource (the v2 events resource: custom and standard
 * events of customers' activity, ingested through webhooks), api `v2`. Three publications of one identical table ("Success Codes", "Error
 * Codes"): docs.capillarytech.com `/reference/behavioral-events-and-status-code` (the current
 * one), its archived copy `/reference/behavioral-events-status-code`, and the
 * capillary.github.io api-documentation site (`_events.md`). The event notification logs page
 * (docs `/reference/response-codes`) prints the same table verbatim, so every entry is shared
 * with `event-notification-logs` (src/codes/event-notification-logs.ts has none of its own).
 * 7311 holds two messages in one cell, two different failures: two entries.
 * The per-API pages of the section (Create Event (Custom), Add Webhook, Search events, all on
 * the v2 API) add codes of their own (1802-1850), with the page's reason in the note; they are
 * not shared with event-notification-logs. Get Events Logs prints only the request-level 401,
 * 404 and 500.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const behavioralEvents = [
  // Success.
  [7300, 'BEHAVIORAL_EVENT_FEED_ADDED', 'success', 'v2', 'Feed added successfully', { sharedWith: ['event-notification-logs'] }],

  // Errors.
  [7301, 'BEHAVIORAL_EVENT_FEED_ADD_FAILED', 'error', 'v2', 'Unable to add feed.', { sharedWith: ['event-notification-logs'], kind: 'internal' }],
  [7302, 'BEHAVIORAL_EVENT_SOURCE_MISSING', 'error', 'v2', 'Source is not specified.', { sharedWith: ['event-notification-logs'], kind: 'invalid-argument' }],
  [7303, 'BEHAVIORAL_EVENT_INVALID_SOURCE', 'error', 'v2', 'Invalid source passed.', { sharedWith: ['event-notification-logs'], kind: 'invalid-argument' }],
  [7304, 'BEHAVIORAL_EVENT_MISSING', 'error', 'v2', 'Event is not passed.', { sharedWith: ['event-notification-logs'], kind: 'invalid-argument' }],
  [7305, 'BEHAVIORAL_EVENT_INVALID', 'error', 'v2', 'Invalid event passed.', { sharedWith: ['event-notification-logs'], kind: 'invalid-argument' }],
  [7306, 'BEHAVIORAL_EVENT_UUID_MISSING', 'error', 'v2', 'UUID is not passed.', { sharedWith: ['event-notification-logs'], kind: 'invalid-argument', audience: 'developer' }],
  [7307, 'BEHAVIORAL_EVENT_CUSTOMER_ID_MISSING', 'error', 'v2', 'Customer ID is not passed.', { sharedWith: ['event-notification-logs'], kind: 'invalid-argument' }],
  [7308, 'BEHAVIORAL_EVENT_INVALID_CUSTOMER_ID', 'error', 'v2', 'Invalid customer ID passed.', { sharedWith: ['event-notification-logs'], kind: 'invalid-argument' }],
  [7309, 'BEHAVIORAL_EVENT_INVALID_SKU', 'error', 'v2', 'Invalid SKU passed.', { sharedWith: ['event-notification-logs'], kind: 'invalid-argument' }],
  [7310, 'BEHAVIORAL_EVENT_INVALID_STORE_CODE', 'error', 'v2', 'Invalid store code passed.', { sharedWith: ['event-notification-logs'], kind: 'invalid-argument' }],
  [7311, 'BEHAVIORAL_EVENT_INVALID_CUSTOMER_DETAILS', 'error', 'v2', 'Invalid customer details passed.', {
    sharedWith: ['event-notification-logs'],
    kind: 'invalid-argument',
    note: '7311 also means a scan event failed (BEHAVIORAL_EVENT_SCAN_FAILED); the table prints both in one cell.',
  }],
  [7311, 'BEHAVIORAL_EVENT_SCAN_FAILED', 'error', 'v2', 'Scan event failed.', {
    sharedWith: ['event-notification-logs'],
    kind: 'internal',
    note: '7311 also means invalid customer details were passed (BEHAVIORAL_EVENT_INVALID_CUSTOMER_DETAILS); the table prints both in one cell.',
  }],

  // The per-API pages: Create Event (Custom).
  [1806, 'BEHAVIORAL_EVENT_NAME_EXISTS', 'error', 'v2', '{eventName} event already exists', {
    aliases: ['Event_name event already exists'],
    kind: 'already-exists',
    audience: 'developer',
    note: 'Already existing event name. The page sets "name" in code font. The published text shows sample values (Event_name stands for the event\'s name); the message writes them as placeholders, and the published text is an alias.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/create-event-custom-be',
  }],
  [1810, 'BEHAVIORAL_EVENT_ACTIONS_INVALID', 'error', 'v2', '{eventName} event actions invalid', {
    aliases: ['Event_name event actions invalid'],
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Invalid or unsupported event actions. The page sets "name" in code font. The published text shows sample values (Event_name stands for the event\'s name); the message writes them as placeholders, and the published text is an alias.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/create-event-custom-be',
  }],
  [1811, 'BEHAVIORAL_EVENT_NAME_INVALID', 'error', 'v2', 'event name invalid', {
    kind: 'invalid-argument',
    note: 'Invalid or unsupported event name',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/create-event-custom-be',
  }],
  [1823, 'BEHAVIORAL_EVENT_FIELD_TYPE_INVALID', 'error', 'v2', '{fieldName} invalid event field type', {
    aliases: ['tillCod invalid event field type'],
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Invalid or unsupported event field type. The published text shows sample values (tillCod, a field\'s name); the message writes them as placeholders, and the published text is an alias.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/create-event-custom-be',
  }],
  [1802, 'BEHAVIORAL_EVENT_FIELD_VALIDATION_FAILED', 'error', 'v2', 'field attribute value  fails for validation type isRequired', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Invalid/null field attribute value',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/create-event-custom-be',
  }],
  // Add Webhook.
  [1839, 'BEHAVIORAL_EVENT_WEBHOOK_AUTH_MECHANISM_MISSING', 'error', 'v2', 'auth mechanism not present', {
    kind: 'invalid-argument',
    note: 'authenabledfield passed as false',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/add-webhook',
  }],
  [1808, 'BEHAVIORAL_EVENT_WEBHOOK_TRANSFORMER_MISSING', 'error', 'v2', 'customer event transformer not present', {
    kind: 'invalid-argument',
    note: 'Invalid or unsupported transformertype',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/add-webhook',
  }],
  // Search events.
  [1850, 'BEHAVIORAL_EVENT_SEARCH_PARAMS_INVALID', 'error', 'v2', 'Invalid search request parameters userIdentifierValue', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'When an invalid or malformed value is passed in the userIdentifierValue parameter of the search request (e.g., "77448764sd" instead of a valid value).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/search-events',
  }],

  // Codes only the published samples show (test/fixtures/payloads/): no table lists them; each
  // is the sample's wording (docs/DATA.md "Codes only the samples show"), `docs` the sample's page.
  [1100, 'BEHAVIORAL_EVENT_PUSHED_TO_TRANSFORMATION', 'success', 'v2', 'Event pushed to transformation state', { origin: 'sample', docs: 'https://capillary.github.io/api-documentation/#push-data-to-webhook' }],
  [1816, 'BEHAVIORAL_EVENT_DOES_NOT_EXIST', 'error', 'v2', '{0} event doesnt exist', { kind: 'not-found', note: 'The published samples show sample values: {0} event doesnt exist.', origin: 'sample', docs: 'https://github.com/Capillary/api-documentation/blob/06cb699b9490252cfa1be235aeab2c9f7266303e/index.html#L15305' }],
] as const satisfies readonly Row[];
