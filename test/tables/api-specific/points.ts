/**
 * The per-API pages of the points resource and the points ledger (docs.capillarytech.com):
 * the points V2 and v1.1 API pages, the points ledger and connected-org ledger pages, the
 * points-related private APIs and their archived copies (06-Archive, 08-Guides (archived)),
 * each mapped to the resource it documents. The line is the page heading's in
 * test/fixtures/tables/api-specific-tables--docs.capillarytech.com.md.
 */
import type { PageMap } from './page-map.js';

export const { pages, pagesLeftOut }: PageMap = {
  pages: {
    // line 436
    'Get Point Allocation Details by Event ID — https://docs.capillarytech.com/reference/get-point-allocation-event-id-global': 'points',
    // line 454
    'Get Allocated Points Details with Expiry in Specified Date Range — https://docs.capillarytech.com/reference/get-allocated-points-details-with-expiry-in-specified-date-range-global': 'points',
    // line 463
    'Request Goodwill points (Group) — https://docs.capillarytech.com/reference/get-goodwill-request-group': 'points',
    // line 474
    'Get Points Conversion Schedule — https://docs.capillarytech.com/reference/get-points-conversion-schedule': 'points',
    // line 483
    'Get Points Balance — https://docs.capillarytech.com/reference/get-points-balance': 'points',
    // line 492
    'Get Points Transfer Summary — https://docs.capillarytech.com/reference/get-points-transfer-summary': 'points',
    // line 501
    'Get Points Expiry Schedule (Light API) — https://docs.capillarytech.com/reference/get-points-expiry-schedule-light-api': 'points',
    // line 515
    'Check if Points Transferable — https://docs.capillarytech.com/reference/-customer-points-transferrable': 'points',
    // line 525
    'Transfer Customer Points — https://docs.capillarytech.com/reference/transfer-points-customer': 'points',
    // line 560
    'Get Points Transfer Details — https://docs.capillarytech.com/reference/get-points-transfer-details': 'points',
    // line 567
    'Reverse Redeemed Points — https://docs.capillarytech.com/reference/reverse-redeemed-points': 'points',
    // line 589
    'Group Points Transferrable — https://docs.capillarytech.com/reference/group-points-transferrable': 'points',
    // line 606
    'Transfer Group Points — https://docs.capillarytech.com/reference/transfer-group-points': 'points',
    // line 623
    'Convert Promised Points — https://docs.capillarytech.com/reference/points-unlock-api': 'points',
    // line 637
    'Update redeem points — https://docs.capillarytech.com/reference/update-redeem-points': 'points',
    // line 649
    'Deduct points and alternate currencies from user — https://docs.capillarytech.com/reference/deduct-points-and-alternatecurrencies-from-user': 'points',
    // line 668
    'Deduct points and alternate currencies from user using userId — https://docs.capillarytech.com/reference/deduct-points-and-alternatecurrencies-from-user-using-userid': 'points',
    // line 687
    'Issue points or alternate currencies to customers — https://docs.capillarytech.com/reference/issue-reward-currency': 'points',
    // line 699
    'Check If Points Redeemable — https://docs.capillarytech.com/reference/check-if-points-redeemable': 'points',
    // line 709
    'Redeem Points — https://docs.capillarytech.com/reference/redeem-points': 'points',
    // line 723
    'Get Points Ledger  — https://docs.capillarytech.com/reference/get-ledger-information': 'points-ledger',
    // line 741
    'Get Points Ledger Information in Connected Orgs — https://docs.capillarytech.com/reference/connectedorgs-get-customer-ledger-info': 'points-ledger',
    // line 751
    'Get Points Ledger Explode Info in Connected Orgs — https://docs.capillarytech.com/reference/connectedorgs-get-customer-ledger-explode-info': 'points-ledger',
    // line 1667
    'Get Event Log IDs with Credit or Debit for Points  — https://docs.capillarytech.com/reference/private-api-get-event-log-ids-with-credit-or-debit-for-points': 'points',
    // line 1676
    'Get Event Log IDs with Credit or Debit for Alternate Currency — https://docs.capillarytech.com/reference/private-api-get-event-log-ids-with-credit-or-debit-for-alternate-currency': 'points',
    // line 1694
    'Get Point Redemption Details for Redemption Events — https://docs.capillarytech.com/reference/private-api-get-point-redemption-details-for-redemption-events': 'points',
    // line 1712
    'Get Manual Points Adjustment Details — https://docs.capillarytech.com/reference/private-api-get-manual-points-adjustment-details': 'points',
    // line 1721
    'Get Allocated Points Details with Expiry in Specified Date Range — https://docs.capillarytech.com/reference/private-api-get-allocated-points-details-with-expiry-in-specified-date-range': 'points',
    // line 1730
    'Get Point Allocation Details by Event ID — https://docs.capillarytech.com/reference/private-api-get-point-allocation-details-by-event-id': 'points',
    // line 1748
    'Get Customer’s Earned and Expired Points by Year — https://docs.capillarytech.com/reference/private-api-get-customers-earned-and-expired-points-by-year': 'points',
    // line 1817
    'Retrieve Points‐Award Records Associated with a Specific Transaction ID — https://docs.capillarytech.com/reference/retrieve-expired-loyalty-points-of-a-customer': 'points',
    // line 1827
    'Get Customer’s Earned and Expired Points by Year — https://docs.capillarytech.com/reference/get-expired-points-for-a-customer': 'points',
    // line 1845
    'Get Point Allocation Details by Event ID — https://docs.capillarytech.com/reference/get-allocated-points-details-with-event-id': 'points',
    // line 1854
    'Get Allocated Points Details with Expiry in Specified Date Range — https://docs.capillarytech.com/reference/retrieve-pa-id-for-specified-data-range': 'points',
    // line 1863
    'Get Manual Points Adjustment Details — https://docs.capillarytech.com/reference/get-manual-points-adjustment-details': 'points',
    // line 1881
    'Get Point Redemption Details for Redemption Events — https://docs.capillarytech.com/reference/get-point-redemption-details-for-redemption-events': 'points',
    // line 1899
    'Get Event Log IDs with Credit or Debit for Alternate Currency — https://docs.capillarytech.com/reference/get-event-log-ids-with-credit-or-debit-for-alternate-currency': 'points',
    // line 1908
    'Get Event Log IDs with Credit or Debit for Points — https://docs.capillarytech.com/reference/get-event-log-ids-for-credit-debit': 'points',
    // line 1917
    'Get Ledger Information for Event Log IDs — https://docs.capillarytech.com/reference/get-ledger-information-for-event-log-ids': 'points-ledger',
    // line 2022
    'Get Customer’s Earned and Expired Points by Year — https://docs.capillarytech.com/reference/get-earned-and-expired-points-of-a-customer': 'points',
  },
  pagesLeftOut: {
    // line 1703
    'Get Target Completion Details — https://docs.capillarytech.com/reference/private-api-get-target-completion-details': 'Target milestones (target completion), no resource of the catalog; the page lists only the request-level 400, 404 and 500.',
    // line 1872
    'Get Target Completion Details — https://docs.capillarytech.com/reference/get-target-completion-details': 'Target milestones (target completion), no resource of the catalog; the page lists only the request-level 400, 404 and 500.',
  },
};
