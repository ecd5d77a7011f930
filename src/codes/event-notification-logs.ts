/**
 * Status codes of the event notification logs resource: none of its own. Its only
 * publication, docs.capillarytech.com `/reference/response-codes` (section "Event logs", the
 * logs of ingested behavioral events), prints the behavioral events table verbatim (7300 "Feed
 * added successfully", 7301-7311): same codes, same wording, so per docs/DATA.md those are the
 * behavioral-events entries, shared with this resource (`sharedWith: ['event-notification-logs']`
 * in src/codes/behavioral-events.ts). The page is docs-only; were entries of its own added,
 * their surface would be `v2`.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const eventNotificationLogs = [] as const satisfies readonly Row[];
