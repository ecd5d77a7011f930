import type { Exception } from '../exception.js';

const file = 'api-specific-tables--docs.capillarytech.com.md';
const success = (page: string, heading: string) => `a success message that the ${page} page lists under "${heading}"; the entry is a success`;

export const exceptions: readonly Exception[] = [
  {
    file,
    code: 2101,
    wording: 'Language fetched successfully',
    key: 'REWARDS_CATALOG_LANGUAGES_FETCHED',
    why: success('Get All Language Metadata', 'API error codes'),
  },
  {
    file,
    code: 2016,
    wording: 'Language updated successfully',
    key: 'REWARDS_CATALOG_LANGUAGE_STATUS_UPDATED',
    why: success('Enable Language for Rewards and Disable Language for Rewards', 'API specific error codes'),
  },
  {
    file,
    code: 500,
    wording: 'UNEXPECTED_ERROR',
    key: null,
    why: 'the Get All, Enable and Disable Language pages give 500 only a symbolic error name, no message; their reason ("An unexpected error occurred on the server.") is the request-level 500',
  },
];
