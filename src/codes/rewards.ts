/**
 * Status codes of Marvel rewards (the user rewards of mobile/v2/api/marvel), from three
 * publications with the same rows: docs.capillarytech.com `/reference/marvel-rewards` (in the
 * docs' "v2 API Reference": `v2`), the capillary.github.io v2 site and the v1.1 site (whose
 * "Response Codes" tables say no category). The order and the wording are the docs page's.
 * 200 "User rewards fetched or issued successfully." is the request-level success (the `api`
 * entry REQUEST_SUCCEEDED, shared with rewards), as are the wordings the published responses
 * send in the request's status ("Reward issued successfully", "User Reward fetched
 * successfully"): the request's status in the endpoint's words.
 *
 * 8003-8010 mean other things than the customers codes of the same numbers (notes name them).
 * docs/DATA.md says how rows are made. Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const rewards = [
  [8000, 'REWARD_FETCH_FAILED', 'error', 'v2', 'Unable to fetch user reward.', { kind: 'internal' }],
  [8003, 'REWARD_ISSUE_FAILED', 'error', 'v2', 'Unable to issue user reward.', {
    kind: 'internal',
    note: 'Same text as 8004. In customers 8003 is INVALID_SOURCE.',
  }],
  [8004, 'REWARD_ISSUE_FAILED_8004', 'error', 'v2', 'Unable to issue user reward.', {
    kind: 'internal',
    note: 'Same text as 8003. In customers 8004 is ADD_NO_SOURCE.',
  }],
  [8005, 'REWARD_DISABLED_FOR_BRAND', 'error', 'v2', 'User reward is disabled for the brand.', {
    kind: 'failed-precondition',
    note: 'In customers 8005 is ADD_NO_VALID_IDENTIFIERS.',
  }],
  [8009, 'REWARD_INVALID_PAGE_OR_SIZE', 'error', 'v2', 'Invalid page or size passed. Page or size should not be zero.', {
    kind: 'invalid-argument',
    note: 'In customers 8009 is UPDATE_CUSTOMER_NOT_FOUND.',
  }],
  [8010, 'REWARD_PARTIALLY_ISSUED', 'error', 'v2', 'User reward is partially successful', {
    aliases: ['Reward issued partially'],
    sharedWith: ['rewards-catalog'],
    kind: 'unknown',
    note: 'The table adds "(in case of batch issual).": a batch issue that succeeded only in part. In customers 8010 is INVALID_COMMUNICATION_CHANNEL. The rewards catalog\'s bulk issue page adds: This occurs when one of the rewards has multiple payment configurations mapped to it. For more information, refer to the documentation here.',
  }],
] as const satisfies readonly Row[];
