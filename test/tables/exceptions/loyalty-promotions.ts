import type { Exception } from '../exception.js';

const file = 'api-specific-tables--docs.capillarytech.com.md';

export const exceptions: readonly Exception[] = [
  {
    file,
    code: 8116,
    wording: 'No benefits earned by customer for the given promotion.',
    key: 'LOYALTY_PROMOTION_NO_BENEFITS_EARNED',
    why: 'Get Loyalty Promotion Benefits for Customer lists it under "API Specific Error Codes", but its own reason says it is "Returned in warnings" (the call succeeds): the catalog keeps it as a warning.',
  },
];
