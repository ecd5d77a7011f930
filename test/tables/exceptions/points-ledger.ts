import type { Exception } from '../exception.js';

const file = 'points-ledger--docs.capillarytech.com.md';

/** The table wraps long cells over lines (`↵`) mid-sentence: each piece read alone is a fragment. */
const wrapped = (code: number, key: string, wording: string): Exception => ({
  file,
  code,
  wording,
  key: null,
  why: `A fragment of a cell the table wraps mid-sentence; the whole sentence is ${key}.`,
});

export const exceptions: readonly Exception[] = [
  {
    file,
    code: 11014,
    wording: 'Event name not found :{0},',
    key: null,
    why: 'The first of two messages in one cell, with the comma that joins it to the second; the message is POINTS_LEDGER_EVENT_NAME_NOT_FOUND ("Event name not found :{0}", as the per-API page prints it).',
  },
  wrapped(11014, 'POINTS_LEDGER_TOO_MANY_EVENTS', 'Requested cannot be processed. Max 10'),
  wrapped(11014, 'POINTS_LEDGER_TOO_MANY_EVENTS', 'events are allowed in params.'),
  wrapped(11019, 'POINTS_LEDGER_SOURCE_VALUE_CAPTURE_DISABLED', 'Source value'),
  wrapped(11019, 'POINTS_LEDGER_SOURCE_VALUE_CAPTURE_DISABLED', 'capturing status is disabled. Please enable it from org settings page'),
  wrapped(9005, 'POINTS_LEDGER_INVALID_ALTERNATE_CURRENCY_NAMES', 'Invalid alternateCurrencyNames field'),
  wrapped(9005, 'POINTS_LEDGER_INVALID_ALTERNATE_CURRENCY_NAMES', 'value'),
];
