/**
 * Request-level codes: what any endpoint answers about the request as a whole (v1.1
 * `response.status`, and the v2 request-level table), from the three request-level tables:
 * capillary.github.io v1.1 "API level" (v1.1), capillary.github.io api-documentation and
 * docs.capillarytech.com "Errors and warnings" (v2). Where the customers table lists the same
 * code with the same meaning its wording is the message (DESIGN fact 12); otherwise the
 * current documentation's. Every resource view includes these entries.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const api = [
  [200, 'REQUEST_SUCCEEDED', 'success', 'v2', 'Global request success.', {
    aliases: [
      'Success',
      'SUCCESS',
      'Operation Successful',
      'OK',
      'Logged in successfully',
      'User rewards fetched or issued successfully.',
      'Reward issued successfully',
      'User Reward fetched successfully',
    ],
    sharedWith: ['associates', 'rewards', 'customer-labels'],
    note: 'Endpoints often send 200 with a wording of their own ("Entity search successful"): that is still this entry. The associates and rewards tables print 200 with the wording their endpoints send as the request\'s status ("Logged in successfully", "Reward issued successfully"): the request-level success in the endpoint\'s words, so aliases, which a person is shown where the server sent them.',
  }],
  [201, 'SOME_REQUESTS_FAILED', 'error', 'v2', 'One or more requests have failed due to errors.', {
    aliases: ['Some requests have failed due to errors'],
    sharedWith: ['requests'],
    kind: 'unknown',
    note: 'A summary: the status of each item says what failed.',
  }],
  [400, 'INVALID_INPUT', 'error', 'v1.1', 'Input is invalid. Please check request parameters or input xml/json', {
    aliases: [
      'No identifier provided to get loyalty users.',
      'Input is invalid, Please check request parameters or input xml/json',
      'Invalid input. Please check request body parameters or input xml/json.',
      'Input is invalid, Please check request parameters or input xml/json, No identifier provided to get loyalty users.',
      'Invalid input : {x}.',
      'Incorrect or invalid input.',
      'Bad request.',
      'Bad Request with Blank response',
      'Bad Request - Invalid input parameters',
      'Bad Request. The request body or parameters are invalid or missing required fields. (e.g., Vendor name is required).',
      'Bad Request. General client-side error due to malformed syntax or invalid parameters.',
      'Invalid Request',
      'Invalid Request. Check the required parameters.',
      'Invalid request parameters.',
    ],
    sharedWith: [
      'customers',
      'transactions',
      'points',
      'coupons',
      'requests',
      'communications',
      'customer-labels',
      'cart-promotions',
      'user-groups',
      'points-ledger',
      'pii-deletion',
      'rewards-catalog',
    ],
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'The first alias is also the text of 1015. The PII deletion page tags it [CUSTOMER_GET_INVALID_IDENTIFIERS], the name the server gives the error.',
  }],
  [400, 'INVALID_PATH_PARAMETER', 'error', 'v2', 'Invalid path parameter.', { kind: 'invalid-argument', audience: 'developer' }],
  [400, 'INVALID_ATTRIBUTION_LOOKUP_TYPE', 'error', 'v2', 'Invalid X-CAP-API-ATTRIBUTION-LOOKUP-TYPE specified.', { kind: 'invalid-argument', audience: 'developer' }],
  [400, 'INVALID_RANGE_OR_INDEX', 'error', 'v2', 'Error with range passed or array in indexing.', { kind: 'invalid-argument', audience: 'developer' }],
  [401, 'AUTHENTICATION_FAILED', 'error', 'v2', 'Authentication failed. Please check username and password.', {
    aliases: [
      'Please check your username/password or authentication token',
      'Invalid authentication. Please check your username, password or authentication token',
      'Authentication failed/Invalid authentication',
      'Authentication failed',
      'Invalid user name or password',
      'Client failed to authenticate with the server due to invalid or missing authentication details.',
      'Unauthorized.',
      'Unauthorized - Invalid or missing authentication',
    ],
    sharedWith: ['customers', 'transactions', 'points', 'behavioral-events', 'customer-labels', 'staff', 'wallet', 'associates', 'recommendations', 'rewards-catalog'],
    kind: 'unauthenticated',
  }],
  [402, 'VERSION_NOT_SUPPORTED', 'error', 'v1.1', 'Version is not supported for this resource', { kind: 'invalid-argument', docs: 'https://capillary.github.io/v1.1-API-Documentation/' }],
  [403, 'V2_NOT_ENABLED', 'error', 'v2', 'V2 is not enabled for the org.', { kind: 'failed-precondition' }],
  [403, 'MANDATORY_FIELD_MISSING', 'error', 'v2', 'Mandatory field is missing. Field {x} is mandatory.', {
    aliases: ['Field {x} is mandatory.'],
    sharedWith: ['user-groups'],
    kind: 'invalid-argument',
  }],
  [404, 'RESOURCE_NOT_FOUND', 'error', 'v2', 'Incorrect resource or resource not found.', {
    aliases: [
      'Incorrect resource',
      'Not Found',
      'Resource not found',
      'Not Found - Resource not found',
      'Incorrect API endpoint',
      'The requested resource does not exist. For example, SKU does not exist in the database.',
    ],
    sharedWith: [
      'customers',
      'transactions',
      'points',
      'coupons',
      'behavioral-events',
      'customer-labels',
      'cart-promotions',
      'points-ledger',
      'recommendations',
      'rewards-catalog',
    ],
    kind: 'not-found',
    audience: 'developer',
  }],
  [405, 'OPERATION_NOT_SUPPORTED', 'error', 'v2', 'The operation is not supported for the resource.', {
    aliases: ['Incorrect HTTP Method', 'Invalid HTTP method.'],
    sharedWith: ['recommendations'],
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'v1.1 words 405 "Incorrect HTTP Method" and sends "Operation is not supported for the resource" as 406.',
  }],
  [406, 'OPERATION_NOT_SUPPORTED_V11', 'error', 'v1.1', 'Operation is not supported for the resource', {
    kind: 'invalid-argument',
    note: 'Same wording as 405 in the v2 table: only the code tells them apart.',
    docs: 'https://capillary.github.io/v1.1-API-Documentation/',
  }],
  [407, 'UNKNOWN_REQUEST_ERROR', 'error', 'v1.1', 'Unknown Error happened while processing the request', { kind: 'unknown', docs: 'https://capillary.github.io/v1.1-API-Documentation/' }],
  [408, 'NETWORK_MAC_ID_MISMATCH', 'error', 'v1.1', 'Network MAC ID does not match', { kind: 'permission-denied', docs: 'https://capillary.github.io/v1.1-API-Documentation/' }],
  [415, 'UNSUPPORTED_MEDIA_TYPE', 'error', 'v2', 'Unsupported media type.', {
    kind: 'invalid-argument',
    note: 'Occurs when the Content-Type is not defined properly. for JSON, Content-Type should be application/json.',
  }],
  [461, 'SEARCH_ENGINE_BUSY', 'error', 'v2', 'Search Engine is busy or unable to respond. Please try after some time.', {
    kind: 'unavailable',
    retryable: true,
  }],
  [500, 'ALL_REQUESTS_FAILED', 'error', 'v1.1', 'All requests failed due to errors.', {
    aliases: ['All requests have failed due to errors', 'Requests have failed due to errors.'],
    sharedWith: ['customers', 'coupons', 'behavioral-events'],
    kind: 'unknown',
    note: 'For mobile wrapper API mobile/v2/api/change/email, during GET calls customers who have special characters in their email ID do not work properly if the config CONF_SECURITY_CHECK_ENABLED is not enabled for the respective org. The Add Customer page adds: Invalid or unsupported inputs passed.',
  }],
  [500, 'INTERNAL_SERVER_ERROR', 'error', 'v2', 'Internal server error.', {
    aliases: [
      'Server Error',
      'Internal Server Error. An unexpected error occurred on the server.',
      'Unexpected error. An internal server error occurred. Retry the request after a short delay. If the issue persists, contact support with the request details.',
    ],
    sharedWith: ['customers', 'transactions', 'points', 'coupons', 'cards', 'customer-labels', 'points-ledger', 'rewards-catalog'],
    kind: 'internal',
    retryable: true,
    note: 'The v2 and API-gateway pages\' HTTP 500, the server failing at its own work; v1.1\'s 500 (ALL_REQUESTS_FAILED) says every item failed. One page says to retry after a short delay. The Generate Cards page explains: The server encountered an unexpected condition that prevented it from fulfilling the request.  This may happen due to internal server issues such as unexpected failures, database errors, or unhandled exceptions. It is not caused by client input.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/addupdate-customer-preferences',
  }],
  [409, 'REQUEST_CONFLICT', 'error', 'v2', 'Conflict.', {
    aliases: [
      'Conflict. Request conflicts with current state of the resource (e.g., duplicate unique code, POINTS vendor uniqueness).',
    ],
    sharedWith: ['customers', 'customer-labels', 'rewards-catalog'],
    kind: 'already-exists',
    note: 'Duplicate or conflicting data detected in the request.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/addupdate-customer-preferences',
  }],
  [422, 'UNPROCESSABLE_ENTITY', 'error', 'v2', 'Unprocessable entity.', {
    sharedWith: ['customers'],
    kind: 'invalid-argument',
    note: 'Input is semantically incorrect (e.g., invalid email format, unsupported store code).',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/addupdate-customer-preferences',
  }],
  [521, 'CONCURRENT_CUSTOMER_ACTIONS', 'warning', 'v2', 'Multiple actions running for the same customer, Please try after some time', {
    aliases: ['Multiple actions are running for the same customer. Please try after some time.'],
    sharedWith: ['customers'],
    kind: 'aborted',
    retryable: true,
  }],
  [1060, 'BATCH_LIMIT_EXCEEDED', 'error', 'v1.1', 'Batch limit exceeded.', {
    aliases: [
      'Exceeded maximum limit size of {limit}',
      'Batch limit size exceeded.',
      'Exceeded maximum limit size of 200.',
      'Exceeded maximum limit size of 10',
    ],
    sharedWith: ['customers', 'cards', 'requests', 'pii-deletion'],
    kind: 'invalid-argument',
    note: 'The PII deletion page tags it [GLOBAL_MAX_BATCH_LIMIT_EXCEEDED], the name the server gives the error. The published texts show the limits of two endpoints (200, 10); the alias "Exceeded maximum limit size of {limit}" writes them as a placeholder, and the published texts are aliases.',
  }],
  [1061, 'ATTRIBUTION_LOOKUP_TYPE_HEADER_REQUIRED', 'error', 'v2', 'X-CAP-API-ATTRIBUTION-LOOKUP-TYPE header required with X-CAP-API-ATTRIBUTION-LOOKUP header.', {
    kind: 'invalid-argument',
    audience: 'developer',
  }],
  [1062, 'INVALID_TEST_CONTROL_STATUS', 'error', 'v1.1', 'Invalid Test & Control status.', {
    aliases: ['Invalid test and control status.'],
    sharedWith: ['customers'],
    kind: 'invalid-argument',
  }],
  [1064, 'INVALID_ORG_ID', 'error', 'v2', 'Invalid org ID passed.', { kind: 'invalid-argument' }],
  [503, 'AUTHORIZATION_STATUS_UNAVAILABLE', 'error', 'v2', 'Authorization status is unavailable. Make sure that your API resource has appropriate access control permissions.', {
    kind: 'permission-denied',
    audience: 'developer',
  }],
  [403, 'ACCESS_DENIED', 'error', 'v2', 'Access denied. Make sure that your API resource has appropriate access control permissions.', {
    aliases: [
      'Forbidden.',
      'Forbidden - Insufficient permissions',
      'Forbidden error refers that the client is authenticated but does not have permission to access the requested resource.',
    ],
    sharedWith: ['customers', 'transactions', 'customer-labels', 'recommendations'],
    kind: 'permission-denied',
    audience: 'developer',
  }],
] as const satisfies readonly Row[];
