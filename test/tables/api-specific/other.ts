/**
 * The per-API pages of every resource but customers, points and the rewards group: customer
 * labels, transactions, coupons, cards, user groups, the organization API's till and store
 * pages, communications, staff and walk-in, behavioral events, requests, OTP, customer
 * authentication, and the private and archived pages left over. Left out: the sections that
 * are no resource of the catalog.
 * The archived "API Template" page (06-Archive/36-api-template) prints an empty table: it has
 * no row, so it is no page here.
 */
import type { PageMap } from './page-map.js';

export const { pages, pagesLeftOut }: PageMap = {
  pages: {
    // Customer labels (/v2/organization/labels, /v2/customers/{userId}/labels).
    'Add Labels — https://docs.capillarytech.com/reference/add-labels': 'customer-labels',
    'Tag Customers (to Labels) — https://docs.capillarytech.com/reference/tag-customers-to-labels': 'customer-labels',
    'Get Customer Labels — https://docs.capillarytech.com/reference/get-customer-labels': 'customer-labels',

    // Transactions.
    'Add Transaction with Local Currency — https://docs.capillarytech.com/reference/add-transaction-with-local-currency': 'transactions',
    'Add/Return transaction (single) — https://docs.capillarytech.com/reference/add-transaction-single': 'transactions',
    'Add/Return Transaction(bulk) — https://docs.capillarytech.com/reference/addreturn-transaction-bulk': 'transactions',
    'Update Transactions in Bulk — https://docs.capillarytech.com/reference/update-transaction-bulk': 'transactions',
    // Private (Neo-only) API and its archived copy: the custom field values of TransactionAdd events.
    'Get Custom Field Values for TransactionAdd event — https://docs.capillarytech.com/reference/private-api-get-custom-field-values-for-transactionadd-event': 'transactions',
    'Get Custom Field Values for TransactionAdd event — https://docs.capillarytech.com/reference/get-custom-field-for-transaction-add-event': 'transactions',

    // Coupons (v2).
    'Issue multiple coupons to a customer from a series — https://docs.capillarytech.com/reference/issue-bulk-coupon-with-count-from-series': 'coupons',
    'Update coupon code expiry date — https://docs.capillarytech.com/reference/update-coupon-code-expiry-date': 'coupons',
    'Revoke coupon — https://docs.capillarytech.com/reference/revoke-coupon': 'coupons',
    // The custom fields of coupon redemptions (a private, Neo-only API): in the points section,
    // among the private APIs and archived; what they document is coupon redemption.
    'Get Custom Fields Associated with Coupon Redemption — https://docs.capillarytech.com/reference/get-custom-fields-associated-with-coupon-redemption-global': 'coupons',
    'Get Custom Fields Associated with Coupon Redemption — https://docs.capillarytech.com/reference/private-api-get-custom-fields-associated-with-coupon-redemption': 'coupons',
    'Get Custom Fields Associated with Coupon Redemption — https://docs.capillarytech.com/reference/get-custom-fields-associated-with-coupon-redemption': 'coupons',

    // Cards (v2).
    'Add Card Series — https://docs.capillarytech.com/reference/v2addcardseries': 'cards',
    'Generate Cards — https://docs.capillarytech.com/reference/generate-cards': 'cards',
    'Limit Active Cards per Customer — https://docs.capillarytech.com/reference/limit-active-cards-per-customer': 'cards',

    // User groups (/v2/userGroup2).
    'Add Group — https://docs.capillarytech.com/reference/add-group': 'user-groups',
    'Update User Group — https://docs.capillarytech.com/reference/update-user-group': 'user-groups',
    'Search user groups by name, ID, and mobile number — https://docs.capillarytech.com/reference/get-user-group-details': 'user-groups',
    'Update permissions — https://docs.capillarytech.com/reference/update-user-group-permission': 'user-groups',
    'Search for groups using the extended fields — https://docs.capillarytech.com/reference/search-for-groups-using-the-extended-fields': 'user-groups',

    // The organization API's org entities (/v2/orgEntity/till, /v2/orgEntity/store): organization,
    // not the store resource (the v1.1 /store APIs).
    'Add Till — https://docs.capillarytech.com/reference/add-till-with-new-custom-fields': 'organization',
    'Update Till with Custom Fields — https://docs.capillarytech.com/reference/update-till-with-custom-field-info': 'organization',
    'Add Store — https://docs.capillarytech.com/reference/add-store': 'organization',
    'Add Store in bulk — https://docs.capillarytech.com/reference/add-store-in-bulk': 'organization',
    'Add Till with Existing Custom Fields — https://docs.capillarytech.com/reference/add-till': 'organization',

    // Communications.
    'Resend a communication message — https://docs.capillarytech.com/reference/post_v2-communications-resend': 'communications',
    'Error code — https://docs.capillarytech.com/reference/error-code-copy': 'communications',

    // Staff, and the customer walk-in API the staff resource holds (8093-8099).
    'Get Staff Details — https://docs.capillarytech.com/reference/get-staff-details': 'staff',
    'Logout Staff Account — https://docs.capillarytech.com/reference/logout-staff-account': 'staff',
    'Trigger Walk-in Notifications on InStore — https://docs.capillarytech.com/reference/trigger-walk-in-notifications-on-instore': 'staff',

    // Behavioral events (v2), their webhooks and logs.
    'Create Event (Custom) — https://docs.capillarytech.com/reference/create-event-custom-be': 'behavioral-events',
    'Add Webhook — https://docs.capillarytech.com/reference/add-webhook': 'behavioral-events',
    'Get Events Logs — https://docs.capillarytech.com/reference/get-events-logs': 'behavioral-events',
    'Search events — https://docs.capillarytech.com/reference/search-events': 'behavioral-events',

    // Requests (/v2/requests).
    'Update Request — https://docs.capillarytech.com/reference/update-transaction-customer-merge-request': 'requests',
    'Retrieve Request Status using ID — https://docs.capillarytech.com/reference/retrieve-transaction-customer-merge-request-status': 'requests',

    // OTP (/v2/otp).
    'Generate OTP — https://docs.capillarytech.com/reference/generate-otp': 'otp',

    // Customer authentication (the auth engine).
    'Regenerate Authentication Token — https://docs.capillarytech.com/reference/regenerate-authentication-token': 'customer-authentication',
    'Authentication configurations — https://docs.capillarytech.com/reference/authentication-configurations': 'customer-authentication',
  },
  pagesLeftOut: {
    'Perform Search (Cortex API) — https://docs.capillarytech.com/reference/search-api-cortex-api':
      'Meta search (the Cortex search service): no resource of the catalog; its 1000-1044 are the search service\'s own codes.',
    'Enable or Update Custom Event Tranformation — https://docs.capillarytech.com/reference/enable-custom-event-for-cortex-search':
      'Meta search (Cortex event transformation through Neo): no resource of the catalog; its rows are HTTP statuses with a symbolic name.',
    'Retrieve Custom Event Config Details for an Entity — https://docs.capillarytech.com/reference/retrieve-custom-event-config-details-for-entity':
      'Meta search (Cortex event transformation through Neo): no resource of the catalog; its rows are HTTP statuses with a symbolic name.',
    'Retrieve Custom Event Config Details of Org — https://docs.capillarytech.com/reference/retrieve-custom-event-config-details-of-org':
      'Meta search (Cortex event transformation through Neo): no resource of the catalog; its rows are HTTP statuses with a symbolic name.',
    'Create a Custom Field — https://docs.capillarytech.com/reference/create-a-custom-field':
      'Custom fields (dynamic header): no resource of the catalog. Its 1023-1025 are the custom-field codes the till pages print (organization ORG_CUSTOM_FIELD_*).',
    'Get Audit Logs by Event Name — https://docs.capillarytech.com/reference/get-audit-logs':
      'Audit logs: no resource of the catalog; its rows are the HTTP statuses 400, 401 and 500.',
    'Create DIY Template — https://docs.capillarytech.com/reference/post-create-api-diy-template-connectplus':
      'DIY templates (Connect+): no resource of the catalog.',
    'Update Webhook — https://docs.capillarytech.com/reference/update-v3-webhook':
      'The v3 webhooks of event notifications (/v3/webHooks, a hidden page): not the behavioral events\' inbound webhooks, and no resource of the catalog.',
    'Create a Vendor (OLD) — https://docs.capillarytech.com/reference/createvendor_old':
      'The archived old copy of the rewards catalog\'s Create a Vendor page: its two rows (5007, 3004) are that page\'s rows word for word.',
  },
};
