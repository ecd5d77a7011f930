/**
 * Status codes of the rewards catalog (rewards, categories, rich-text content, issuance,
 * catalog promotions, custom fields, vendors and vendor redemptions, expiry reminders,
 * languages), from its only tables: the error tables of its single API pages on
 * docs.capillarytech.com (test/fixtures/tables/api-specific-tables--docs.capillarytech.com.md;
 * the pages of the docs' "Rewards Catalog API" section, the archived "Get purchased rewards for
 * user (Old API)" and "Get Transaction Details ..." pages and the sample "Create Reward" page:
 * test/tables/api-specific/rewards-catalog.ts). Every page documents an endpoint under
 * `/api_gateway/rewards/core/v1/...`, so every entry is `api_gateway`. The order is the pages'
 * (the section's order), each code where it first appears.
 *
 * The pages repeat codes: one entry per meaning, the other wordings aliases (3004 is "Brand
 * not found", "brand not found" and "Invalid Brand ID"). Where a row is a message and the
 * page's explanation (a "Reason" or "Description" column, or a sentence after the server's
 * text such as 12016's "Whatever paymentId is passed in this API ..."), the explanation is in
 * the note. 400, 404 and 500 rows that say what this API checks are entries here; those with
 * the generic meaning (Bad Request, Invalid request parameters, Internal server error ...) are
 * the request-level `api` entries. 8010 "Reward issued partially" is the Marvel rewards entry
 * REWARD_PARTIALLY_ISSUED (rewards); the other 8000-8004 rows say more than the Marvel rewards
 * table's "Unable to ..." and are entries of their own here.
 * docs/DATA.md says how rows are made. Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const rewardsCatalog = [
  // Create reward (and the sample Create Reward page): 6003 with four messages, and 400s.
  [6003, 'REWARDS_CATALOG_INVALID_SEGMENT_ID', 'error', 'api_gateway', 'Invalid segment ID', {
    aliases: ['Reward creation failed due to the absence of a required custom field in the Org settings - Invalid segment ID'],
    kind: 'invalid-argument',
    note: 'The alias is the Create reward page\'s first 6003 row: its explanation, then this text. 6003 also means REWARDS_CATALOG_INVALID_LABEL_ID and REWARDS_CATALOG_CARD_SERIES_NOT_FOUND.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/post-create-reward',
  }],
  [6003, 'REWARDS_CATALOG_INVALID_LABEL_ID', 'error', 'api_gateway', 'Invalid label ID', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/post-create-reward' }],
  [6003, 'REWARDS_CATALOG_CARD_SERIES_NOT_FOUND', 'error', 'api_gateway', 'Card series not found.', { kind: 'not-found', origin: 'page', docs: 'https://docs.capillarytech.com/reference/post-create-reward' }],
  [400, 'REWARDS_CATALOG_CONVERSION_RATIO_CONTENT_TYPE_INVALID', 'error', 'api_gateway', 'Conversion ratio can be set only for MILES, CASH_WALLET and CHARITY content types.', {
    kind: 'invalid-argument',
    audience: 'developer',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/post-create-reward',
  }],
  [400, 'REWARDS_CATALOG_MULTIPLE_PAYMENTS_NOT_SUPPORTED', 'error', 'api_gateway', 'Multiple payments is not supported within FREE and CONV_RATIO modes', {
    kind: 'invalid-argument',
    audience: 'developer',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/post-create-reward',
  }],
  [400, 'REWARDS_CATALOG_VENDOR_REDEMPTION_REQUIRED', 'error', 'api_gateway', 'Vendor redemption is required in case of Vendor rewards', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/post-create-reward' }],
  [400, 'REWARDS_CATALOG_TERMS_AND_CONDITIONS_REQUIRED', 'error', 'api_gateway', "Reward Term & Conditions can't be null or empty.", { kind: 'invalid-argument', audience: 'developer', origin: 'page', docs: 'https://docs.capillarytech.com/reference/post-create-reward' }],

  // Update Reward.
  [400, 'REWARDS_CATALOG_REDEMPTION_TYPE_CHANGE_AFTER_START', 'error', 'api_gateway', 'Redemption type cannot be changed once the reward has started', {
    kind: 'failed-precondition',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/put-update-reward',
  }],
  [400, 'REWARDS_CATALOG_LOYALTY_PROGRAM_NOT_FOUND', 'error', 'api_gateway', 'Passed loyalty programId is not exists', { kind: 'not-found', audience: 'developer', origin: 'page', docs: 'https://docs.capillarytech.com/reference/put-update-reward' }],
  [400, 'REWARDS_CATALOG_ENTITY_NOT_FOUND', 'error', 'api_gateway', 'Passed entityId is not exists', { kind: 'not-found', audience: 'developer', origin: 'page', docs: 'https://docs.capillarytech.com/reference/put-update-reward' }],
  [3014, 'REWARDS_CATALOG_UPDATE_CUSTOM_FIELDS_MISSING', 'error', 'api_gateway', "Unable to update reward as org doesn't have the custom field/s: labels,tag", {
    kind: 'failed-precondition',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/put-update-reward',
  }],
  [12045, 'REWARDS_CATALOG_UPDATE_CARD_SERIES_NOT_FOUND', 'error', 'api_gateway', 'Unable to update reward as card series not found', { kind: 'not-found', origin: 'page', docs: 'https://docs.capillarytech.com/reference/put-update-reward' }],
  [12048, 'REWARDS_CATALOG_UPDATE_LABEL_NOT_FOUND', 'error', 'api_gateway', 'Unable to update reward as label not found', { kind: 'not-found', origin: 'page', docs: 'https://docs.capillarytech.com/reference/put-update-reward' }],

  // Get reward details by ID (and Get available reward details for user by id, Get Transaction Details ...).
  [6004, 'REWARDS_CATALOG_REWARD_NOT_FOUND', 'error', 'api_gateway', 'Reward not found or disabled', { kind: 'not-found', origin: 'page', docs: 'https://docs.capillarytech.com/reference/get-reward-details-by-id' }],

  // Reward categories.
  [3004, 'REWARDS_CATALOG_BRAND_NOT_FOUND', 'error', 'api_gateway', 'Brand not found', {
    aliases: ['Invalid Brand ID'],
    kind: 'not-found',
    note: 'Invalid brandName or brandId in the request.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/create-reward-category',
  }],
  [400, 'REWARDS_CATALOG_CATEGORY_NAME_REQUIRED', 'error', 'api_gateway', "name can't be null or empty.", {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Name of the category has to be provided.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/create-reward-category',
  }],
  [2004, 'REWARDS_CATALOG_CATEGORY_NOT_FOUND', 'error', 'api_gateway', 'Category not found', { kind: 'not-found', note: 'Invalid categoryId', origin: 'page', docs: 'https://docs.capillarytech.com/reference/enable-or-disable-reward-categories' }],

  // Rich text content metadata (Create and Update print the same rows).
  [400, 'REWARDS_CATALOG_INVALID_ENUM_VALUE', 'error', 'api_gateway', 'value is not one of declared Enum', {
    aliases: [
      'Cannot deserialize value of type {type} from String "{value}": value not one of declared Enum instance names: [{names}]',
      'Cannot deserialize value of type com.capillary.solutions.rewards.domain.Type from String "REWARD": value not one of declared Enum instance names: [POINTS, REWARDS]',
      'Cannot deserialize value of type com.capillary.solutions.rewards.domain.Type from String "REWARD": value not one of declared Enum instance names: POINTS, REWARDS',
    ],
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Ensure provided Enum field matches one of the supported values. Create a Vendor prints the whole text for an invalid type ("type is invalid."): the type, the value and the names in it are the request\'s. The published text shows sample values (the type com.capillary.solutions.rewards.domain.Type, the value REWARD, the names POINTS, REWARDS); the first alias writes them as placeholders, and the published text is an alias.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/create-rich-content-meta',
  }],
  [400, 'REWARDS_CATALOG_RICH_CONTENT_DEFAULT_VALUE_REQUIRED', 'error', 'api_gateway', 'defaultValue is required when isMandatory is true.', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Ensure defaultValue is not set to null, when isMandatory is set to true.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/create-rich-content-meta',
  }],

  // Issue single reward and Issue bulk reward.
  [400, 'REWARDS_CATALOG_PAYMENT_CONFIG_ID_REQUIRED', 'error', 'api_gateway', 'Invalid payment mode passed. Payment configuration ID is mandatory.', {
    kind: 'invalid-argument',
    aliases: ['Invalid payment mode passed.,Payment configuration id is mandatory'],
    note: 'If the paymentConfig block is defined in the body, then paymentId is mandatory.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/post-issue-user-reward',
  }],
  [8003, 'REWARDS_CATALOG_ISSUE_REWARD_INACTIVE', 'error', 'api_gateway', 'Fail to issue reward as reward is disabled or not started yet or expired', {
    kind: 'failed-precondition',
    aliases: ['fail to issue reward'],
    note: 'This can also happen if the voucher is not present—due to issues in the vendor flow configuration. The Marvel rewards table words 8003 "Unable to issue user reward." (REWARD_ISSUE_FAILED); in customers 8003 is INVALID_SOURCE.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-bulk-reward',
  }],
  [8004, 'REWARDS_CATALOG_ISSUE_POINTS_NOT_REDEEMABLE', 'error', 'api_gateway', 'Fail to issue reward as points are not redeemable', {
    kind: 'failed-precondition',
    note: '8004 also means REWARDS_CATALOG_ISSUE_PRIMARY_IDENTIFIER_MISSING. The Marvel rewards table words 8004 "Unable to issue user reward." (REWARD_ISSUE_FAILED_8004); in customers 8004 is ADD_NO_SOURCE.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/post-issue-user-reward',
  }],
  [12005, 'REWARDS_CATALOG_ISSUE_CONSTRAINT_LIMIT_REACHED', 'error', 'api_gateway', 'Reward constraint evaluation failed. Request failed. Max limit for the {period} is reached. Allowed limit is {limit} for level {level}', {
    aliases: [
      'Reward constraint evaluation failed. Request failed. Max limit for the DAYS is reached. Allowed limit is 15 for level CUSTOMER',
    ],
    kind: 'resource-exhausted',
    note: 'The published text shows sample values (one restriction\'s period DAYS, limit 15 and level CUSTOMER); the message writes them as placeholders, and the published text is an alias.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/post-issue-user-reward',
  }],
  [12016, 'REWARDS_CATALOG_PAYMENT_ID_NOT_MAPPED', 'error', 'api_gateway', 'Invalid payment mode passed.', {
    kind: 'invalid-argument',
    note: 'Whatever paymentId is passed in this API, the same should be mapped for the reward created. 400 starts with the same text (REWARDS_CATALOG_PAYMENT_CONFIG_ID_REQUIRED).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/post-issue-user-reward',
  }],
  [12034, 'REWARDS_CATALOG_ISSUE_USER_NOT_IN_SEGMENT', 'error', 'api_gateway', "User doesn't belong to segment partition defined for reward segment", {
    kind: 'failed-precondition',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/post-issue-user-reward',
  }],
  [12050, 'REWARDS_CATALOG_ISSUE_USER_HAS_NO_VALID_CARD', 'error', 'api_gateway', 'User has no valid cards from card series linked to the reward.', {
    kind: 'failed-precondition',
    note: 'The user is not associated with the card series linked to the issued reward. (Issue bulk reward: "The customer is not associated with the card series linked to the issued reward.")',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/post-issue-user-reward',
  }],
  [8004, 'REWARDS_CATALOG_ISSUE_PRIMARY_IDENTIFIER_MISSING', 'error', 'api_gateway', 'Only secondary identifiers (e.g., mobile or email) are passed. The primary identifier is missing.', {
    kind: 'invalid-argument',
    note: '8004 also means REWARDS_CATALOG_ISSUE_POINTS_NOT_REDEEMABLE.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/post-issue-user-reward',
  }],
  [400, 'REWARDS_CATALOG_DUPLICATE_REQUEST_ID', 'error', 'api_gateway', 'Duplicate requestId', { kind: 'already-exists', audience: 'developer', origin: 'page', docs: 'https://docs.capillarytech.com/reference/issue-bulk-reward' }],
  [10003, 'REWARDS_CATALOG_INVALID_REQUEST_ID', 'error', 'api_gateway', 'Invalid Request ID', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/issue-bulk-reward' }],

  // Get available reward details for user by id; Get purchased rewards for user (Old API).
  [15006, 'REWARDS_CATALOG_PRIMARY_IDENTIFIER_MISSING', 'error', 'api_gateway', 'The request is missing the primary identifier.', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/get-user-brand-specific-rewards' }],
  [1014, 'REWARDS_CATALOG_CUSTOMER_NOT_FOUND', 'error', 'api_gateway', 'The provided identifier does not match any existing customer.', {
    aliases: ['Cannot find customer for provided mobile/external-id/e-mail/id'],
    kind: 'not-found',
    note: 'The alias is the archived Get purchased rewards for user (Old API) page\'s wording. In customers 1014 is CUSTOMER_ALREADY_REGISTERED.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-user-brand-specific-rewards',
  }],
  [404, 'REWARDS_CATALOG_CUSTOMER_NOT_IN_ORG', 'error', 'api_gateway', 'The specified customer was not found in the organization.', { kind: 'not-found', origin: 'page', docs: 'https://docs.capillarytech.com/reference/get-user-brand-specific-rewards' }],

  // Catalog promotions.
  [11015, 'REWARDS_CATALOG_PROMOTION_REWARD_INELIGIBLE', 'error', 'api_gateway', 'Reward expired or disabled or free. Cannot apply for catalog promotion.', {
    kind: 'failed-precondition',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/post-create-catalog-promotion',
  }],
  [11004, 'REWARDS_CATALOG_PROMOTION_ALREADY_LINKED', 'error', 'api_gateway', 'Reward already linked to active catalog promotion.', { kind: 'already-exists', origin: 'page', docs: 'https://docs.capillarytech.com/reference/post-create-catalog-promotion' }],
  [11007, 'REWARDS_CATALOG_PROMOTION_NOT_FOUND', 'error', 'api_gateway', 'Catalog promotion not found.', { kind: 'not-found', origin: 'page', docs: 'https://docs.capillarytech.com/reference/get-catalog-promotion-details' }],
  [11013, 'REWARDS_CATALOG_PROMOTION_DISABLED', 'error', 'api_gateway', 'Catalog promotion is disabled.', { kind: 'failed-precondition', origin: 'page', docs: 'https://docs.capillarytech.com/reference/put-disable-catalog-promotion' }],

  // Custom fields (Create and Update print the same rows; Update has no 400 dataType row).
  [3022, 'REWARDS_CATALOG_CUSTOM_FIELD_SCOPE_LIMIT_REACHED', 'error', 'api_gateway', '{scope} scope limit reached, max is {max_limit}. Allowed limit is {allowedLimit}.', {
    aliases: ['ISSUE REWARD scope limit reached, max is {max_limit}. Allowed limit is 10.'],
    kind: 'resource-exhausted',
    note: 'The number of rewards issued has exceeded the limit. The published text shows sample values (the scope ISSUE REWARD, the limit 10); the message writes them as placeholders, and the published text is an alias.',
    origin: 'page',
  }],
  [3025, 'REWARDS_CATALOG_CUSTOM_FIELD_DEFAULT_NOT_IN_ENUM', 'error', 'api_gateway', 'Default value not found in the enum list', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'The default value provided does not match any of the enums.',
    origin: 'page',
  }],
  [3030, 'REWARDS_CATALOG_CUSTOM_FIELD_ENUM_VALUE_EMPTY', 'error', 'api_gateway', 'Enum value cannot be empty', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'One or more enum values are null.',
    origin: 'page',
  }],
  [3024, 'REWARDS_CATALOG_CUSTOM_FIELD_ENUM_VALUE_INVALID_CHARACTERS', 'error', 'api_gateway', 'Invalid characters in enum value.', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'One or more enum values have an unsupported character. The pages go on "Allowed characters: \\a-z,A-Z,0-9,[ -_ ]": the backslash is what is left of an escaped "[" (another copy of the page reads "Allowed characters: [a-z,A-Z,0-9,[]() -_ ]"), so the list is not kept in the message.',
    origin: 'page',
  }],
  [400, 'REWARDS_CATALOG_CUSTOM_FIELD_ENUM_LIST_SIZE_INVALID', 'error', 'api_gateway', "ENUM's list size is out of limit", {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'The enum object does not contain any values.',
    origin: 'page',
  }],
  [3028, 'REWARDS_CATALOG_CUSTOM_FIELD_ENUM_VALUE_TOO_LONG', 'error', 'api_gateway', 'Enum value exceeds the limit of {limit} characters', {
    aliases: ['Enum value exceeds the limit of 80 characters'],
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'One or more enum values have exceeded the supported character limit. The published text shows sample values (80); the message writes them as placeholders, and the published text is an alias.',
    origin: 'page',
  }],
  [3029, 'REWARDS_CATALOG_CUSTOM_FIELD_DUPLICATE_ENUM_VALUES', 'error', 'api_gateway', 'Duplicate enum values found', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'A duplicate enum is provided',
    origin: 'page',
  }],
  [400, 'REWARDS_CATALOG_CUSTOM_FIELD_DATA_TYPE_REQUIRED', 'error', 'api_gateway', 'dataType must not be null', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'The field dataType is empty or missing.',
    origin: 'page',
  }],

  // Vendors and vendor redemptions.
  [5007, 'REWARDS_CATALOG_VENDOR_ALREADY_EXISTS', 'error', 'api_gateway', 'Vendor already exists', {
    kind: 'already-exists',
    note: 'Vendor with the same name already exists.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/createvendor',
  }],
  [400, 'REWARDS_CATALOG_VENDOR_RANK_INVALID', 'error', 'api_gateway', 'rank must be greater than zero', {
    kind: 'invalid-argument',
    note: 'Value for rank provided is 0.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/createvendor',
  }],
  [5004, 'REWARDS_CATALOG_INVALID_VENDOR_ID', 'error', 'api_gateway', 'Invalid Vendor ID', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/get-vendor-explode-info' }],
  [5013, 'REWARDS_CATALOG_VENDOR_REDEMPTION_CREATE_FAILED', 'error', 'api_gateway', 'Unable to create vendor redemption.', {
    kind: 'internal',
    note: 'There was an issue during the creation process. Review your request payload for any errors or conflicts, and try again.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/postapi_gatewayrewardscorev1vendorredemptioncreate',
  }],
  [8000, 'REWARDS_CATALOG_VENDOR_REDEMPTIONS_INVALID_PAGE_OR_SIZE', 'error', 'api_gateway', 'Unable to fetch as Page number and size is invalid', {
    kind: 'invalid-argument',
    note: 'The Marvel rewards table words 8000 "Unable to fetch user reward." (REWARD_FETCH_FAILED).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-vendor-redemptions-details',
  }],
  [2110, 'REWARDS_CATALOG_INVALID_REDEMPTION_TYPE', 'error', 'api_gateway', 'Invalid redemption type', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/get-vendor-redemptions-details', aliases: ['Invalid redemption(reward) type'] }],
  [5011, 'REWARDS_CATALOG_VENDOR_REDEMPTION_FETCHED', 'success', 'api_gateway', 'Vendor redemption fetched successfully', {
    note: 'Redemption configurations were retrieved.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-vendor-redemption-details-by-brand-id-and-vendor-id',
  }],

  // Reward expiry reminders.
  [400, 'REWARDS_CATALOG_EXPIRY_REMINDER_DURATION_REQUIRED', 'error', 'api_gateway', 'Duration is mandatory', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/create-reward-expiry-reminder' }],
  [400, 'REWARDS_CATALOG_INVALID_EXPIRY_REMINDER_ID', 'error', 'api_gateway', 'Invalid Reward Expiry Reminder ID', { kind: 'invalid-argument', origin: 'page', docs: 'https://docs.capillarytech.com/reference/update-reward-expiry-reminder' }],
  [400, 'REWARDS_CATALOG_EXPIRY_REMINDER_SIZE_TOO_SMALL', 'error', 'api_gateway', 'Size should be greater or equal to 1.', {
    kind: 'invalid-argument',
    note: 'The Get Reward Expiry Reminder page prints it as a list item ("* "), the alias.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-reward-expiry-reminder',
  }],
  [400, 'REWARDS_CATALOG_EXPIRY_REMINDER_PAGE_NEGATIVE', 'error', 'api_gateway', 'Page should be greater or equal to 0.', {
    kind: 'invalid-argument',
    note: 'The Get Reward Expiry Reminder page prints it as a list item ("* "), the alias.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get-reward-expiry-reminder',
  }],

  // Languages.
  [2107, 'REWARDS_CATALOG_LANGUAGE_ALREADY_EXISTS', 'error', 'api_gateway', 'Language already exists', {
    kind: 'already-exists',
    note: 'Language with the same name already exists.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/create_language_metadata',
  }],
  [2101, 'REWARDS_CATALOG_LANGUAGES_FETCHED', 'success', 'api_gateway', 'Language fetched successfully', {
    note: 'The request to fetch languages was successful. The Get All Language Metadata page lists it under "API error codes".',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/get_all_languages',
  }],
  [2016, 'REWARDS_CATALOG_LANGUAGE_STATUS_UPDATED', 'success', 'api_gateway', 'Language updated successfully', {
    note: 'The language status (disabled/enabled) was successfully updated. The Enable and Disable Language pages list it under "API specific error codes".',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/enable_disable_languagemetadata',
  }],
  [2104, 'REWARDS_CATALOG_LANGUAGE_NOT_FOUND', 'error', 'api_gateway', 'Language not found', {
    kind: 'not-found',
    note: 'The specified language code does not exist.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/enable_disable_languagemetadata',
  }],

  // Codes only the published samples show (test/fixtures/payloads/): no table lists them; each
  // is the sample's wording (docs/DATA.md "Codes only the samples show"), `docs` the sample's page.
  [400, 'REWARDS_CATALOG_INVALID_DATE_FORMAT', 'error', 'api_gateway', 'start or end date should be passed in proper format yyyy-MM-dd\'T\'HH:mm\'Z\'', { kind: 'invalid-argument', origin: 'sample', docs: 'https://docs.capillarytech.com/reference/get-available-brand-rewards' }],
  [400, 'REWARDS_CATALOG_EXPIRY_REMINDER_NOT_FOUND', 'error', 'api_gateway', 'Reward expiry reminder with id {id} does not exist', { kind: 'not-found', note: 'The published samples show sample values: Reward expiry reminder with id 34 does not exist.', origin: 'sample', docs: 'https://docs.capillarytech.com/reference/update-reward-expiry-reminder' }],
  [1010, 'REWARDS_CATALOG_REDEMPTION_NOT_FOUND', 'error', 'api_gateway', 'redemption id passed doesn\'t exist', { kind: 'not-found', origin: 'sample', docs: 'https://docs.capillarytech.com/reference/get-all-reward-transactions-for-a-user' }],
  [1010, 'REWARDS_CATALOG_POINTS_REDEEM_TOKEN_INVALID', 'error', 'api_gateway', 'Points redeem API failed: Invalid token - not found', { kind: 'unauthenticated', audience: 'developer', origin: 'sample', docs: 'https://docs.capillarytech.com/docs/rewards-catalog-backup' }],
  [2102, 'REWARDS_CATALOG_LANGUAGE_SAVED', 'success', 'api_gateway', 'Language save successfully', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/create_language_metadata' }],
  [3008, 'REWARDS_CATALOG_ORG_CONFIG_UPDATED', 'success', 'api_gateway', 'Org config updated successfully', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/organisation-level-configuration-for-rewards-catalog' }],
  [3011, 'REWARDS_CATALOG_BRAND_OR_CONFIG_KEY_NOT_FOUND', 'error', 'api_gateway', 'Brand or config key not found', { kind: 'not-found', audience: 'developer', origin: 'sample', docs: 'https://docs.capillarytech.com/reference/organisation-level-configuration-for-rewards-catalog' }],
  [5001, 'REWARDS_CATALOG_VENDOR_FETCHED', 'success', 'api_gateway', 'Vendor fetched successfully', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/get-vendor-list-for-specific-brand' }],
  [5002, 'REWARDS_CATALOG_VENDOR_CREATED', 'success', 'api_gateway', 'Vendor created successfully', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/createvendor' }],
  [5006, 'REWARDS_CATALOG_VENDOR_STATUS_UPDATED', 'success', 'api_gateway', 'Vendor status updated successfully', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/enable-disable-vendor' }],
  [5012, 'REWARDS_CATALOG_VENDOR_REDEMPTION_CREATED', 'success', 'api_gateway', 'Vendor redemption created successfully', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/postapi_gatewayrewardscorev1vendorredemptioncreate' }],
  [6001, 'REWARDS_CATALOG_REWARD_FETCHED', 'success', 'api_gateway', 'Reward fetched successfully', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/get-reward-details-by-id-in-a-connected-org' }],
  [6002, 'REWARDS_CATALOG_REWARD_CREATED', 'success', 'api_gateway', 'Reward created successfully', { origin: 'sample', docs: 'https://docs.capillarytech.com/docs/rewards-catalog-backup' }],
  [6101, 'REWARDS_CATALOG_REWARD_DETAILS_FETCHED', 'success', 'api_gateway', 'Reward details fetched successfully', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/get-available-brand-rewards' }],
  [8004, 'REWARDS_CATALOG_ISSUE_COUPON_SERIES_INVALID', 'error', 'api_gateway', 'fail to issue reward as  Coupon Series ID is invalid', { kind: 'invalid-argument', origin: 'sample', docs: 'https://docs.capillarytech.com/reference/issue-bulk-reward' }],
  [8004, 'REWARDS_CATALOG_ISSUE_USER_NOT_IN_GROUP', 'error', 'api_gateway', 'fail to issue reward as user {userId} does not belong to group {groupId}', { kind: 'failed-precondition', note: 'The published samples show sample values: fail to issue reward as user 373971337 does not belong to group 124.', origin: 'sample', docs: 'https://docs.capillarytech.com/reference/issue-bulk-reward' }],
  [8004, 'REWARDS_CATALOG_ISSUE_FAILED', 'error', 'api_gateway', 'fail to issue reward as issue failed', { kind: 'internal', origin: 'sample', docs: 'https://docs.capillarytech.com/docs/rewards-catalog-backup' }],
  [8004, 'REWARDS_CATALOG_ISSUE_REDEEMABLE_CHECK_FAILED', 'error', 'api_gateway', 'fail to issue reward as : IsRedeemable API failed CardNumberRequired &NumberNotFound', { kind: 'failed-precondition', audience: 'developer', origin: 'sample', docs: 'https://docs.capillarytech.com/docs/rewards-catalog-backup' }],
  [8010, 'REWARDS_CATALOG_REWARD_ISSUED', 'success', 'api_gateway', 'Reward issued successfully', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/issue-bulk-reward' }],
  [10003, 'REWARDS_CATALOG_REQUEST_PAYLOAD_MISMATCH', 'error', 'api_gateway', 'Request payload is not matching for the passed requestId/s', { kind: 'invalid-argument', audience: 'developer', origin: 'sample', docs: 'https://docs.capillarytech.com/reference/issue-bulk-reward' }],
  [11008, 'REWARDS_CATALOG_PROMOTION_FETCHED', 'success', 'api_gateway', 'Catalog promotion fetched successfully.', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/get-catalog-promotion-details' }],
  [12008, 'REWARDS_CATALOG_GROUP_NOT_FOUND', 'error', 'api_gateway', 'Group not found', { kind: 'not-found', origin: 'sample', docs: 'https://docs.capillarytech.com/reference/get-rewards-for-user' }],
  [12013, 'REWARDS_CATALOG_GROUPS_FETCHED', 'success', 'api_gateway', 'Get all groups fetched successfully', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/get-group-rewards' }],
  [12014, 'REWARDS_CATALOG_CONSTRAINT_EXISTS', 'error', 'api_gateway', 'Constraint already exist, use update constraints api', { kind: 'already-exists', audience: 'developer', origin: 'sample', docs: 'https://docs.capillarytech.com/reference/create-points-restriction' }],
  [12038, 'REWARDS_CATALOG_EXPIRY_REMINDER_CREATED', 'success', 'api_gateway', 'Reward expiry reminder created', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/create-reward-expiry-reminder' }],
  [12040, 'REWARDS_CATALOG_EXPIRY_REMINDER_UPDATED', 'success', 'api_gateway', 'Reward expiry reminder updated', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/update-reward-expiry-reminder' }],
] as const satisfies readonly Row[];
