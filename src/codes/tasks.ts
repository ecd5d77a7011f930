/**
 * Status codes of the tasks resource (v1.1 `item_status` of the /v1.1/task APIs), from two
 * publications, both `v1.1` and identical: docs.capillarytech.com `/reference/task` (the V1
 * page) and the capillary.github.io v1.1 site's "Task".
 * The tables list one code with several meanings: 5200 carries nine success messages (one
 * entry per operation; "Update log file retrieved successfully" is another wording of the
 * update-log fetch), and 5201 (three), 5206, 5208, 5212 and 5213 (two each) several errors:
 * one entry each, with a note. "5021" between 5201 and 5203 is kept as published (probably a
 * typo for 5202).
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const tasks = [
  // Success: every message of 5200, tied to the operation that sends it.
  [5200, 'TASK_LIST_RETRIEVED', 'success', 'v1.1', 'Tasks retrieved successfully', { operations: ['list'] }],
  [5200, 'TASK_METADATA_RETRIEVED', 'success', 'v1.1', 'Tasks meta data retrieved successfully', { operations: ['metadata.get'] }],
  [5200, 'TASK_ADDED', 'success', 'v1.1', 'Task added successfully', { operations: ['add'] }],
  [5200, 'TASK_UPDATED', 'success', 'v1.1', 'Task updated successfully', { operations: ['update'] }],
  [5200, 'TASK_FETCHED', 'success', 'v1.1', 'Task fetched successfully', { operations: ['get'] }],
  [5200, 'TASK_UPDATE_LOG_FETCHED', 'success', 'v1.1', 'Task update log file fetched successfully', {
    operations: ['logs.get'],
    aliases: ['Update log file retrieved successfully'],
  }],
  [5200, 'TASK_REMINDER_ADDED', 'success', 'v1.1', 'Task reminder added successfully', { operations: ['reminders.add'] }],
  [5200, 'TASK_STATUS_MAPPING_ADDED', 'success', 'v1.1', 'Status mapping added successfully', { operations: ['statusMappings.add'] }],

  // Errors.
  [5201, 'TASK_FETCH_FAILED', 'error', 'v1.1', 'Unable to fetch task details', {
    kind: 'internal',
    note: '5201 also means "Unable to fetch task meta data" (TASK_METADATA_FETCH_FAILED) and "Unable to add the task" (TASK_ADD_FAILED).',
  }],
  [5201, 'TASK_METADATA_FETCH_FAILED', 'error', 'v1.1', 'Unable to fetch task meta data', {
    kind: 'internal',
    note: '5201 also means "Unable to fetch task details" (TASK_FETCH_FAILED) and "Unable to add the task" (TASK_ADD_FAILED).',
  }],
  [5201, 'TASK_ADD_FAILED', 'error', 'v1.1', 'Unable to add the task', {
    kind: 'internal',
    note: '5201 also means "Unable to fetch task details" (TASK_FETCH_FAILED) and "Unable to fetch task meta data" (TASK_METADATA_FETCH_FAILED).',
  }],
  [5021, 'TASK_UPDATE_FAILED', 'error', 'v1.1', 'Unable to update the task', {
    kind: 'internal',
    note: 'The code is kept as published: listed between 5201 and 5203, it is probably a typo for 5202.',
  }],
  [5203, 'TASK_NO_IDENTIFIER', 'error', 'v1.1', 'No identifier passed', { kind: 'invalid-argument' }],
  [5204, 'TASK_INVALID_IDENTIFIER', 'error', 'v1.1', 'Invalid or empty task identifier', { kind: 'invalid-argument', aliases: ['Task Identifier is Empty or Invalid'] }],
  [5205, 'TASK_INVALID_PARAMS', 'error', 'v1.1', 'One or more params you have passed are invalid. Please check the parameters', { kind: 'invalid-argument', audience: 'developer' }],
  [5206, 'TASK_STATUS_MAPPING_ADD_FAILED', 'error', 'v1.1', 'Unable to add status mapping', {
    kind: 'internal',
    note: '5206 also means "Unable to add reminder" (TASK_REMINDER_ADD_FAILED).',
  }],
  [5206, 'TASK_REMINDER_ADD_FAILED', 'error', 'v1.1', 'Unable to add reminder', {
    kind: 'internal',
    note: '5206 also means "Unable to add status mapping" (TASK_STATUS_MAPPING_ADD_FAILED).',
  }],
  [5207, 'TASK_INVALID_STATUS', 'error', 'v1.1', 'Invalid status passed', { kind: 'invalid-argument' }],
  [5208, 'TASK_END_BEFORE_START', 'error', 'v1.1', 'Task end date should be greater than the task start date', {
    kind: 'invalid-argument',
    note: '5208 also means "Invalid internal status" (TASK_INVALID_INTERNAL_STATUS).',
  }],
  [5208, 'TASK_INVALID_INTERNAL_STATUS', 'error', 'v1.1', 'Invalid internal status', {
    kind: 'invalid-argument',
    note: '5208 also means "Task end date should be greater than the task start date" (TASK_END_BEFORE_START).',
  }],
  [5209, 'TASK_EXPIRY_BEFORE_END', 'error', 'v1.1', 'Task expiry date should be greater than the task end date', { kind: 'invalid-argument' }],
  [5211, 'TASK_NONE_FOUND', 'error', 'v1.1', 'No tasks found', { kind: 'not-found' }],
  [5212, 'TASK_INVALID_ASSIGNEE_ID', 'error', 'v1.1', 'Invalid id the recipient (an associate) to whom the task is assigned', {
    kind: 'invalid-argument',
    note: '5212 also means "Customers are not registered in this organization" (TASK_CUSTOMERS_NOT_REGISTERED).',
  }],
  [5212, 'TASK_CUSTOMERS_NOT_REGISTERED', 'error', 'v1.1', 'Customers are not registered in this organization', {
    kind: 'not-found',
    note: '5212 also means "Invalid id the recipient (an associate) to whom the task is assigned" (TASK_INVALID_ASSIGNEE_ID).',
  }],
  [5213, 'TASK_SOME_CUSTOMERS_NOT_REGISTERED', 'error', 'v1.1', 'One or more customers passed are not registered', {
    kind: 'not-found',
    note: '5213 also means "Invalid create by id" (TASK_INVALID_CREATOR_ID).',
  }],
  [5213, 'TASK_INVALID_CREATOR_ID', 'error', 'v1.1', 'Invalid create by id', {
    kind: 'invalid-argument',
    note: '5213 also means "One or more customers passed are not registered" (TASK_SOME_CUSTOMERS_NOT_REGISTERED).',
  }],
  [5214, 'TASK_STORE_ID_REQUIRED_FOR_ADMIN', 'error', 'v1.1', 'Please pass the store id to update the task as an admin user', { kind: 'invalid-argument' }],
] as const satisfies readonly Row[];
