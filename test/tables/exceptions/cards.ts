import type { Exception } from '../exception.js';

const page = 'api-specific-tables--docs.capillarytech.com.md';

export const exceptions: readonly Exception[] = [
  {
    file: page,
    code: 3028,
    wording: 'Card length should not be less than',
    key: null,
    why: 'Add Card Series prints the sentence without its number: a truncated cell, not a wording. The entry is CARD_LENGTH_TOO_SHORT ("Card length should not be less than 5.").',
  },
];
