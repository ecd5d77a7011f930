import type { Exception } from '../exception.js';

const page = 'api-specific-tables--docs.capillarytech.com.md';

export const exceptions: readonly Exception[] = [
  {
    file: page,
    code: 200,
    wording: 'OK',
    key: 'REQUEST_SUCCEEDED',
    why: 'The Add Labels page lists the HTTP success 200 "OK" in its "Error Code" table: it is the request-level success.',
  },
];
