/**
 * Status codes of the communications resource (v1.1 `item_status` of the /v1.1/communications
 * APIs: SMS, email, templates), from three publications, all `v1.1`: docs.capillarytech.com
 * `/reference/communications` (the V1 page) and the capillary.github.io v1.1 site's
 * "Communications" (the same table), and docs.capillarytech.com `/reference/error-code`
 * (4217, 4218; the same page is also served as `/reference/error-code-copy` in the
 * Communications (v2) section, so v2 calls may send them too).
 * The success table lists three messages under 4100 and joins two under 4200 with " / ": one
 * entry per message, tied to the operation that sends it. "Message" in the 4100 block is the
 * SMS (4102 "Unable to find/retrieve SMS").
 * The per-API page "Resend a communication message" (POST /v2/communications/resend, `v2`)
 * adds 4223; its 400 is the request-level INVALID_INPUT.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const communications = [
  // Success.
  [4100, 'COMMUNICATION_MESSAGE_SENT', 'success', 'v1.1', 'Message sent successfully', { operations: ['messages.send'] }],
  [4100, 'COMMUNICATION_MESSAGE_FETCHED', 'success', 'v1.1', 'Message fetched successfully', { operations: ['messages.get'] }],
  [4100, 'COMMUNICATION_TEMPLATE_SAVED', 'success', 'v1.1', 'Template added/updated successfully', { operations: ['templates.add', 'templates.update'] }],
  [4200, 'COMMUNICATION_EMAIL_SENT', 'success', 'v1.1', 'Email sent successfully', { operations: ['emails.send'] }],
  [4200, 'COMMUNICATION_EMAIL_FETCHED', 'success', 'v1.1', 'Email fetched successfully', { operations: ['emails.get'] }],

  // Errors.
  [4101, 'COMMUNICATION_MESSAGE_SEND_FAILED', 'error', 'v1.1', 'Unable to send message', { kind: 'internal' }],
  [4201, 'COMMUNICATION_EMAIL_SEND_FAILED', 'error', 'v1.1', 'Unable to send email', { kind: 'internal' }],
  [4102, 'COMMUNICATION_SMS_NOT_FOUND', 'error', 'v1.1', 'Unable to find/retrieve SMS', { kind: 'not-found' }],
  [4202, 'COMMUNICATION_EMAIL_NOT_FOUND', 'error', 'v1.1', 'Unable to find/retrieve email', { kind: 'not-found' }],
  [4203, 'COMMUNICATION_INVALID_TEMPLATE_TYPE', 'error', 'v1.1', 'Invalid template type passed', { kind: 'invalid-argument' }],
  [4204, 'COMMUNICATION_TEMPLATE_NOT_FOUND', 'error', 'v1.1', 'Template not found', { kind: 'not-found' }],
  [4205, 'COMMUNICATION_TEMPLATE_UPDATE_FAILED', 'error', 'v1.1', 'Unable to update the template', { kind: 'internal' }],
  [4206, 'COMMUNICATION_INVALID_TEMPLATE_ID', 'error', 'v1.1', 'Invalid template id passed', { kind: 'invalid-argument' }],
  [4207, 'COMMUNICATION_NO_MATCHING_TEMPLATE', 'error', 'v1.1', 'No template is available with the given parameters', { kind: 'not-found', audience: 'developer' }],
  [4208, 'COMMUNICATION_INVALID_EMAIL', 'error', 'v1.1', 'Invalid email id', { kind: 'invalid-argument' }],
  // docs /reference/error-code.
  [4218, 'COMMUNICATION_INVALID_CHANNEL', 'error', 'v1.1', 'Invalid path parameter/communication channel', { kind: 'invalid-argument', audience: 'developer', docs: 'https://docs.capillarytech.com/reference/error-code' }],
  [4217, 'COMMUNICATION_MISSING_OR_INVALID_BODY', 'error', 'v1.1', 'No communication passed or Invalid request body', { kind: 'invalid-argument', audience: 'developer', docs: 'https://docs.capillarytech.com/reference/error-code' }],
  // Resend a communication message.
  [4223, 'COMMUNICATION_RESEND_MESSAGE_NOT_FOUND', 'error', 'v2', 'Failed to resend message : Message not found for orgId: {orgId} and messageId: {messageId}', {
    aliases: ['Failed to resend message : Message not found for orgId: 100737 and messageId: 174606165'],
    kind: 'not-found',
    audience: 'developer',
    note: 'Message ID provided is invalid. The published text shows sample values (the org ID 100737, the message ID 174606165); the message writes them as placeholders, and the published text is an alias.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/post_v2-communications-resend',
  }],
] as const satisfies readonly Row[];
