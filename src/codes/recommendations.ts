/**
 * Status codes of the recommendations resource (product recommendations for a customer,
 * served behind the API gateway: `api_gateway`), from docs.capillarytech.com
 * `/reference/recommendations` and the capillary.github.io v2 site's "Recommendations / Status
 * Codes / Error Codes": the same six rows, HTTP statuses described in the documentation's own
 * words. The docs "table" is plain text lines in the source; the test reads it as a table.
 * 401, 403, 404 and 405 carry their request-level meanings: they are `api` entries
 * (AUTHENTICATION_FAILED, ACCESS_DENIED, RESOURCE_NOT_FOUND, OPERATION_NOT_SUPPORTED) shared
 * with this resource. 400 (with its SKU example) and 501 say what this API checks.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const recommendations = [
  [400, 'RECOMMENDATIONS_INVALID_REQUEST', 'error', 'api_gateway', 'Client sent an invalid request — such as lacking required request body or parameter.', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'The documentation adds an example, on the v2 site: "For example, SKU is an object that MUST use keys that match the regular expression: ^[a-zA-Z0-9\\.\\-_]+$, the count is not a positive integer."; on docs.capillarytech.com: "For example, SKU is an object that MUST use keys that match the regular expression: ^[a-zA-Z0-9.-_][a-zA-Z0-9\\.\\-_]+$, the count is not a positive integer."',
  }],
  [501, 'RECOMMENDATIONS_STORE_FILTER_NOT_IMPLEMENTED', 'error', 'api_gateway', 'Currently, the Store filter is not implemented.', { kind: 'invalid-argument' }],
] as const satisfies readonly Row[];
