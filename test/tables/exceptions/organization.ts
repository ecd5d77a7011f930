import type { Exception } from '../exception.js';

const v2 = 'organization-v2--docs.capillarytech.com.md';
const underErrors = 'A success message listed under "Error Codes" in the V2 page\'s "Organization Entity" table: the entry is a success.';

export const exceptions: readonly Exception[] = [
  { file: v2, code: 3214, wording: 'Organization get success', key: 'ORG_RETRIEVED', why: underErrors },
  { file: v2, code: 3200, wording: 'Entity search successful', key: 'ORG_ENTITIES_FETCHED', why: underErrors },
  { file: v2, code: 3205, wording: 'Organization configuration addition successful', key: 'ORG_CONFIGS_SAVED', why: underErrors },
];
