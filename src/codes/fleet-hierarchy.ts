/**
 * Status codes of the fleet-hierarchy resource (group loyalty: companies and their
 * hierarchy), from docs.capillarytech.com `/reference/fleet-hierarchy` (a "V2 API Reference"
 * page, hidden in the docs' navigation; `v2`). The table has no category; every row is an
 * error by its meaning. The company page of user-groups (`/reference/company-1` and the v2
 * site's "Company (User Group)") lists the same 1701-1711 in other wordings: those are aliases
 * here, and the entries are shared with user-groups.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const fleetHierarchy = [
  [1701, 'FLEET_HIERARCHY_CODE_NOT_FOUND', 'error', 'v2', 'Fleet hierarchy code {x} not exist', {
    aliases: ['Fleet hierarchy code {x} does not exist.'],
    sharedWith: ['user-groups'],
    kind: 'not-found',
  }],
  [1702, 'FLEET_COMPANY_EXTERNAL_ID_EXISTS', 'error', 'v2', 'Company externalId {x} already exists', {
    sharedWith: ['user-groups'],
    kind: 'already-exists',
    audience: 'developer',
  }],
  [1703, 'FLEET_PARENT_COMPANY_NOT_FOUND', 'error', 'v2', 'Parent company externalId {x} not exist', {
    aliases: ['Parent company externalID {0} does not exist.'],
    sharedWith: ['user-groups'],
    kind: 'not-found',
    audience: 'developer',
  }],
  [1704, 'FLEET_COMPANY_NOT_FOUND', 'error', 'v2', 'Company does not exist with given id/externalId {x}', {
    sharedWith: ['user-groups'],
    kind: 'not-found',
    audience: 'developer',
  }],
  [1705, 'FLEET_COMPANY_INACTIVE', 'error', 'v2', 'Fleet company is inactive', { sharedWith: ['user-groups'], kind: 'failed-precondition' }],
  [1706, 'FLEET_COMPANY_ACTIVATION_NOT_ALLOWED', 'error', 'v2', 'Fleet company can not activated', {
    aliases: ['Fleet company cannot be activated.'],
    sharedWith: ['user-groups'],
    kind: 'failed-precondition',
  }],
  [1707, 'FLEET_EXTERNAL_ID_EMPTY', 'error', 'v2', 'Fleet {x} externalId can not be null or empty', {
    sharedWith: ['user-groups'],
    kind: 'invalid-argument',
    audience: 'developer',
  }],
  [1708, 'FLEET_COMPANY_IDENTIFIER_REQUIRED', 'error', 'v2', 'Fleet company identifiers id/externalId should pass', {
    sharedWith: ['user-groups'],
    kind: 'invalid-argument',
    audience: 'developer',
  }],
  [1709, 'FLEET_COMPANY_SELF_PARENT', 'error', 'v2', 'Fleet company can not be parent company itself', {
    sharedWith: ['user-groups'],
    kind: 'invalid-argument',
  }],
  [1710, 'FLEET_CYCLIC_PARENTING', 'error', 'v2', 'Cyclic parenting not supported', { sharedWith: ['user-groups'], kind: 'invalid-argument' }],
  [1711, 'FLEET_HIERARCHY_UPDATE_NOT_ALLOWED', 'error', 'v2', 'Fleet hierarchy update is not allowed', { sharedWith: ['user-groups'], kind: 'failed-precondition' }],
] as const satisfies readonly Row[];
