import type { Exception } from '../exception.js';

const v2 = 'coupons-v2--docs.capillarytech.com.md';
const success = 'a success message that the Coupon V2 page lists under "Error Codes"; the entry is a success';

export const exceptions: readonly Exception[] = [
  { file: v2, code: 700, wording: 'Coupon series fetched successfully', key: 'COUPON_SERIES_FETCHED', why: `${success} (the v1.1 tables list it under "Success Codes")` },
  { file: v2, code: 700, wording: 'Coupon processing successful.', key: 'COUPON_PROCESSED', why: `${success}; the 700 cell prints it twice` },
  { file: v2, code: 700, wording: 'Coupon resent successfully.', key: 'COUPON_RESENT', why: success },
  { file: v2, code: 700, wording: 'Coupon isRedeem successful', key: 'COUPON_REDEEMABILITY_CHECKED', why: success },
  { file: v2, code: 731, wording: 'Coupon redemption successful', key: 'COUPON_REDEEMED', why: success },
  { file: v2, code: 745, wording: 'Saved coupon series fields successfully', key: 'COUPON_SERIES_FIELDS_SAVED', why: success },
];
