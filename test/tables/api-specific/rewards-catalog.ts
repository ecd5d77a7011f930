/**
 * The rewards catalog's pages: the docs' "Rewards Catalog API" section (12-rewards-catalog-api),
 * its archived pages (Get purchased rewards for user (Old API), the archived copy of Get
 * Transaction Details by Customer ID and Reward Transaction ID: the same heading as the live
 * page, one key for both) and the sample Create Reward page. The two reward currency limits
 * pages are left out (why below).
 */
import type { PageMap } from './page-map.js';

const cappings =
  'the loyalty engine\'s capping API (/api_gateway/loyalty/v1/programs/{programId}/cappings): not the rewards catalog nor another resource of the catalog (a page in no docs section), and marked "under enhancement, so please don\'t use it"';

export const { pages, pagesLeftOut }: PageMap = {
  pages: {
    'Create reward — https://docs.capillarytech.com/reference/post-create-reward': 'rewards-catalog',
    'Update Reward — https://docs.capillarytech.com/reference/put-update-reward': 'rewards-catalog',
    'Get reward details by ID — https://docs.capillarytech.com/reference/get-reward-details-by-id': 'rewards-catalog',
    'Create Reward Category — https://docs.capillarytech.com/reference/create-reward-category': 'rewards-catalog',
    'Enable or Disable Reward Categories — https://docs.capillarytech.com/reference/enable-or-disable-reward-categories': 'rewards-catalog',
    'Get Reward Category — https://docs.capillarytech.com/reference/get-reward-category': 'rewards-catalog',
    'Create Rich Text Content Metadata for Rewards — https://docs.capillarytech.com/reference/create-rich-content-meta': 'rewards-catalog',
    'Update Rich Text Content Metadata for Rewards — https://docs.capillarytech.com/reference/update-rich-content': 'rewards-catalog',
    'Issue single reward — https://docs.capillarytech.com/reference/post-issue-user-reward': 'rewards-catalog',
    'Issue bulk reward — https://docs.capillarytech.com/reference/issue-bulk-reward': 'rewards-catalog',
    'Get available reward details for user by id — https://docs.capillarytech.com/reference/get-user-brand-specific-rewards': 'rewards-catalog',
    'Get all brand rewards using Brand ID — https://docs.capillarytech.com/reference/get-reward-list': 'rewards-catalog',
    'Get Transaction Details by Customer ID and Reward Transaction ID — https://docs.capillarytech.com/reference/get-reward-issue-transaction-details': 'rewards-catalog',
    'Create catalog promotion — https://docs.capillarytech.com/reference/post-create-catalog-promotion': 'rewards-catalog',
    'Update catalog promotion — https://docs.capillarytech.com/reference/put-update-catalog-promotion': 'rewards-catalog',
    'Get catalog promotion details — https://docs.capillarytech.com/reference/get-catalog-promotion-details': 'rewards-catalog',
    'Disable Catalog promotion — https://docs.capillarytech.com/reference/put-disable-catalog-promotion': 'rewards-catalog',
    'Create custom field for reward — https://docs.capillarytech.com/reference/post-create-custom-field': 'rewards-catalog',
    'Update reward custom field — https://docs.capillarytech.com/reference/update-custom-field': 'rewards-catalog',
    'Create a Vendor — https://docs.capillarytech.com/reference/createvendor': 'rewards-catalog',
    'Update Vendor Metadata — https://docs.capillarytech.com/reference/update-vendor-metadata': 'rewards-catalog',
    'Enable or Disable a Vendor — https://docs.capillarytech.com/reference/enable-disable-vendor': 'rewards-catalog',
    'Get Vendor Details — https://docs.capillarytech.com/reference/get-vendor-explode-info': 'rewards-catalog',
    'Vendor List for Specific Brand — https://docs.capillarytech.com/reference/get-vendor-list-for-specific-brand': 'rewards-catalog',
    'Create Vendor Redemption. — https://docs.capillarytech.com/reference/postapi_gatewayrewardscorev1vendorredemptioncreate': 'rewards-catalog',
    'Get all vendor redemptions — https://docs.capillarytech.com/reference/get-vendor-redemptions-details': 'rewards-catalog',
    'Vendor Redemption Details by Brand ID and Vendor ID — https://docs.capillarytech.com/reference/get-vendor-redemption-details-by-brand-id-and-vendor-id': 'rewards-catalog',
    'Create Reward Expiry Reminder — https://docs.capillarytech.com/reference/create-reward-expiry-reminder': 'rewards-catalog',
    'Update Reward Expiry Reminder — https://docs.capillarytech.com/reference/update-reward-expiry-reminder': 'rewards-catalog',
    'Get Reward Expiry Reminder — https://docs.capillarytech.com/reference/get-reward-expiry-reminder': 'rewards-catalog',
    'Create Language Metadata for Rewards — https://docs.capillarytech.com/reference/create_language_metadata': 'rewards-catalog',
    'Get All Language Metadata — https://docs.capillarytech.com/reference/get_all_languages': 'rewards-catalog',
    'Enable Language for Rewards — https://docs.capillarytech.com/reference/enable_disable_languagemetadata': 'rewards-catalog',
    'Disable Language for Rewards  — https://docs.capillarytech.com/reference/putapi_gatewayrewardscorev1metadatalanguage12statusdisable': 'rewards-catalog',
    'Get purchased rewards for user (Old API) — https://docs.capillarytech.com/reference/get-user-reward': 'rewards-catalog',
    'Create Reward — https://docs.capillarytech.com/reference/postapi_gatewayrewardscorev1rewardcreate': 'rewards-catalog',
  },
  pagesLeftOut: {
    'Create Reward Currency Limits — https://docs.capillarytech.com/reference/create-reward-currency-limits': `${cappings}; its rows give no code ("-" or an empty cell)`,
    'Get Reward Currency Limits — https://docs.capillarytech.com/reference/get-reward-currency-limits': cappings,
  },
};
