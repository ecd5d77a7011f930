/**
 * Status codes of the request-workflow resource (the maker-checker request workflows: create,
 * approve or reject, retrieve requests), from its only publication, docs.capillarytech.com
 * `/reference/error-codes-request-workflow` (errors only). The page names no surface; its APIs
 * are served at /api_gateway/v2/request-workflow/{requestType} (the docs' API pages), so the
 * entries are `api_gateway`.
 * "Contact the support team" marks a workflow or extension property configured wrongly, not
 * the request's input: those entries are `failed-precondition` or `internal`.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const requestWorkflow = [
  // Errors.
  [2001, 'WORKFLOW_NO_PERMISSION', 'error', 'api_gateway', 'No permissions. Contact the access team for access.', { kind: 'permission-denied' }],
  [2002, 'WORKFLOW_ALREADY_COMPLETED', 'error', 'api_gateway', 'Workflow completed by the user.', { kind: 'failed-precondition' }],
  [2005, 'WORKFLOW_INVALID_ORG_HEADER', 'error', 'api_gateway', 'Missing or invalid organisation header. Fix the header information.', { kind: 'invalid-argument', audience: 'developer' }],
  [2007, 'WORKFLOW_INVALID_REQUEST_ID_OR_ACTION', 'error', 'api_gateway', 'Incorrect request ID or action name. Enter a valid request ID.', { kind: 'invalid-argument' }],
  [2008, 'WORKFLOW_INVALID_PAYLOAD', 'error', 'api_gateway', 'Invalid payload. Check the payload.', { kind: 'invalid-argument', audience: 'developer' }],
  [2009, 'WORKFLOW_REQUEST_TYPE_NOT_SUPPORTED', 'error', 'api_gateway', 'Workflow request type not supported. Check the request type.', { kind: 'invalid-argument' }],
  [2011, 'WORKFLOW_INVALID_SORT_FIELDS', 'error', 'api_gateway', 'Cannot sort the added fields. In sortBy parameter, enter valid fields by which the results can be sorted.', {
    kind: 'invalid-argument',
    audience: 'developer',
  }],
  [2012, 'WORKFLOW_INVALID_SORT_ORDER', 'error', 'api_gateway', 'Invalid sorting order.', { kind: 'invalid-argument' }],
  [2013, 'WORKFLOW_VERIFICATION_FAILED', 'error', 'api_gateway', 'Verification failed either due to invalid credentials or failure in the identity service. Contact the support team.', {
    kind: 'unauthenticated',
    audience: 'developer',
  }],
  [2014, 'WORKFLOW_INVALID_ENTITY_ID', 'error', 'api_gateway', 'Missing or invalid earning entity ID. Check the entity ID.', { kind: 'invalid-argument' }],
  [2015, 'WORKFLOW_INVALID_GOODWILL_POINTS', 'error', 'api_gateway', 'Invalid goodwill points. Enter valid goodwill points.', { kind: 'invalid-argument' }],
  [2018, 'WORKFLOW_INVALID_MAX_GOODWILL_PROPERTY', 'error', 'api_gateway', 'Invalid max goodwill points property. Contact the support team.', { kind: 'failed-precondition' }],
  [2019, 'WORKFLOW_INVALID_AUTO_APPROVE_PROPERTY', 'error', 'api_gateway', 'Invalid auto-approved property. Contact the support team.', { kind: 'failed-precondition' }],
  [2020, 'WORKFLOW_CONFIG_NOT_SUPPORTED', 'error', 'api_gateway', 'Workflow configuration not supported. Contact the support team.', { kind: 'failed-precondition' }],
  [2021, 'WORKFLOW_NOT_FOUND_OR_INACTIVE', 'error', 'api_gateway', 'Workflow for the ID doesn\'t exist or is inactive. Contact the support team.', { kind: 'not-found' }],
  [2022, 'WORKFLOW_URI_BUILD_FAILED', 'error', 'api_gateway', 'Error building URI from request payload. Check the URI.', { kind: 'invalid-argument', audience: 'developer' }],
  [2023, 'WORKFLOW_HEADER_PARSE_FAILED', 'error', 'api_gateway', 'Error parsing headers from http - action payload. Contact the support team.', { kind: 'internal', audience: 'developer' }],
  [2024, 'WORKFLOW_DEPLOY_FAILED', 'error', 'api_gateway', 'Error building or deploying workflow. Contact the support team.', { kind: 'internal' }],
  [2026, 'WORKFLOW_ORG_HEADER_MISSING', 'error', 'api_gateway', 'Missing organisation header. Contact the support team.', { kind: 'failed-precondition', audience: 'developer' }],
  [2027, 'WORKFLOW_EXTENSION_HOSTNAME_MISSING', 'error', 'api_gateway', 'Missing hostname in extension properties. Contact the support team.', { kind: 'failed-precondition' }],
  [2028, 'WORKFLOW_EXTENSION_PATHNAME_MISSING', 'error', 'api_gateway', 'Missing pathname in extension properties. Contact the support team.', { kind: 'failed-precondition' }],
  [2029, 'WORKFLOW_EXTENSION_METHOD_MISSING', 'error', 'api_gateway', 'Missing method in extension properties. Contact the support team.', { kind: 'failed-precondition' }],
  [2030, 'WORKFLOW_FILE_UPLOAD_FAILED', 'error', 'api_gateway', 'Failed to upload file to file service. Contact the support team.', { kind: 'internal', audience: 'developer' }],
] as const satisfies readonly Row[];
