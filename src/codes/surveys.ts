/**
 * Status codes of the surveys resource, from docs.capillarytech.com `/reference/survey` (a
 * "V2 API Reference" page) and the capillary.github.io v2 site's "Survey / Retrieve Response
 * Details / Response Codes": the same table in both, word for word (`v2`). Neither heading
 * gives a category; every row is an error by its meaning. The table skips 9009.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const surveys = [
  [9001, 'SURVEY_INVALID_ID', 'error', 'v2', 'Invalid survey id', { kind: 'invalid-argument' }],
  [9002, 'SURVEY_INVALID_QUESTION_ID', 'error', 'v2', 'Invalid survey question id', { kind: 'invalid-argument' }],
  [9003, 'SURVEY_NONE_FOUND', 'error', 'v2', 'No surveys found', { kind: 'not-found' }],
  [9004, 'SURVEY_QUESTIONS_NOT_FOUND', 'error', 'v2', 'No survey questions found', { kind: 'not-found' }],
  [9005, 'SURVEY_RESPONSES_NOT_FOUND', 'error', 'v2', 'No survey responses found', { kind: 'not-found' }],
  [9006, 'SURVEY_INVALID_EXTERNAL_REFERENCE_ID', 'error', 'v2', 'Invalid survey external reference id passed', { kind: 'invalid-argument' }],
  [9007, 'SURVEY_QUESTIONS_ADD_FAILED', 'error', 'v2', 'Unable to add survey questions', { kind: 'internal' }],
  [9008, 'SURVEY_EXTERNAL_REFERENCE_ID_EXISTS', 'error', 'v2', 'Survey external reference id already exists', { kind: 'already-exists' }],
  [9010, 'SURVEY_QUESTION_EXTERNAL_ID_EXISTS', 'error', 'v2', 'Question external id {x} already exists', { kind: 'already-exists' }],
  [9011, 'SURVEY_INVALID_QUESTION_EXTERNAL_ID', 'error', 'v2', 'Invalid survey question external id {0} passed for lookup', { kind: 'invalid-argument' }],
  [9012, 'SURVEY_DUPLICATE_QUESTION_EXTERNAL_ID', 'error', 'v2', 'Duplicate survey question external id {0} in request', { kind: 'invalid-argument' }],
] as const satisfies readonly Row[];
