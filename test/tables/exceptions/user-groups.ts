import type { Exception } from '../exception.js';

const page = 'api-specific-tables--docs.capillarytech.com.md';
const saysWarning = 'listed under "API-specific error codes", but the page says it is a warning (the user group is saved, its extended fields are not): the warning entry';
const remark = (key: string): string =>
  `The second line of the cell (after <br>) is a remark on the row, not a message: it says the code is a warning. Kept in the note of ${key}.`;

export const exceptions: readonly Exception[] = [
  { file: page, code: 91017, wording: 'Value of the extended field does not match the data type.', key: 'USER_GROUP_EXTENDED_FIELD_TYPE_MISMATCH_WARNING', why: `Add Group: ${saysWarning}` },
  {
    file: page,
    code: 91017,
    wording: 'Note: This is a warning, The user group is created, but the extended fields are not updated.',
    key: null,
    why: `Add Group: ${remark('USER_GROUP_EXTENDED_FIELD_TYPE_MISMATCH_WARNING')}`,
  },
  { file: page, code: 91016, wording: 'Extended field name is incorrect.', key: 'USER_GROUP_EXTENDED_FIELD_NAME_INVALID_WARNING', why: `Add Group: ${saysWarning}` },
  {
    file: page,
    code: 91016,
    wording: 'Note: This is a warning. The user group is created, but the extended fields are not updated.',
    key: null,
    why: `Add Group: ${remark('USER_GROUP_EXTENDED_FIELD_NAME_INVALID_WARNING')}`,
  },
  { file: page, code: 91016, wording: 'This is a warning indicating the extended fields are incorrect.', key: 'USER_GROUP_EXTENDED_FIELD_NAME_INVALID_WARNING', why: `Update User Group: ${saysWarning}` },
  { file: page, code: 91017, wording: 'This is a warning indicating the extended fields are incorrect.', key: 'USER_GROUP_EXTENDED_FIELD_TYPE_MISMATCH_WARNING', why: `Update User Group: ${saysWarning}` },
];
