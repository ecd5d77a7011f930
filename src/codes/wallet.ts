/**
 * Status codes of the wallet resource, from its single publication: the capillary.github.io
 * v1.1 site (`v1.1`), three "Error Messages" tables (Get Wallets Configured for a TILL,
 * Authorize Payments, Process Payments). Each prints one code, 401: its first line is the
 * request-level authentication failure (the `api` entry AUTHENTICATION_FAILED, shared with
 * wallet); the further lines, without a code of their own, are wallet's errors below, kept
 * under 401 as the table lists them.
 * docs/DATA.md says how rows are made. Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const wallet = [
  [401, 'WALLET_INVALID_TILL', 'error', 'v1.1', 'Invalid TILL', {
    kind: 'unauthenticated',
    note: 'Listed under 401 with the authentication failure: the till is the login of a v1.1 caller.',
  }],
  [401, 'WALLET_INVALID_PARAMS', 'error', 'v1.1', 'Invalid params', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Listed under 401 with the authentication failure; the table gives it no code of its own.',
  }],
  [401, 'WALLET_INVALID_REFERENCE_ID', 'error', 'v1.1', 'Invalid reference id', {
    kind: 'invalid-argument',
    note: 'Listed under 401 with the authentication failure; the table gives it no code of its own.',
  }],
  [401, 'WALLET_PAYMENT_GATEWAY_ERROR', 'error', 'v1.1', 'Unexpected response or error from the payment gateway', {
    kind: 'internal',
    note: 'Listed under 401 with the authentication failure (Authorize Payments only); the table gives it no code of its own.',
  }],
] as const satisfies readonly Row[];
