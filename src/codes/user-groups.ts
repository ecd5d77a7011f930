/**
 * Status codes of the user-groups resource (v2 `errors[]`; the per-API pages add two
 * `warnings[]` codes), from five publications, all `v2`:
 * docs.capillarytech.com `/reference/user-group-status-codes` and the capillary.github.io v2
 * site's "User Group (v2)" (the same table; the docs add 91015); docs.capillarytech.com
 * `/reference/company-1` and the v2 site's "Company (User Group)" (the group-loyalty and
 * company codes 1600-1651, 1701-1711); the v2 site's "User Groups (v1)" (93001-93016, the first
 * version of the /v2/usergroups API).
 * 1619-1645 are in both current tables: the user-group page's wording is the message, the
 * company page's ("Fleet group ...") an alias. 1701-1711 live in fleet-hierarchy (shared with
 * this resource). The request-level rows (400, 403) are `api` entries and 8015 customers'; 8069
 * is an error here, a warning in customers.
 * The v1 table's remarks ("Where `x` is the group ID.") are kept in the notes.
 * The per-API pages of /v2/userGroup2 (Add Group, Update User Group, Search user groups, Update
 * permissions, Search for groups using the extended fields) reword 1632 and 1633 and add 1661,
 * 91052 and the extended-field codes 91016 and 91017 (not customers' 91016 and 91017). Add
 * Group and Update User Group say 91016 and 91017 are warnings (the group is saved, its
 * extended fields are not), though they list them under "error codes"; the extended-field
 * search lists them as errors: a warning and an error entry each. The customers section's
 * tracker page (Get user group customer tracker details) rewords 1645 and 1647.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const userGroups = [
  // Errors: the company table's order, the user-group table's codes where they fall.
  [1600, 'USER_GROUP_FLEET_CODE_EXISTS', 'error', 'v2', 'Fleet code {x} exists.', { kind: 'already-exists' }],
  [1601, 'USER_GROUP_FLEET_TOO_FEW_ROLES', 'error', 'v2', 'Fleet minimum number of roles {x} not met.', { kind: 'invalid-argument' }],
  [1602, 'USER_GROUP_FLEET_TOO_MANY_ROLES', 'error', 'v2', 'Fleet maximum number of roles {x} exceeded.', { kind: 'invalid-argument' }],
  [1603, 'USER_GROUP_FLEET_ROLE_CODE_EMPTY', 'error', 'v2', 'Fleet role code cannot be empty or null.', { kind: 'invalid-argument', audience: 'developer' }],
  [1604, 'USER_GROUP_FLEET_MAX_CHILD_NEGATIVE', 'error', 'v2', 'Fleet max child per role cannot be negative.', { kind: 'invalid-argument' }],
  [1605, 'USER_GROUP_FLEET_CHILD_PER_ROLE_LIMIT_EXCEEDED', 'error', 'v2', 'Max limit of {0} on total number of child per role exceeded for {1}. Contact support team to increase the limit.', {
    kind: 'resource-exhausted',
  }],
  [1606, 'USER_GROUP_FLEET_DUPLICATE_ROLE_CODES', 'error', 'v2', 'Duplicate fleet role codes passed in the payload.', { kind: 'invalid-argument', audience: 'developer' }],
  [1607, 'USER_GROUP_FLEET_INVALID_CHILD_ROLE_CODE', 'error', 'v2', 'Invalid child role code passed {x}.', { kind: 'invalid-argument' }],
  [1608, 'USER_GROUP_FLEET_CYCLIC_HIERARCHY', 'error', 'v2', 'Cyclic hierarchy is not supported.', { kind: 'invalid-argument' }],
  [1609, 'USER_GROUP_FLEET_INVALID_HIERARCHY_ID', 'error', 'v2', 'Fleet hierarchy ID/code {x} is invalid.', { kind: 'invalid-argument' }],
  [1610, 'USER_GROUP_FLEET_HIERARCHY_INACTIVE', 'error', 'v2', 'Fleet hierarchy is not active.', { kind: 'failed-precondition' }],
  [1611, 'USER_GROUP_FLEET_MAX_CHILD_MISSING', 'error', 'v2', 'Fleet max child not passed for the role {x}.', { kind: 'invalid-argument' }],
  [1612, 'USER_GROUP_FLEET_CHILD_ROLE_CODE_MISSING', 'error', 'v2', 'Fleet child role code not passed for the role {x}.', { kind: 'invalid-argument' }],
  [1613, 'USER_GROUP_FLEET_HIERARCHY_CODE_EMPTY', 'error', 'v2', 'Fleet hierarchy code cannot be null or empty.', { kind: 'invalid-argument', audience: 'developer' }],
  [1614, 'USER_GROUP_FLEET_AGGREGATION_ROLE_REQUIRED', 'error', 'v2', 'Any one role needs to be marked as aggregation level for auto group creation to be enabled.', { kind: 'invalid-argument' }],
  [1615, 'USER_GROUP_FLEET_INVALID_ROLE_CODE', 'error', 'v2', 'Role Code {x} is invalid.', { kind: 'invalid-argument' }],
  [1616, 'USER_GROUP_FLEET_INVALID_HIERARCHY_CODE', 'error', 'v2', 'Fleet hierarchy code invalid {x}.', { kind: 'invalid-argument' }],
  [1617, 'USER_GROUP_FLEET_ROLE_NOT_IN_HIERARCHY', 'error', 'v2', 'Fleet role code for the child customers doesn\'t qualify the hierarchy.', { kind: 'failed-precondition' }],
  [1618, 'USER_GROUP_FLEET_ROLE_MAX_CHILD_EXCEEDED', 'error', 'v2', 'Total number of child for the role {0} can not exceed {1}.', { kind: 'resource-exhausted' }],
  [1619, 'USER_GROUP_INVALID_ID', 'error', 'v2', 'Group id {x} is invalid', {
    aliases: ['Group ID {x} invalid.'],
    kind: 'invalid-argument',
    docs: 'https://docs.capillarytech.com/reference/user-group-status-codes',
  }],
  [1620, 'USER_GROUP_USER_NOT_IN_GROUP', 'error', 'v2', 'User {x} does not belong to group {y}.', {
    aliases: ['User {0} does not belong to group {1}.', 'user customeriddoes not belong to group xxx'],
    sharedWith: ['customers'],
    kind: 'failed-precondition',
    docs: 'https://docs.capillarytech.com/reference/user-group-status-codes',
  }],
  [1621, 'USER_GROUP_USER_NOT_FOUND', 'error', 'v2', 'User with {x} does not exist.', { kind: 'not-found' }],
  [1622, 'USER_GROUP_USERS_IN_DIFFERENT_COMPANIES', 'error', 'v2', 'Users does not belong to same company.', {
    aliases: ['Users do not belong to the same company.'],
    kind: 'failed-precondition',
    docs: 'https://docs.capillarytech.com/reference/user-group-status-codes',
  }],
  [1623, 'USER_GROUP_USER_ALREADY_PRESENT', 'error', 'v2', 'User {x} already present in group {y}.', {
    aliases: ['User {0} already present in group {1}.'],
    kind: 'already-exists',
    docs: 'https://docs.capillarytech.com/reference/user-group-status-codes',
  }],
  [1624, 'USER_GROUP_PRIMARY_MEMBER_TRANSFER_NOT_ALLOWED', 'error', 'v2', 'Group transfer not allowed for primary member {x}', {
    aliases: ['Group transfer not allowed for primary member {0}.'],
    kind: 'failed-precondition',
    docs: 'https://docs.capillarytech.com/reference/user-group-status-codes',
  }],
  [1625, 'USER_GROUP_FLEET_PARENT_NOT_MAPPED', 'error', 'v2', 'Fleet parent customer {x} not mapped in the hierarchy.', { kind: 'failed-precondition' }],
  [1626, 'USER_GROUP_FLEET_CUSTOMER_IN_OTHER_HIERARCHY', 'error', 'v2', 'Customer is already mapped to a different hierarchy.', { kind: 'failed-precondition' }],
  [1627, 'USER_GROUP_FLEET_ROLE_NOT_CHANGEABLE', 'error', 'v2', 'Customer fleet user role can\'t be changed.', { kind: 'failed-precondition' }],
  [1628, 'USER_GROUP_FLEET_COMPANY_NOT_CHANGEABLE', 'error', 'v2', 'Customer fleet company can\'t be changed.', { kind: 'failed-precondition' }],
  [1629, 'USER_GROUP_FLEET_PERMISSION_CODE_EMPTY', 'error', 'v2', 'Fleet role permission code cannot be null or empty.', { kind: 'invalid-argument', audience: 'developer' }],
  [1630, 'USER_GROUP_FLEET_PERMISSION_CODE_NOT_FOUND', 'error', 'v2', 'Fleet role permission code not exist.', { kind: 'not-found' }],
  [1631, 'USER_GROUP_FLEET_DUPLICATE_PERMISSION_CODE', 'error', 'v2', 'Fleet role permission code {x} duplicated.', { kind: 'invalid-argument' }],
  [1632, 'USER_GROUP_INVALID_IDENTIFIER', 'error', 'v2', 'Group id/externalId/primary userId {x} passed is not valid.', {
    aliases: [
      'Group ID, externalD, or primary userID  is not valid',
      'Invalid user group member ID passed',
      'Fleet group ID/externalID/primary userID {x} passed is not valid.',
      'group id/externalId/primary userId passed is not valid',
      'group id/externalId/primary userId 565345934 passed is not valid',
      'Invalid or non-existent groupId',
    ],
    sharedWith: ['points', 'points-ledger'],
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Update permissions words it "Invalid user group member ID passed" and adds: Make sure that the user group ID is valid. The published text "…userId 565345934 passed is not valid" shows a sample value; the message writes it as a placeholder ({x}), and the published text is an alias.',
    docs: 'https://docs.capillarytech.com/reference/user-group-status-codes',
  }],
  [1633, 'USER_GROUP_EXTERNAL_ID_EXISTS', 'error', 'v2', 'Group external Id {x} already exists.', {
    aliases: ['Group ID exists', 'Fleet group external ID {x} already exists.'],
    kind: 'already-exists',
    note: 'Add Group words it "Group ID exists" and adds: Change the value of the field externalId',
    docs: 'https://docs.capillarytech.com/reference/user-group-status-codes',
  }],
  [1634, 'USER_GROUP_EXTERNAL_ID_NULL', 'error', 'v2', 'Group externalId can\'t be null', {
    aliases: ['Fleet group externalId can\'t be null.'],
    kind: 'invalid-argument',
    audience: 'developer',
    docs: 'https://docs.capillarytech.com/reference/user-group-status-codes',
  }],
  [1635, 'USER_GROUP_QUERY_PARAM_MISSING', 'error', 'v2', 'Group query param is not passed.', {
    aliases: ['Fleet group query param is not passed.'],
    kind: 'invalid-argument',
    audience: 'developer',
    docs: 'https://docs.capillarytech.com/reference/user-group-status-codes',
  }],
  [1636, 'USER_GROUP_CUSTOMER_ALREADY_MEMBER', 'error', 'v2', 'Customer is already a member of the group.', { kind: 'already-exists' }],
  [1637, 'USER_GROUP_PRIMARY_MEMBER_EXISTS', 'error', 'v2', 'Primary member exists for the group.', { kind: 'already-exists' }],
  [1638, 'USER_GROUP_CAPACITY_REACHED', 'error', 'v2', 'Total members in the group reached maximum group capacity {x}.', { kind: 'resource-exhausted' }],
  [1639, 'USER_GROUP_MAX_SIZE_ABOVE_PRODUCT_LIMIT', 'error', 'v2', 'Group max size can not exceed product limit {x}', {
    aliases: ['Fleet group max size cannot exceed product limit {x}.'],
    kind: 'invalid-argument',
    docs: 'https://docs.capillarytech.com/reference/user-group-status-codes',
  }],
  [1640, 'USER_GROUP_MAX_SIZE_NOT_POSITIVE', 'error', 'v2', 'Group max size field should be a positive value.', {
    aliases: ['Fleet group max size field should be a positive value.'],
    kind: 'invalid-argument',
    docs: 'https://docs.capillarytech.com/reference/user-group-status-codes',
  }],
  [1641, 'USER_GROUP_INVALID_PERMISSION_CODE', 'error', 'v2', 'Invalid permission code {x} passed.', { kind: 'invalid-argument' }],
  [1642, 'USER_GROUP_USER_PRIMARY_IN_OTHER_GROUP', 'error', 'v2', 'User is primary member in a different group.', {
    aliases: ['Fleet user is primary member in a different group.'],
    kind: 'failed-precondition',
    docs: 'https://docs.capillarytech.com/reference/user-group-status-codes',
  }],
  [1643, 'USER_GROUP_NOTHING_TO_UPDATE', 'error', 'v2', 'Nothing to update in the group', {
    aliases: ['Nothing to update in the fleet group.'],
    kind: 'invalid-argument',
    docs: 'https://docs.capillarytech.com/reference/user-group-status-codes',
  }],
  [1644, 'USER_GROUP_DETAILS_MISSING', 'error', 'v2', 'Group details not passed.', {
    aliases: ['Fleet group details not passed.'],
    kind: 'invalid-argument',
    docs: 'https://docs.capillarytech.com/reference/user-group-status-codes',
  }],
  [1645, 'USER_GROUP_DETAILS_INVALID', 'error', 'v2', 'Group details passed are not valid.', {
    aliases: ['Fleet group details passed are not valid.', 'Invalid group details'],
    sharedWith: ['points'],
    kind: 'invalid-argument',
    docs: 'https://docs.capillarytech.com/reference/user-group-status-codes',
  }],
  [1646, 'USER_GROUP_INVALID_TRANSFER_ENTITY_TYPE', 'error', 'v2', 'Fleet group transfer entity type invalid.', { kind: 'invalid-argument' }],
  [1647, 'USER_GROUP_TRACKERS_INVALID_ENTITY_TYPE', 'error', 'v2', 'Get trackers entity type not set/invalid. Supported types include FLEET,CUSTOMER.', {
    aliases: ['Get trackers entity type not set/invalid. supported types include USERGROUP2,CUSTOMER.'],
    kind: 'invalid-argument',
    note: '1647 also means the user has no default fleet group (USER_GROUP_DEFAULT_GROUP_NOT_SET). The tracker page of the customer APIs names the types USERGROUP2,CUSTOMER.',
  }],
  [1647, 'USER_GROUP_DEFAULT_GROUP_NOT_SET', 'error', 'v2', 'Default Fleet group not set for the user.', {
    kind: 'failed-precondition',
    note: '1647 also means an invalid trackers entity type (USER_GROUP_TRACKERS_INVALID_ENTITY_TYPE).',
  }],
  [1648, 'USER_GROUP_FLEET_MULTIPLE_DEFAULT_CHILDREN', 'error', 'v2', 'Multiple child customers cannot be marked as default for the same parent customer.', { kind: 'failed-precondition' }],
  [1649, 'USER_GROUP_FLEET_MULTIPLE_AGGREGATION_ROLES', 'error', 'v2', 'Only one role should be marked as points aggregation role.', { kind: 'invalid-argument' }],
  [1650, 'USER_GROUP_FLEET_CONFLICTING_AGGREGATION_ROLES', 'error', 'v2', 'Role can not be both pointsAggregationRole and nonAutomatedPointsAggregationRole.', { kind: 'invalid-argument', audience: 'developer' }],
  [1651, 'USER_GROUP_POINTS_TRANSFER_BY_NON_MEMBER', 'error', 'v2', 'Points transfer from a group can not be done by a user who is not part of the group.', { kind: 'failed-precondition' }],
  [1661, 'USER_GROUP_EXTENDED_FIELDS_EMPTY', 'error', 'v2', 'The extended fields array is empty.', { kind: 'invalid-argument', audience: 'developer', origin: 'page', docs: 'https://docs.capillarytech.com/reference/search-for-groups-using-the-extended-fields' }],
  [8069, 'USER_GROUP_MERGED_CUSTOMER_FOUND', 'error', 'v2', 'Merged customer found.', {
    sharedWith: ['points'],
    kind: 'failed-precondition',
    note: 'The user-group tables list it as an error; customers sends the same text as a warning (MERGED_CUSTOMER_FOUND) when only a side activity met a merged customer.',
    docs: 'https://docs.capillarytech.com/reference/user-group-status-codes',
  }],
  [91015, 'USER_GROUP_NAME_SEARCH_TOO_LONG', 'error', 'v2', 'The field length is too long. The maximum allowed number of characters for a group name search is 50.', {
    kind: 'invalid-argument',
    note: 'In customers 91015 is another condition, a warning (EXTENDED_FIELDS_UPDATE_FAILED).',
    docs: 'https://docs.capillarytech.com/reference/user-group-status-codes',
  }],
  [91016, 'USER_GROUP_EXTENDED_FIELD_NAME_INVALID', 'error', 'v2', 'The extended field name is incorrect.', {
    kind: 'invalid-argument',
    note: 'The extended-field search\'s error. Adding or updating a group sends it as a warning (USER_GROUP_EXTENDED_FIELD_NAME_INVALID_WARNING). Not customers\' 91016 (WECHAT_PROFILE_MISSING).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/search-for-groups-using-the-extended-fields',
  }],
  [91017, 'USER_GROUP_EXTENDED_FIELD_TYPE_MISMATCH', 'error', 'v2', 'The value of the extended field does not match the data type.', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'The extended-field search\'s error. Adding or updating a group sends it as a warning (USER_GROUP_EXTENDED_FIELD_TYPE_MISMATCH_WARNING). Not customers\' 91017 (WEB_ENGAGE_PROFILE_MISSING).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/search-for-groups-using-the-extended-fields',
  }],
  [91052, 'USER_GROUP_SEARCH_PARAMS_INVALID', 'error', 'v2', 'Invalid or missing search parameters.', { kind: 'invalid-argument', audience: 'developer', origin: 'page', docs: 'https://docs.capillarytech.com/reference/get-user-group-details' }],

  // The first version's codes (v2 site, "User Groups (v1)").
  [93001, 'USER_GROUP_NAME_EMPTY', 'error', 'v2', 'Group name cannot be empty.', { kind: 'invalid-argument', docs: 'https://capillary.github.io/api-documentation/' }],
  [93002, 'USER_GROUP_INVALID_USER_ID', 'error', 'v2', 'Invalid user id {x}.', { kind: 'invalid-argument', docs: 'https://capillary.github.io/api-documentation/' }],
  [93003, 'USER_GROUP_USER_ALREADY_IN_A_GROUP', 'error', 'v2', 'User {x} is already associated with a group.', {
    kind: 'failed-precondition',
    note: 'Where x is the group ID. Likely a documentation slip: {x} follows "User", so it is probably the user ID.',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [93004, 'USER_GROUP_INVALID_GROUP_ID', 'error', 'v2', 'Invalid group id {x}.', {
    kind: 'invalid-argument',
    note: 'Where x is the group ID.',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [93005, 'USER_GROUP_USER_NOT_SECONDARY_MEMBER', 'error', 'v2', 'User {y} is not secondary member of the group {y}.', {
    kind: 'failed-precondition',
    note: 'Where y is the user ID and x is the group ID. The text has {y} twice, as published: likely a documentation slip for "the group {x}".',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [93006, 'USER_GROUP_MEMBER_REMOVAL_FAILED', 'error', 'v2', 'Failed to remove the user {y} from group {x}.', {
    kind: 'internal',
    note: 'Where y is the user ID and x is the group ID.',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [93007, 'USER_GROUP_USER_ID_EMPTY', 'error', 'v2', 'UserId should not be empty.', { kind: 'invalid-argument', docs: 'https://capillary.github.io/api-documentation/' }],
  [93008, 'USER_GROUP_VALIDATION_CODE_EMPTY', 'error', 'v2', 'Validation code should not be empty.', { kind: 'invalid-argument', docs: 'https://capillary.github.io/api-documentation/' }],
  [93009, 'USER_GROUP_NAME_TAKEN', 'error', 'v2', 'Group Name {x} is already taken.', {
    kind: 'already-exists',
    note: 'Where x is the group ID.',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [93010, 'USER_GROUP_ID_EMPTY', 'error', 'v2', 'Group ID should not be empty.', { kind: 'invalid-argument', docs: 'https://capillary.github.io/api-documentation/' }],
  [93011, 'USER_GROUP_MEMBER_ADD_FAILED', 'error', 'v2', 'Unable to add member to the group.', { kind: 'internal', docs: 'https://capillary.github.io/api-documentation/' }],
  [93012, 'USER_GROUP_SIZE_LIMIT_REACHED', 'error', 'v2', 'Group size has reached maximum limit.', { kind: 'resource-exhausted', docs: 'https://capillary.github.io/api-documentation/' }],
  [93013, 'USER_GROUP_INVALID_USER_ID_SPECIFIED', 'error', 'v2', 'Invalid userId specified  {y}.', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Where y is the user ID.',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [93014, 'USER_GROUP_USER_NOT_PART_OF_GROUP', 'error', 'v2', 'User {y} is not part of the group.', {
    kind: 'failed-precondition',
    note: 'Where y is the user ID.',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [93015, 'USER_GROUP_PRIMARY_USER_NOT_CHANGEABLE', 'error', 'v2', 'Primary user cannot be changed.', { kind: 'failed-precondition', docs: 'https://capillary.github.io/api-documentation/' }],
  [93016, 'USER_GROUP_FEATURE_DISABLED', 'error', 'v2', 'User group feature is disabled.', { kind: 'failed-precondition', docs: 'https://capillary.github.io/api-documentation/' }],

  // Warnings: the extended fields of a group added or updated (Add Group, Update User Group).
  [91016, 'USER_GROUP_EXTENDED_FIELD_NAME_INVALID_WARNING', 'warning', 'v2', 'Extended field name is incorrect.', {
    aliases: ['This is a warning indicating the extended fields are incorrect.'],
    kind: 'invalid-argument',
    note: 'Note: This is a warning. The user group is created, but the extended fields are not updated. Update User Group words 91016 and 91017 alike. The extended-field search sends it as an error (USER_GROUP_EXTENDED_FIELD_NAME_INVALID).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/add-group',
  }],
  [91017, 'USER_GROUP_EXTENDED_FIELD_TYPE_MISMATCH_WARNING', 'warning', 'v2', 'Value of the extended field does not match the data type.', {
    aliases: ['This is a warning indicating the extended fields are incorrect.'],
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Note: This is a warning, The user group is created, but the extended fields are not updated. Update User Group words 91016 and 91017 alike. The extended-field search sends it as an error (USER_GROUP_EXTENDED_FIELD_TYPE_MISMATCH).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/add-group',
  }],
] as const satisfies readonly Row[];
