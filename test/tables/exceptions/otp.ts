import type { Exception } from '../exception.js';

const page = 'api-specific-tables--docs.capillarytech.com.md';

export const exceptions: readonly Exception[] = [
  {
    file: page,
    code: null,
    wording: 'Gateway error',
    key: null,
    why: 'Generate OTP: a row without a code ("Gateway error": the Gateway configuration is not completed). It names no status code.',
  },
];
