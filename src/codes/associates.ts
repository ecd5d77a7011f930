/**
 * Status codes of the associates resource (store associates: login, details, activities),
 * from the capillary.github.io v1.1 site's "Associate / Response Codes", its only publication
 * (`v1.1`). 200 "Logged in successfully" is the login's own success (ASSOCIATE_LOGGED_IN, not
 * the request-level REQUEST_SUCCEEDED: it says what succeeded); 401 "Invalid user name or
 * password" is the request-level `api` entry AUTHENTICATION_FAILED, shared with this resource.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const associates = [
  // Success.
  [200, 'ASSOCIATE_LOGGED_IN', 'success', 'v1.1', 'Logged in successfully', { operations: ['login'] }],
  [2100, 'ASSOCIATE_DETAILS_UPDATED', 'success', 'v1.1', 'Associate details updated successfully'],
  [2200, 'ASSOCIATE_ACTIVITIES_FETCHED', 'success', 'v1.1', 'Activities fetched successfully'],
  [2300, 'ASSOCIATE_RETRIEVED', 'success', 'v1.1', 'Associate retrieved successfully.'],

  // Errors.
  [5002, 'ASSOCIATE_INVALID_CREDENTIALS', 'error', 'v1.1', 'Provide valid associate credentials to login', { kind: 'unauthenticated' }],
  [5003, 'ASSOCIATE_CREDENTIALS_REQUIRED', 'error', 'v1.1', 'Provide associate credentials to login as an associate', { kind: 'unauthenticated' }],
  [2301, 'ASSOCIATE_NOT_FOUND', 'error', 'v1.1', 'No associate found with the provided details', { kind: 'not-found' }],
] as const satisfies readonly Row[];
