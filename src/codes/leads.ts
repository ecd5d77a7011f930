/**
 * Status codes of the leads resource, from docs.capillarytech.com `/reference/leads` ("Error
 * Codes"), its only status table. The leads APIs are v2 APIs (`/v2/leads`), so the surface
 * is `v2`.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const leads = [
  [92001, 'LEAD_NOT_FOUND', 'error', 'v2', 'Lead not found', { kind: 'not-found' }],
  [92002, 'LEAD_DUPLICATE_STATUS', 'error', 'v2', 'Duplicate Lead Status', { kind: 'already-exists' }],
  [92003, 'LEAD_INVALID_STATUS', 'error', 'v2', 'Invalid Lead Status {0}', { kind: 'invalid-argument' }],
  [92004, 'LEAD_REASON_NOT_FOUND', 'error', 'v2', 'Lead Reason not found with id {0}', { kind: 'not-found' }],
  [92005, 'LEAD_FOLLOWED_UP_ON_REQUIRED', 'error', 'v2', 'followedUpOn cannot be null', { kind: 'invalid-argument', audience: 'developer' }],
  [92006, 'LEAD_FOR_REQUIRED', 'error', 'v2', 'leadFor cannot be null', { kind: 'invalid-argument', audience: 'developer' }],
  [92007, 'LEAD_USER_ID_REQUIRED', 'error', 'v2', 'userId cannot be null', { kind: 'invalid-argument', audience: 'developer' }],
  [92008, 'LEAD_USER_NOT_FOUND', 'error', 'v2', 'No user found with the given userId {0}', { kind: 'not-found', audience: 'developer' }],
  [92009, 'LEAD_INVALID_TYPE', 'error', 'v2', 'Invalid Lead Type', { kind: 'invalid-argument' }],
  [92010, 'LEAD_ID_REQUIRED', 'error', 'v2', 'LeadId cannot be null', { kind: 'invalid-argument', audience: 'developer' }],
  [92011, 'LEAD_CUSTOMER_REGISTRATION_FAILED', 'error', 'v2', 'Customer Registration failed', { kind: 'internal' }],
  [92012, 'LEAD_USER_DETAILS_REQUIRED', 'error', 'v2', 'User Details cannot be empty', { kind: 'invalid-argument' }],
  [92013, 'LEAD_ORG_SOURCE_REQUIRED', 'error', 'v2', 'Org Source cannot be null', { kind: 'invalid-argument', audience: 'developer' }],
  [92014, 'LEAD_INVALID_ORG_SOURCE', 'error', 'v2', 'Invalid org source', { kind: 'invalid-argument' }],
  [92015, 'LEAD_INVALID_ID_TYPE', 'error', 'v2', 'Invalid Id Type', { kind: 'invalid-argument' }],
  [92016, 'LEAD_INVALID_SKU', 'error', 'v2', 'Invalid SKU {0}', { kind: 'invalid-argument' }],
  [92017, 'LEAD_INVALID_BRAND', 'error', 'v2', 'Invalid Brand {0}', { kind: 'invalid-argument' }],
  [92018, 'LEAD_INVALID_CATEGORY', 'error', 'v2', 'Invalid Category {0}', { kind: 'invalid-argument' }],
  [92019, 'LEAD_INVALID_OWNER', 'error', 'v2', 'Invalid lead owner {0}', { kind: 'invalid-argument' }],
  [92020, 'LEAD_INVALID_SUB_STATUS', 'error', 'v2', 'Invalid lead sub status {0}', { kind: 'invalid-argument' }],
  [92021, 'LEAD_SUB_STATUS_EXISTS', 'error', 'v2', 'Lead sub status {0} already exists for status {1}', { kind: 'already-exists' }],
  [92022, 'LEAD_STATUS_REQUIRED', 'error', 'v2', 'Lead status cannot be empty', { kind: 'invalid-argument' }],
  [92023, 'LEAD_SUB_STATUS_REQUIRED', 'error', 'v2', 'Lead sub status cannot be empty', { kind: 'invalid-argument' }],
  [92024, 'LEAD_CLOSED', 'error', 'v2', 'Status change not allowed on closed leads', { kind: 'failed-precondition' }],
  [92025, 'LEAD_CUSTOMER_NOT_REGISTERED', 'error', 'v2', 'Customer is not registered. Auto-registration is off', { kind: 'failed-precondition' }],
] as const satisfies readonly Row[];
