/**
 * Status codes of the associates resource (store associates: login, details, activities),
 * from the capillary.github.io v1.1 site's "Associate / Response Codes", its only publication
 * (`v1.1`). 200 "Logged in successfully" and 401 "Invalid user name or password" are the
 * request-level `api` entries (REQUEST_SUCCEEDED, AUTHENTICATION_FAILED), shared with this
 * resource: the request's status, in the login endpoint's words.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const associates = [
  // Success.
  [2100, 'ASSOCIATE_DETAILS_UPDATED', 'success', 'v1.1', 'Associate details updated successfully'],
  [2200, 'ASSOCIATE_ACTIVITIES_FETCHED', 'success', 'v1.1', 'Activities fetched successfully'],
  [2300, 'ASSOCIATE_RETRIEVED', 'success', 'v1.1', 'Associate retrieved successfully.'],

  // Errors.
  [5002, 'ASSOCIATE_INVALID_CREDENTIALS', 'error', 'v1.1', 'Provide valid associate credentials to login', { kind: 'unauthenticated' }],
  [5003, 'ASSOCIATE_CREDENTIALS_REQUIRED', 'error', 'v1.1', 'Provide associate credentials to login as an associate', { kind: 'unauthenticated' }],
  [2301, 'ASSOCIATE_NOT_FOUND', 'error', 'v1.1', 'No associate found with the provided details', { kind: 'not-found' }],
] as const satisfies readonly Row[];
