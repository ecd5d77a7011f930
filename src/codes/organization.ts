/**
 * Status codes of the organization resource, from four publications:
 * - docs.capillarytech.com `/reference/organization` (the V1 page) and the capillary.github.io
 *   v1.1 site's "Organization" (the same table): `v1.1` `item_status` codes 3200-3212.
 * - docs.capillarytech.com `/reference/organization-api` (the V2 page): `v2`, two tables. "Org
 *   Entity" is the org-source table 3213-3222 of the capillary.github.io v2 site's
 *   "Organization Sources" (the same texts); "Organization Entity" gives the server's texts of
 *   codes 3200-3229, 200 and 500.
 * Where the "Organization Entity" table rewords a V1 code or an org-source code with the same
 * meaning, its text is an alias (the V1 wording, and for 3213-3222 the "Org Entity" wording,
 * stays the message); where it means something else under the same code (3203 fetch failed,
 * 3206 config key not found, 3209 config not set, 3214 organization get success) it is an
 * entry of its own, with a note. Its 200 and 500 rows are organization errors, not the
 * request-level 200 and 500. It lists its successes (3200, 3205, 3214) under "Error Codes":
 * they are successes here (test/tables/exceptions/organization.ts).
 * - The per-API pages of the org-entity APIs (/v2/orgEntity/till and /v2/orgEntity/store: Add
 *   Till, Update Till with Custom Fields, the archived Add Till with Existing Custom Fields, Add
 *   Store, Add Store in bulk): `v2`, codes 1023-1025, 1206, 1207, 1214, 1220, 1221 (not
 *   customers' codes of those numbers). Their advice ("Use a unique name.") is in the notes.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const organization = [
  // Success: the V1 table's; 3200 carries three messages.
  [3200, 'ORG_OPERATION_SUCCEEDED', 'success', 'v1.1', 'Operation successful.', {
    note: '3200 also means "Entities are fetched successfully" (ORG_ENTITIES_FETCHED) and "Custom fields are fetched successfully" (ORG_CUSTOM_FIELDS_FETCHED).',
    docs: 'https://docs.capillarytech.com/reference/organization',
  }],
  [3200, 'ORG_ENTITIES_FETCHED', 'success', 'v1.1', 'Entities are fetched successfully', {
    operations: ['entities.get'],
    aliases: ['Entity search successful'],
    note: '3200 also means "Operation successful." (ORG_OPERATION_SUCCEEDED) and "Custom fields are fetched successfully" (ORG_CUSTOM_FIELDS_FETCHED). The v1.1 samples of GET organization/entities send "Entity search successful" for each entity.',
    docs: 'https://docs.capillarytech.com/reference/organization',
  }],
  [3200, 'ORG_CUSTOM_FIELDS_FETCHED', 'success', 'v1.1', 'Custom fields are fetched successfully', {
    operations: ['customFields.get'],
    note: '3200 also means "Operation successful." (ORG_OPERATION_SUCCEEDED) and "Entities are fetched successfully" (ORG_ENTITIES_FETCHED).',
    docs: 'https://docs.capillarytech.com/reference/organization',
  }],
  [3205, 'ORG_CONFIGS_SAVED', 'success', 'v1.1', 'Configurations saved successfully', {
    aliases: ['Organization configuration addition successful'],
    docs: 'https://docs.capillarytech.com/reference/organization',
  }],
  [3208, 'ORG_CONFIG_FETCHED', 'success', 'v1.1', 'Configuration fetched successfully', { docs: 'https://docs.capillarytech.com/reference/organization' }],
  [3214, 'ORG_RETRIEVED', 'success', 'v2', 'Organization get success', {
    note: 'Listed under "Error Codes" in the V2 page\'s table. 3214 also means "Unable to add org source" (ORG_SOURCE_ADD_FAILED).',
  }],

  // Errors: the V1 table's.
  [3201, 'ORG_OPERATION_FAILED', 'error', 'v1.1', 'Operation failed', { kind: 'internal', docs: 'https://docs.capillarytech.com/reference/organization' }],
  [3202, 'ORG_ENTITIES_NOT_FOUND', 'error', 'v1.1', 'Entities not found', {
    aliases: ['Entity with {0} {1} not found'],
    kind: 'not-found',
    docs: 'https://docs.capillarytech.com/reference/organization',
  }],
  [3203, 'ORG_CUSTOM_FIELDS_NOT_FOUND', 'error', 'v1.1', 'Custom field(s) not found', {
    kind: 'not-found',
    note: '3203 also means "Custom fields fetch failed" (ORG_CUSTOM_FIELDS_FETCH_FAILED).',
    docs: 'https://docs.capillarytech.com/reference/organization',
  }],
  [3204, 'ORG_CUSTOM_FIELDS_NOT_FOUND_FOR_SCOPE', 'error', 'v1.1', 'Custom field(s) not found for this scope', {
    aliases: ['Custom fields not found for given scope'],
    kind: 'not-found',
    docs: 'https://docs.capillarytech.com/reference/organization',
  }],
  [3206, 'ORG_CONFIGS_SAVE_FAILED', 'error', 'v1.1', 'Unable to save configurations', {
    kind: 'internal',
    note: '3206 also means "Organization configuration addition failure, Config Key not found: {0}" (ORG_CONFIG_KEY_NOT_FOUND).',
    docs: 'https://docs.capillarytech.com/reference/organization',
  }],
  [3207, 'ORG_INVALID_CUSTOMER_TYPE', 'error', 'v1.1', 'Customer type is invalid', { kind: 'invalid-argument', docs: 'https://docs.capillarytech.com/reference/organization' }],
  [3209, 'ORG_CONFIGS_NOT_FOUND', 'error', 'v1.1', 'No configurations are found for this organization', {
    aliases: ['Organization configurations not found'],
    kind: 'not-found',
    note: '3209 also means "Organization config \'{x}\' not set" (ORG_CONFIG_NOT_SET).',
    docs: 'https://docs.capillarytech.com/reference/organization',
  }],
  [3211, 'ORG_INVALID_CONFIG_SCOPE', 'error', 'v1.1', 'Configuration scope is invalid', {
    aliases: ['Organization configuration invalid scope'],
    kind: 'invalid-argument',
    docs: 'https://docs.capillarytech.com/reference/organization',
  }],
  [3212, 'ORG_INVALID_CONFIG_VALUE', 'error', 'v1.1', 'Configuration value is invalid', {
    aliases: ['Invalid value {1} for organization config \'{0}\'', 'Organization configuration invalid value'],
    kind: 'invalid-argument',
    docs: 'https://docs.capillarytech.com/reference/organization',
  }],

  // Errors: the org-source codes ("Org Entity" on the V2 page, the v2 site's "Organization
  // Sources"); the "Organization Entity" table's texts are aliases.
  [3213, 'ORG_SOURCE_NOT_FOUND', 'error', 'v2', 'Unable to find org source', {
    aliases: ['Org source not found with {0} : {1}'],
    kind: 'not-found',
  }],
  [3214, 'ORG_SOURCE_ADD_FAILED', 'error', 'v2', 'Unable to add org source', {
    aliases: ['Org source addition failed'],
    kind: 'internal',
    note: '3214 also means "Organization get success" (ORG_RETRIEVED).',
  }],
  [3215, 'ORG_SOURCE_TYPES_NOT_FOUND', 'error', 'v2', 'No source types found', {
    kind: 'not-found',
  }],
  [3216, 'ORG_SOURCE_INVALID_NAME', 'error', 'v2', 'Invalid source name', {
    aliases: ['Org source {0} failed, Invalid source name passed'],
    kind: 'invalid-argument',
  }],
  [3217, 'ORG_SOURCE_INVALID_ACCOUNT_ID', 'error', 'v2', 'Invalid account identifier of the source', {
    aliases: ['Org source addition failed, Invalid source account identifier passed', 'Source is invalid.'],
    sharedWith: ['customers'],
    kind: 'invalid-argument',
  }],
  [3218, 'ORG_SOURCE_INVALID_TYPE', 'error', 'v2', 'Invalid source type', {
    aliases: ['Org source {0} failed, Invalid source type passed'],
    kind: 'invalid-argument',
  }],
  [3219, 'ORG_SOURCE_INVALID_UUID', 'error', 'v2', 'Unable to update source. Invalid UUID', {
    aliases: ['Org source update failed, Invalid UUID passed'],
    kind: 'invalid-argument',
    audience: 'developer',
  }],
  [3220, 'ORG_SOURCE_EXISTS', 'error', 'v2', 'Org source already exists with the given values', {
    aliases: ['Org source {0} failed, Org source already exits with given {1}, {2}, {3}'],
    kind: 'already-exists',
  }],
  [3221, 'ORG_SOURCE_UPDATE_FAILED_OR_INVALID_ORG_ID', 'error', 'v2', 'Unable to update org source / Invalid org id', {
    aliases: ['Org source update failed OR Org id passed is invalid'],
    kind: 'invalid-argument',
  }],
  [3222, 'ORG_SOURCE_CONFIGS_NOT_FOUND', 'error', 'v2', 'No configurations found for the provided source id', {
    aliases: ['No configs found for given source id'],
    kind: 'not-found',
  }],

  // Errors: the rest of the V2 page's "Organization Entity" table, in its order.
  [200, 'ORG_INVALID_ENTITY_ID', 'error', 'v2', 'Invalid value in entity \'id\' parameter', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'An organization error under code 200, which elsewhere is request-level success (REQUEST_SUCCEEDED).',
  }],
  [500, 'ORG_ENTITIES_FETCH_FAILED', 'error', 'v2', 'Organization entities could not be fetched', {
    kind: 'internal',
    note: 'Not the request-level 500 (ALL_REQUESTS_FAILED). 500 here also means "Type is not passed, please send type" (ORG_ENTITY_TYPE_MISSING) and "Type is invalid. Please pass type STORE/STR_SERVER/TILL/ZONE/CONCEPT" (ORG_INVALID_ENTITY_TYPE).',
  }],
  [500, 'ORG_ENTITY_TYPE_MISSING', 'error', 'v2', 'Type is not passed, please send type', {
    kind: 'invalid-argument',
    note: 'Not the request-level 500 (ALL_REQUESTS_FAILED). 500 here also means "Organization entities could not be fetched" (ORG_ENTITIES_FETCH_FAILED) and "Type is invalid. Please pass type STORE/STR_SERVER/TILL/ZONE/CONCEPT" (ORG_INVALID_ENTITY_TYPE).',
  }],
  [500, 'ORG_INVALID_ENTITY_TYPE', 'error', 'v2', 'Type is invalid. Please pass type STORE/STR_SERVER/TILL/ZONE/CONCEPT', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Not the request-level 500 (ALL_REQUESTS_FAILED). 500 here also means "Organization entities could not be fetched" (ORG_ENTITIES_FETCH_FAILED) and "Type is not passed, please send type" (ORG_ENTITY_TYPE_MISSING).',
  }],
  [3209, 'ORG_CONFIG_NOT_SET', 'error', 'v2', 'Organization config \'{x}\' not set', {
    kind: 'failed-precondition',
    note: '3209 also means "No configurations are found for this organization" (ORG_CONFIGS_NOT_FOUND).',
  }],
  [3210, 'ORG_FETCH_FAILED', 'error', 'v2', 'Organization fetch failure', { kind: 'internal' }],
  [3229, 'ORG_INVALID_CONFIG_VALUE_TYPE', 'error', 'v2', 'Organization configuration invalid value-type', { kind: 'invalid-argument' }],
  [3203, 'ORG_CUSTOM_FIELDS_FETCH_FAILED', 'error', 'v2', 'Custom fields fetch failed', {
    kind: 'internal',
    note: '3203 also means "Custom field(s) not found" (ORG_CUSTOM_FIELDS_NOT_FOUND).',
  }],
  [3206, 'ORG_CONFIG_KEY_NOT_FOUND', 'error', 'v2', 'Organization configuration addition failure, Config Key not found: {0}', {
    kind: 'not-found',
    audience: 'developer',
    note: '3206 also means "Unable to save configurations" (ORG_CONFIGS_SAVE_FAILED).',
  }],

  // Errors: the org-entity pages (tills and stores).
  [1207, 'ORG_TILL_NAME_EXISTS', 'error', 'v2', 'Till name already exists', {
    kind: 'already-exists',
    note: 'Use a unique name. Add Till and the archived Add Till page print "TIll".',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/add-till-with-new-custom-fields',
  }],
  [1214, 'ORG_TILL_PARENT_STORE_INVALID', 'error', 'v2', 'The parent store is not valid', {
    kind: 'invalid-argument',
    note: 'Use a valid parent store ID',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/add-till-with-new-custom-fields',
  }],
  [1023, 'ORG_CUSTOM_FIELD_LIMIT_REACHED', 'error', 'v2', 'The number of custom fields that can be created is reached', {
    kind: 'resource-exhausted',
    note: 'In the org settings, increase the limit of PRODUCT_CONF_ORG_AUDITABLE_CUSTOM_FIELDS_LIMIT. Default value: 5.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/add-till-with-new-custom-fields',
  }],
  [1024, 'ORG_CUSTOM_FIELD_PARAM_EMPTY', 'error', 'v2', 'The custom field parameter is null or empty', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Enter a value for the parameter.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/add-till-with-new-custom-fields',
  }],
  [1025, 'ORG_CUSTOM_FIELD_DUPLICATE_NAME', 'error', 'v2', 'There are multiple custom fields with the same name', {
    kind: 'already-exists',
    note: 'Use a unique custom field name.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/add-till-with-new-custom-fields',
  }],
  [1220, 'ORG_STORE_CODE_EXISTS', 'error', 'v2', 'Store code exists', { kind: 'already-exists', origin: 'page', docs: 'https://docs.capillarytech.com/reference/add-store' }],
  [1206, 'ORG_STORE_NAME_EXISTS', 'error', 'v2', 'Store name exists', { kind: 'already-exists', origin: 'page', docs: 'https://docs.capillarytech.com/reference/add-store' }],
  [1221, 'ORG_STORE_EXTERNAL_ID_MISSING', 'error', 'v2', 'External ID missing', {
    kind: 'invalid-argument',
    note: 'A minimum of 1 external ID is required',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/add-store-in-bulk',
  }],

  // Codes only the published samples show (test/fixtures/payloads/): no table lists them; each
  // is the sample's wording (docs/DATA.md "Codes only the samples show"), `docs` the sample's page.
  [683, 'ORG_INVALID_ITEM_CODE', 'error', 'v2', 'invalid item code: {itemCode}', { kind: 'invalid-argument', note: 'The published samples show sample values: invalid item code: sku_prk123457111111111.', origin: 'sample', docs: 'https://github.com/naman-cap/CapDocs/blob/7fb678c32ab5059088cbae19a7062aacd0dfbeca/CapDocs/references/organization-2.json' }],
  [842, 'ORG_INVALID_PAYMENT_MODE_NAME', 'error', 'v2', 'invalid payment mode:{paymentMode}', { kind: 'invalid-argument', note: 'The published samples show sample values: invalid payment mode:Card Payment.', origin: 'sample', docs: 'https://github.com/naman-cap/CapDocs/blob/7fb678c32ab5059088cbae19a7062aacd0dfbeca/CapDocs/references/organization-2.json' }],
] as const satisfies readonly Row[];
