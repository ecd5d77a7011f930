/**
 * Status codes of the cards resource (card series, card generation, card status and linking:
 * the v2 card APIs), from two publications of the same table: docs.capillarytech.com
 * `/reference/cards` and capillary.github.io api-documentation "Card Loyalty / Response Codes /
 * Error Codes" (2022). Both document the v2 card APIs: `api` is `v2`. The message is the docs'
 * wording; the older site's differs only in spacing (3006, 3013), kept as aliases. Rows are in
 * the table's order. Each of 3032-3039 carries two unrelated messages in one cell: two entries
 * each. 1060 "Exceeded maximum limit size of 200." is the request-level BATCH_LIMIT_EXCEEDED
 * (src/codes/api.ts). 701-705 collide with coupons' 701-705, unrelated.
 * The per-API pages of the card APIs (Add Card Series, Generate Cards, Limit Active Cards per
 * Customer) add shorter wordings of 3003, 3006, 3017, 3022, 3023 and 3025 (aliases) and no
 * code of their own; their 500 "Internal Server Error" is the request-level entry.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const cards = [
  // Errors. v2 codes arrive in `errors[]`.
  [701, 'CARD_INVALID_CONFIGURATION', 'error', 'v2', 'Invalid configurations set', { kind: 'failed-precondition' }],
  [702, 'CARD_NUMBERS_EXHAUSTED', 'error', 'v2', 'Maximum card numbers reached.', { kind: 'resource-exhausted' }],
  [703, 'CARD_NUMBER_GENERATION_DISABLED', 'error', 'v2', 'Card number generation disabled', { kind: 'failed-precondition' }],
  [704, 'CARD_NUMBER_LENGTH_CONFIG_INVALID', 'error', 'v2', 'Invalid card number length configured.', { kind: 'failed-precondition' }],
  [705, 'CARD_NUMBER_GENERATION_FAILED', 'error', 'v2', 'Card number generation failed due to unexpected reason.', { kind: 'internal' }],
  [3000, 'CARD_SERIES_INVALID', 'error', 'v2', 'Invalid card series.', { kind: 'invalid-argument' }],
  [3001, 'CARD_SERIES_CODE_EMPTY', 'error', 'v2', 'Series code empty.', { kind: 'invalid-argument' }],
  [3002, 'CARD_SERIES_EXISTS', 'error', 'v2', 'Series already exists.', { kind: 'already-exists' }],
  [3003, 'CARD_SERIES_TYPE_EMPTY', 'error', 'v2', 'Series type is empty.', {
    aliases: ['Series type empty'],
    kind: 'invalid-argument',
  }],
  [3004, 'CARD_SERIES_NOT_FOUND', 'error', 'v2', 'Series does not exist.', { kind: 'not-found' }],
  [3005, 'CARD_LENGTH_INVALID', 'error', 'v2', 'Card length invalid.', { kind: 'invalid-argument' }],
  [3006, 'CARD_CONFIGURATION_EXISTS', 'error', 'v2', 'Card configuration already exists with the same prefix, suffix and card length.', {
    kind: 'already-exists',
  }],
  [3007, 'CARD_GENERATION_CONFIG_MISSING', 'error', 'v2', 'Card generation config not passed.', { kind: 'invalid-argument' }],
  [3008, 'CARD_SERIES_EXPIRED', 'error', 'v2', 'Card series expired.', { kind: 'failed-precondition' }],
  [3009, 'CARD_NUMBER_EXISTS', 'error', 'v2', 'Card number exists.', { kind: 'already-exists' }],
  [3010, 'CARD_NUMBER_NOT_FOUND', 'error', 'v2', 'Card number does not exists.', { kind: 'not-found' }],
  [3011, 'CARD_STATUS_MISSING', 'error', 'v2', 'Card status not passed.', { kind: 'invalid-argument' }],
  [3012, 'CARD_STATUS_UNCHANGED', 'error', 'v2', 'Card status same as passed.', { kind: 'failed-precondition' }],
  [3013, 'CARD_STATUS_TARGET_NOT_ALLOWED', 'error', 'v2', 'Card status can only be changed to expired, deleted or suspended.', {
    kind: 'invalid-argument',
  }],
  [3014, 'CARD_STATUS_LABELS_EMPTY', 'error', 'v2', 'Status labels are empty.', { kind: 'invalid-argument' }],
  [3015, 'CARD_DUPLICATE_STATUSES', 'error', 'v2', 'Duplicate statuses passed.', { kind: 'invalid-argument' }],
  [3016, 'CARD_STATUS_INVALID', 'error', 'v2', '{x} card status is not valid.', { kind: 'invalid-argument' }],
  [3017, 'CARD_STATUS_LABEL_INVALID', 'error', 'v2', 'Status label invalid.', {
    aliases: ['Status label is invalid.'],
    kind: 'invalid-argument',
  }],
  [3018, 'CARD_STATUS_LABEL_NOT_MAPPED_TO_NOT_ISSUED', 'error', 'v2', 'Card status label is not mapped to NOT_ISSUED.', { kind: 'failed-precondition', audience: 'developer' }],
  [3019, 'CARD_EXPIRY_DAYS_NEGATIVE', 'error', 'v2', 'Card expiry days should not be negative.', { kind: 'invalid-argument' }],
  [3020, 'CARD_TYPE_INVALID', 'error', 'v2', 'DIGITAL & PHYSICAL are the only possible card types.', { kind: 'invalid-argument' }],
  [3021, 'CARD_GENERATION_CONFIG_UNCHANGED', 'error', 'v2', 'No change in card generation configurations.', { kind: 'failed-precondition' }],
  [3022, 'CARD_PREFIX_INVALID', 'error', 'v2', 'Card prefix passed is not a standard string.', {
    aliases: ['Card prefix is not a standard string'],
    kind: 'invalid-argument',
    audience: 'developer',
  }],
  [3023, 'CARD_SUFFIX_INVALID', 'error', 'v2', 'Card suffix passed is not a standard string.', {
    aliases: ['Card suffix is not a standard string'],
    kind: 'invalid-argument',
    audience: 'developer',
  }],
  [3024, 'CARD_NUMBER_TOTAL_LENGTH_TOO_LONG', 'error', 'v2', 'Card number total length should not be more than 150.', { kind: 'invalid-argument' }],
  [3025, 'CARD_COUNT_INVALID', 'error', 'v2', 'Count field invalid.', {
    aliases: ['Count field is missing or invalid.'],
    kind: 'invalid-argument',
  }],
  [3026, 'CARD_COUNT_TOO_HIGH', 'error', 'v2', 'Card count exceeds 100000.', { kind: 'invalid-argument' }],
  [3027, 'CARD_NOT_LINKABLE', 'error', 'v2', 'Card is not linkable.', { kind: 'failed-precondition' }],
  [3028, 'CARD_LENGTH_TOO_SHORT', 'error', 'v2', 'Card length should not be less than 5.', {
    kind: 'invalid-argument',
    note: 'The Add Card Series page prints it without the number ("Card length should not be less than").',
  }],
  [3029, 'CARD_NUMBER_TOO_LONG', 'error', 'v2', 'Card number max length exceeded.', { kind: 'invalid-argument' }],
  [3030, 'CARD_GENERATION_FAILED', 'error', 'v2', 'Card generation failed.', { kind: 'internal' }],
  [3031, 'CARD_UNLINK_NOT_ALLOWED', 'error', 'v2', 'Card can not get be unlinked.', { kind: 'failed-precondition' }],
  [3032, 'CARD_NOT_ALPHANUMERIC', 'error', 'v2', '{x} is not alphanumeric.', {
    kind: 'invalid-argument',
    note: '3032 also means "Org unit passed is not valid." (CARD_ORG_UNIT_INVALID).',
  }],
  [3032, 'CARD_ORG_UNIT_INVALID', 'error', 'v2', 'Org unit passed is not valid.', {
    kind: 'invalid-argument',
    note: '3032 also means "{x} is not alphanumeric." (CARD_NOT_ALPHANUMERIC).',
  }],
  [3033, 'CARD_EXPIRY_DAYS_MISSING', 'error', 'v2', 'Card expiry days not passed.', {
    kind: 'invalid-argument',
    note: '3033 also means "{x} status mapping is not passed." (CARD_STATUS_MAPPING_MISSING).',
  }],
  [3033, 'CARD_STATUS_MAPPING_MISSING', 'error', 'v2', '{x} status mapping is not passed.', {
    kind: 'invalid-argument',
    note: '3033 also means "Card expiry days not passed." (CARD_EXPIRY_DAYS_MISSING).',
  }],
  [3034, 'CARD_MAX_ACTIVE_PER_CUSTOMER_NEGATIVE', 'error', 'v2', 'Max active card per customer passed is negative.', {
    kind: 'invalid-argument',
    note: '3034 also means "Default label is not set for {x} status." (CARD_DEFAULT_LABEL_NOT_SET).',
  }],
  [3034, 'CARD_DEFAULT_LABEL_NOT_SET', 'error', 'v2', 'Default label is not set for {x} status.', {
    kind: 'invalid-argument',
    note: '3034 also means "Max active card per customer passed is negative." (CARD_MAX_ACTIVE_PER_CUSTOMER_NEGATIVE).',
  }],
  [3035, 'CARD_MULTIPLE_REGISTRATIONS_IN_ONE_CALL', 'error', 'v2', 'Multiple cards can not be registered/updated in a single call.', {
    kind: 'invalid-argument',
    note: '3035 also means "More than one label is set as default for {x} status." (CARD_MULTIPLE_DEFAULT_LABELS).',
  }],
  [3035, 'CARD_MULTIPLE_DEFAULT_LABELS', 'error', 'v2', 'More than one label is set as default for {x} status.', {
    kind: 'invalid-argument',
    note: '3035 also means "Multiple cards can not be registered/updated in a single call." (CARD_MULTIPLE_REGISTRATIONS_IN_ONE_CALL).',
  }],
  [3036, 'CARD_SERIES_ACTIVE_CARD_LIMIT_EXCEEDED', 'error', 'v2', 'Active cards of the customer exceeded the max configured value for this card series.', {
    kind: 'resource-exhausted',
    note: '3036 also means "{x} label passed is repeating." (CARD_LABEL_REPEATED).',
  }],
  [3036, 'CARD_LABEL_REPEATED', 'error', 'v2', '{x} label passed is repeating.', {
    kind: 'invalid-argument',
    note: '3036 also means "Active cards of the customer exceeded the max configured value for this card series." (CARD_SERIES_ACTIVE_CARD_LIMIT_EXCEEDED).',
  }],
  [3037, 'CARD_MULTIPLE_LINKS_IN_ONE_CALL', 'error', 'v2', 'Multiple cards can not be linked or unlinked at once.', {
    kind: 'invalid-argument',
    note: '3037 also means "Org unit passed is linked to a different card series." (CARD_ORG_UNIT_LINKED_TO_OTHER_SERIES).',
  }],
  [3037, 'CARD_ORG_UNIT_LINKED_TO_OTHER_SERIES', 'error', 'v2', 'Org unit passed is linked to a different card series.', {
    kind: 'failed-precondition',
    note: '3037 also means "Multiple cards can not be linked or unlinked at once." (CARD_MULTIPLE_LINKS_IN_ONE_CALL).',
  }],
  [3038, 'CARD_STATUS_CHANGE_NOT_ALLOWED', 'error', 'v2', 'Card status can not be changed from {x} to {y}.', {
    kind: 'failed-precondition',
    note: '3038 also means "Registration trigger exists for a different card series." (CARD_REGISTRATION_TRIGGER_EXISTS).',
  }],
  [3038, 'CARD_REGISTRATION_TRIGGER_EXISTS', 'error', 'v2', 'Registration trigger exists for a different card series.', {
    kind: 'already-exists',
    note: '3038 also means "Card status can not be changed from {x} to {y}." (CARD_STATUS_CHANGE_NOT_ALLOWED).',
  }],
  [3039, 'CARD_STATUS_LABEL_UNCHANGED', 'error', 'v2', 'No update in status label.', {
    kind: 'failed-precondition',
    note: '3039 also means "Active cards of the customer exceeded the max configured value for this org." (CARD_ORG_ACTIVE_CARD_LIMIT_EXCEEDED). The published samples of PUT v2/card and v2/card/bulk send this one in warnings[].',
  }],
  [3039, 'CARD_ORG_ACTIVE_CARD_LIMIT_EXCEEDED', 'error', 'v2', 'Active cards of the customer exceeded the max configured value for this org.', {
    kind: 'resource-exhausted',
    note: '3039 also means "No update in status label." (CARD_STATUS_LABEL_UNCHANGED).',
  }],
  [3040, 'CARD_ACTION_NOT_SUPPORTED_FOR_STATUS', 'error', 'v2', '{x} action not supported for status {y}.', { kind: 'failed-precondition' }],
  [3041, 'CARD_ACTION_NOT_MAPPED_FOR_LABEL', 'error', 'v2', '{x} action not mapped for label {y}', { kind: 'failed-precondition' }],
  [3042, 'CARD_CUSTOMER_DELETED', 'error', 'v2', 'customer status was marked to deleted. Any further changes on this customer are not allowed.', {
    kind: 'failed-precondition',
  }],
  [3043, 'CARD_ORG_UNIT_TRIGGER_EXISTS', 'error', 'v2', 'Org unit trigger exists for this org.', { kind: 'already-exists' }],
  [3044, 'CARD_CUSTOMER_STATUS_DISABLED', 'error', 'v2', 'Customer status is disabled.', { kind: 'failed-precondition' }],
  [3045, 'CARD_EXTERNAL_ID_EXISTS', 'error', 'v2', 'Card external id exists.', { kind: 'already-exists' }],
  [3046, 'CARD_EXTERNAL_ID_NUMBER_MISMATCH', 'error', 'v2', 'Card external id & card number mismatch.', { kind: 'invalid-argument' }],
  [3047, 'CARD_OFFSET_INVALID', 'error', 'v2', 'Card offset invalid.', { kind: 'invalid-argument' }],
  [3048, 'CARD_MAPPED_ENTITY_INVALID', 'error', 'v2', 'Mapped Entity type {x} and Entity value {y} passed is invalid.', { kind: 'invalid-argument' }],
  [3049, 'CARD_MAPPED_ENTITY_TYPE_INVALID', 'error', 'v2', 'Mapped Entity Type Passed is invalid.', { kind: 'invalid-argument' }],
  [3050, 'CARD_EXTERNAL_ID_TOO_SHORT', 'error', 'v2', 'Card external id length {x} should be equal or greater than card id length {y}.', {
    kind: 'invalid-argument',
  }],
  [3051, 'CARD_EXTERNAL_ID_UPDATE_FAILED', 'error', 'v2', 'Unable to update/generate card external id.', { kind: 'internal' }],

  // Codes only the published samples show (test/fixtures/payloads/): no table lists them; each
  // is the sample's wording (docs/DATA.md "Codes only the samples show"), `docs` the sample's page.
  [1022, 'CARD_INVALID_CUSTOM_FIELD_NAME', 'warning', 'v2', 'Invalid Custom-field name', { kind: 'invalid-argument', origin: 'sample', docs: 'https://capillary.github.io/api-documentation/#update-card-details-bulk' }],
] as const satisfies readonly Row[];
