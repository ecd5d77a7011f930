/**
 * Status codes of the PII deletion resource: none of its own. Its only publication,
 * docs.capillarytech.com `/reference/pii-deletion-error-codes` (a list of error blocks, not a
 * table; a v2 page), names thirteen codes, each with its server error name in brackets
 * (`[ERR_REQUEST_RETRIEVE]`). The same thirteen codes and messages, without the names, are the
 * requests resource's v2 error-code page (`/reference/error-codes`): a PII deletion is a
 * request of the requests API, raised and approved by different users (9051). So each row is
 * another resource's entry, shared with `pii-deletion`, its bracketed name in that entry's note:
 * - 9001, 9006, 9008, 9009, 9014, 9016, 9021, 9050, 9051, 9052: src/codes/requests.ts
 *   (REQUEST_RETRIEVE_FAILED, REQUEST_INVALID_TYPE, REQUEST_INVALID_BASE_TYPE,
 *   REQUEST_ADD_FAILED, REQUEST_UPDATE_INSUFFICIENT, REQUEST_INVALID_DATE_FORMAT,
 *   REQUEST_DATE_IN_FUTURE, REQUEST_NOT_FOUND, REQUEST_SAME_USER_CANNOT_APPROVE,
 *   REQUEST_INVALID_STATUS);
 * - 400 and 1060: the request-level INVALID_INPUT and BATCH_LIMIT_EXCEEDED (src/codes/api.ts);
 * - 1012: the customers entry CUSTOMER_NOT_FOUND_FOR_MOBILE_EMAIL_OR_EXTERNAL_ID.
 * Another state of the page's source adds a fourteenth block, 3232 "Org Config for PII
 * Deletion is Disabled" [ERR_PII_DELETION_ENABLED]; the copy in test/fixtures/tables/ lacks it,
 * so it is not in the catalog (it would be this resource's own entry).
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const piiDeletion = [] as const satisfies readonly Row[];
