/**
 * Status codes of the store resource (v1.1 `item_status` of the /v1.1/store APIs), from two
 * publications, both `v1.1` and identical: docs.capillarytech.com `/reference/store` (the V1
 * page) and the capillary.github.io v1.1 site's "Store".
 * 900 carries three success messages, one per operation (store details, report upload, report
 * retrieval): one entry each. 910 "Tasks retrieved successfully" is the store's tasks call,
 * not the tasks resource's 5200.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const store = [
  // Success.
  [900, 'STORE_DETAILS_RETRIEVED', 'success', 'v1.1', 'Store details retrieved successfully', {
    operations: ['get'],
    aliases: ['Store Info Retrieval Successful'],
    note: '900 also means "Report uploaded successfully" (STORE_REPORT_UPLOADED) and "Store report retrieved successfully" (STORE_REPORT_RETRIEVED).',
  }],
  [900, 'STORE_REPORT_UPLOADED', 'success', 'v1.1', 'Report uploaded successfully', {
    operations: ['reports.upload'],
    note: '900 also means "Store details retrieved successfully" (STORE_DETAILS_RETRIEVED) and "Store report retrieved successfully" (STORE_REPORT_RETRIEVED).',
    aliases: ['store report uploaded successfully'],
  }],
  [900, 'STORE_REPORT_RETRIEVED', 'success', 'v1.1', 'Store report retrieved successfully', {
    operations: ['reports.get'],
    note: '900 also means "Store details retrieved successfully" (STORE_DETAILS_RETRIEVED) and "Report uploaded successfully" (STORE_REPORT_UPLOADED).',
  }],
  [910, 'STORE_TASKS_RETRIEVED', 'success', 'v1.1', 'Tasks retrieved successfully'],

  // Errors.
  [901, 'STORE_INFO_RETRIEVAL_FAILED', 'error', 'v1.1', 'Store information retrieval failed', { kind: 'internal' }],
  [902, 'STORE_INVALID_IDENTIFIER', 'error', 'v1.1', 'Store identifier is invalid', { kind: 'invalid-argument' }],
  [903, 'STORE_ID_MISSING', 'error', 'v1.1', 'Unable to fetch store details. No store id is passed', { kind: 'invalid-argument' }],
  [904, 'STORE_LOG_FILE_SIZE_MISMATCH', 'error', 'v1.1', 'Client log file size does not match with the file size uploaded on server', { kind: 'invalid-argument', aliases: ['Client log file size passed does not match size uploaded on server'] }],
  [905, 'STORE_LOG_FILE_SIGNATURE_MISMATCH', 'error', 'v1.1', 'Client log file signature does not match with the file signature on server', { kind: 'invalid-argument', aliases: ['Client log file signature passed does not match file signature on server'] }],
  [906, 'STORE_LOG_FILE_UPLOAD_FAILED', 'error', 'v1.1', 'Uploading client log file to file service failed.', { kind: 'internal', audience: 'developer', aliases: ['Failed to upload client log file to file service'] }],
  [907, 'STORE_LOG_FILE_METADATA_INSERT_FAILED', 'error', 'v1.1', 'Insert client log file metadata in database failed', { kind: 'internal', audience: 'developer', aliases: ['Failed to insert client log file metadata in db'] }],
  [908, 'STORE_TASKS_RETRIEVAL_FAILED', 'error', 'v1.1', 'Tasks retrieval failed', { kind: 'internal' }],
  [909, 'STORE_NO_TASKS_FOUND', 'error', 'v1.1', 'No tasks found', { kind: 'not-found' }],
  [911, 'STORE_INVALID_REPORT_TYPE', 'error', 'v1.1', 'Report type is invalid', { kind: 'invalid-argument' }],
  [912, 'STORE_REPORT_UPLOAD_FAILED', 'error', 'v1.1', 'Report upload failed', { kind: 'internal' }],
  [913, 'STORE_IDENTIFIER_MISSING', 'error', 'v1.1', 'Unable to fetch store details. No identifier is passed', { kind: 'invalid-argument' }],
  [921, 'STORE_SERVER_STATS_PARTLY_NOT_INSERTED', 'error', 'v1.1', 'Unable to insert one or more store server stats', { kind: 'internal' }],
  [922, 'STORE_SERVER_STATS_NOT_INSERTED', 'error', 'v1.1', 'Unable to insert the entire store server stats', { kind: 'internal' }],
  [923, 'STORE_TILL_DIAGNOSTICS_PARTLY_NOT_INSERTED', 'error', 'v1.1', 'Unable to insert one or more till diagnostic details', { kind: 'internal' }],
  [924, 'STORE_TILL_DIAGNOSTICS_NOT_INSERTED', 'error', 'v1.1', 'Unable to insert all till diagnostics details', { kind: 'internal' }],
] as const satisfies readonly Row[];
