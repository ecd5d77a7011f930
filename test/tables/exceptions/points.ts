import type { Exception } from '../exception.js';

const perApi = 'api-specific-tables--docs.capillarytech.com.md';

/**
 * Transfer Customer Points prints its errors 901* to 904* as "(Error code) <text>", to tell them
 * from the warnings 901-904 its next table lists: the prefix is the page's, not the server's.
 * The text after it is the entry's message (the Reverse Redeemed Points page prints the same
 * meanings without the prefix, as aliases).
 */
const errorCodePrefix = (code: number, key: string, text: string): Exception => ({
  file: perApi,
  code,
  wording: `(Error code) ${text}`,
  key: null,
  why: `Transfer Customer Points prefixes "(Error code)" to tell error ${code} from warning ${code}; the text after it, "${text}", is ${key}'s message.`,
});

export const exceptions: readonly Exception[] = [
  errorCodePrefix(901, 'POINTS_CUSTOMER_NOT_ELIGIBLE', 'Customer not eligible for points transfer'),
  errorCodePrefix(902, 'POINTS_DUPLICATE_REQUEST', 'Duplicate points transfer request'),
  errorCodePrefix(903, 'POINTS_OPERATION_LIMIT_EXCEEDED', 'Redemption limit exceeded'),
  errorCodePrefix(904, 'POINTS_OPERATION_LOCKED', 'Points transfer locked for the customer'),
  {
    file: perApi,
    code: 1216,
    wording:
      'The date format used for startDate is not supported. Enter the date in (yyyy-MM-dd) format The date format used for endDate is not supported. Enter the date in (yyyy-MM-dd) format',
    key: null,
    why: 'Get Points Expiry Schedule runs two messages together with no separator: each is customers\' UNSUPPORTED_DATE_FORMAT with its {x} filled (startDate, endDate).',
  },
];
