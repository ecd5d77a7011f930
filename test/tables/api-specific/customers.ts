/**
 * The customer pages of the per-API tables: docs sections 02-customer (the V1 customer APIs,
 * /v1.1/customer/...), 03-customer-1 (V2, /v2/customers/...), 04-customer-lookup (V2,
 * /v2/customers/lookup/...), and the archived and sample copies of customer pages. A page of
 * these sections that documents another resource's API maps to that resource: the retro,
 * goodwill and identifier-change request pages to requests (their rows are requests' 9050 and
 * customers' lookup codes, shared with requests), the user-group tracker page to user-groups,
 * and the auth engine's identifier change (/auth/v1/user/updateIdentifierValue) to
 * customer-authentication.
 */
import type { PageMap } from './page-map.js';

export const { pages, pagesLeftOut }: PageMap = {
  pages: {
    // 02-customer: V1 (v1.1) customer APIs.
    'Add Customer — https://docs.capillarytech.com/reference/add-customer': 'customers',
    'Update customer details — https://docs.capillarytech.com/reference/update-customer-details_v1api': 'customers',
    'Get Customer Transactions — https://docs.capillarytech.com/reference/get-customer-transactions': 'customers',
    'Get Referral Details — https://docs.capillarytech.com/reference/get-referral-details': 'customers',
    'Add/Update Customer Preferences — https://docs.capillarytech.com/reference/addupdate-customer-preferences': 'customers',
    // 03-customer-1: V2 customer APIs.
    'Add Customer — https://docs.capillarytech.com/reference/v2-add-customer': 'customers',
    'Link/Delink Card — https://docs.capillarytech.com/reference/update-identifiersissue-card': 'customers',
    'Get Customer Details — https://docs.capillarytech.com/reference/get-customer-details-v2': 'customers',
    'Update Customer Details — https://docs.capillarytech.com/reference/update-customer-detail': 'customers',
    'Update Subscription Details — https://docs.capillarytech.com/reference/update-subscription-details': 'customers',
    'Get Customer Tracker Details — https://docs.capillarytech.com/reference/get_v2-customers-customerid-trackers': 'customers',
    'Get Loyalty Details — https://docs.capillarytech.com/reference/get-loyalty-details-1': 'customers',
    'Get Detailed Customer Coupon Data — https://docs.capillarytech.com/reference/get-customer-coupons-detailed': 'customers',
    'Get Retro Requests — https://docs.capillarytech.com/reference/get-retro-requests': 'requests',
    'Get Identifier Change Requests — https://docs.capillarytech.com/reference/get-identifier-change-requests': 'requests',
    'Get Goodwill Requests — https://docs.capillarytech.com/reference/get-goodwill-requests': 'requests',
    'Add Customer Image — https://docs.capillarytech.com/reference/add-customer-image': 'customers',
    'Delete Customer Image — https://docs.capillarytech.com/reference/delete-customer-image': 'customers',
    'Get Customer Status Log — https://docs.capillarytech.com/reference/get-status-log-1': 'customers',
    'Get Customer Image — https://docs.capillarytech.com/reference/get-customer-image': 'customers',
    'Get user group customer tracker details — https://docs.capillarytech.com/reference/get-user-group-customer-tracker-details': 'user-groups',
    'Get Customer Interactions — https://docs.capillarytech.com/reference/v2get-customer-interactions': 'customers',
    // POST /v2/slab/manualSlabAdjustment, documented in the customer section.
    'Manual Tier Adjustment — https://docs.capillarytech.com/reference/manual-tier-adjustment': 'customers',
    'Get Customers Bulk — https://docs.capillarytech.com/reference/get-customers-bulk': 'customers',
    // 04-customer-lookup: V2 lookup APIs.
    'Get Customer Details (copy) — https://docs.capillarytech.com/reference/get-customer-details': 'customers',
    'Get Customer ID — https://docs.capillarytech.com/reference/get-customer-id': 'customers',
    'Update Customer Status — https://docs.capillarytech.com/reference/update-customer-status': 'customers',
    'Get Subscription Details — https://docs.capillarytech.com/reference/get-subscription-details': 'customers',
    'Get Customer Loyalty Details — https://docs.capillarytech.com/reference/get-customer-loyalty-details': 'customers',
    'Get Retro Requests — https://docs.capillarytech.com/reference/lookup-get-retro-requests': 'requests',
    'Get Referrals (Lookup) — https://docs.capillarytech.com/reference/get-referrals-lookup': 'customers',
    'Get Customer Recommendations — https://docs.capillarytech.com/reference/get-customer-recommendations': 'customers',
    'Get Points Balance — https://docs.capillarytech.com/reference/get_points_balance': 'customers',
    'Get Customer Tier — https://docs.capillarytech.com/reference/lookup-get-customer-tier': 'customers',
    'Get Points Conversion Schedule — https://docs.capillarytech.com/reference/lookup-get-points-conversion-schedule': 'customers',
    // Archived and sample copies of customer pages.
    'Add Customer — https://docs.capillarytech.com/reference/add-customer-archive': 'customers',
    'Change identifier on Auth engine (COPY) — https://docs.capillarytech.com/reference/change-identifier-on-auth-engine': 'customer-authentication',
    'Add Customer  — https://docs.capillarytech.com/reference/postv2customers': 'customers',
  },
  pagesLeftOut: {},
};
