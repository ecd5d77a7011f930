import type { PageMap } from './page-map.js';

/**
 * Badges, loyalty promotions, cart promotions and referrals: the docs sections 11-badges,
 * 14-loyalty_promotion_apidoc, 15-loyalty-cart-promotions and 39-referral-1, and the archived
 * pages of the same APIs. The target-milestones section (13-target-milestones) is no resource
 * of the catalog.
 */
const targets = 'Target milestones (target groups, targets and their events) are no resource of the catalog (src/codes/resources.ts): their 30xxxx codes have no home.';

export const { pages, pagesLeftOut }: PageMap = {
  pages: {
    'Create badges org meta — https://docs.capillarytech.com/reference/create-badges-org-meta': 'badges',
    'Create badges — https://docs.capillarytech.com/reference/create-badges-org': 'badges',
    'Update badges — https://docs.capillarytech.com/reference/update-badges': 'badges',
    'Get badge by ID — https://docs.capillarytech.com/reference/get-badge-by-id': 'badges',
    'Claim badge — https://docs.capillarytech.com/reference/claim-badge': 'badges',
    'Unclaim badge — https://docs.capillarytech.com/reference/unclaim-badge': 'badges',
    'Enrol customers for badges — https://docs.capillarytech.com/reference/enrol-customers-for-badges': 'badges',
    'Issue badge (earn) — https://docs.capillarytech.com/reference/issue-badge-to-the-customer': 'badges',
    'Revoke enrolled badges — https://docs.capillarytech.com/reference/revoke-enrolment-of-a-badge': 'badges',
    'Revoke issued badge — https://docs.capillarytech.com/reference/revoke-issual-of-a-badge': 'badges',
    'Get badges for customer — https://docs.capillarytech.com/reference/get-badges-for-customer': 'badges',
    'Create badges group — https://docs.capillarytech.com/reference/create-badges-group': 'badges',
    'Update badges group — https://docs.capillarytech.com/reference/update-badges-group': 'badges',
    'Enrol/Issue Loyalty Promotion — https://docs.capillarytech.com/reference/enrolissue-loyalty-promotion': 'loyalty-promotions',
    'Revoke Loyalty Promotions — https://docs.capillarytech.com/reference/revoke-loyalty-promotions': 'loyalty-promotions',
    'Create Loyalty Promotion for UCC — https://docs.capillarytech.com/reference/create-promotion-for-ucc': 'loyalty-promotions',
    'Get Details of all Loyalty Promotions — https://docs.capillarytech.com/reference/get-promotion-details': 'loyalty-promotions',
    'Get Loyalty Promotion Benefits for Customer — https://docs.capillarytech.com/reference/get-promotion-benefits-for-customer': 'loyalty-promotions',
    'Get Loyalty Promotion List for a Program — https://docs.capillarytech.com/reference/get-loyalty-promotion-list-for-a-program': 'loyalty-promotions',
    'Get Loyalty Promotion by ID — https://docs.capillarytech.com/reference/get-promotion-by-id': 'loyalty-promotions',
    'Get Loyalty Promotions List for a Customer — https://docs.capillarytech.com/reference/get-promotion-data-list-for-a-customer': 'loyalty-promotions',
    'Cancel Cart Evaluation - Cart Promotion — https://docs.capillarytech.com/reference/post-cancel-cart-evaluation': 'cart-promotions',
    'Issue Cart Promotion — https://docs.capillarytech.com/reference/issue-cart-promotion': 'cart-promotions',
    'Redeem Cart Promotion — https://docs.capillarytech.com/reference/redeem-cart-promotion': 'cart-promotions',
    'Get Cart Promotions — https://docs.capillarytech.com/reference/get_cart_promotion_details_cart_promotion_id': 'cart-promotions',
    'Refer Customer — https://docs.capillarytech.com/reference/refer-customer': 'referrals',
    // Archived pages (06-Archive) of the same APIs.
    // POST /api_gateway/v1/promotions/redemptions: the cart-promotion engine (redemption after cart evaluation).
    'Add Promotion Redemption — https://docs.capillarytech.com/reference/add-promotion-redemption': 'cart-promotions',
    'Enrol a Customer to Loyalty Promotion — https://docs.capillarytech.com/reference/issue-loyalty-promotion': 'loyalty-promotions',
    'Issue Loyalty Promotion of Direct Issue — https://docs.capillarytech.com/reference/issue-loyalty-promotion-of-direct-issue': 'loyalty-promotions',
    'Revoke Issual of Direct Issue (single/bulk) — https://docs.capillarytech.com/reference/revoke-issual-of-type-direct-issue-singlebulk': 'loyalty-promotions',
  },
  pagesLeftOut: {
    'Create target group based on alternate currencies — https://docs.capillarytech.com/reference/create-target-groups': targets,
    'Get active targets — https://docs.capillarytech.com/reference/get-active-targets': targets,
    'Create targets (milestone) — https://docs.capillarytech.com/reference/create-targets': targets,
    'Create target based on EMF event — https://docs.capillarytech.com/reference/create-target-based-on-emf-eventss': targets,
    'Get target events — https://docs.capillarytech.com/reference/get-target-events': targets,
  },
};
