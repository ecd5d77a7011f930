import type { Exception } from '../exception.js';

const file = 'points-ledger--docs.capillarytech.com.md';

export const exceptions: readonly Exception[] = [
  {
    file,
    code: 11014,
    wording: 'Event name not found :{0},',
    key: null,
    why: 'The first of two messages in one cell, with the comma that joins it to the second; the message is POINTS_LEDGER_EVENT_NAME_NOT_FOUND ("Event name not found :{0}"; the per-API page Get Points Ledger Explode Info in Connected Orgs prints it with a sample name, an alias).',
  },
  {
    file: 'api-specific-tables--docs.capillarytech.com.md',
    code: 11017,
    wording: 'Event id format exception:For input string: "dfsdsdsds\\',
    key: null,
    why: 'Get Points Ledger Explode Info in Connected Orgs prints a sample of POINTS_LEDGER_INVALID_EVENT_ID_FORMAT ("Event id format exception:{0}") cut short, ending in a stray backslash where the closing quote should be: no wording to keep (its note quotes it).',
  },
];
