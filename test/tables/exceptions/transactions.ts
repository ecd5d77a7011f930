import type { Exception } from '../exception.js';

const page = 'api-specific-tables--docs.capillarytech.com.md';

/**
 * A row that prints no code is read with code `null`, which Exception.code (a number) does not
 * admit yet: the cast stands in until it does.
 */
const noCode = null as unknown as number;

export const exceptions: readonly Exception[] = [
  {
    file: page,
    code: noCode,
    wording: 'Time mismatch between billing time and response time',
    key: null,
    why: 'Add/Return transaction (single and bulk): a symptom, not a status. The row prints no code, only the symptom with its cause (time conversion is not disabled) and its fix (enable CONF_ORG_DISABLE_MACHINE_TIME_CONV).',
  },
];
