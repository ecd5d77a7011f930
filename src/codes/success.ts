/**
 * Success codes of the customers resource, in the order of the published table.
 * Row: [code, key, api, message, details?]. The published page lists several messages
 * in one cell of 1000, 1040 and 1300; each message is its own entry here, tied to the
 * operation that sends it.
 */
export const success = [
  [1000, 'CUSTOMER_REGISTERED', 'v1.1', 'Customer registered successfully.', { operations: ['register'] }],
  [1000, 'CUSTOMER_RETRIEVED', 'v1.1', 'Customer retrieved successfully.', { operations: ['get'] }],
  [1000, 'SUBSCRIPTION_UPDATED', 'v1.1', 'Subscription updated successfully.', { operations: ['subscriptions.update'] }],
  [1000, 'SUBSCRIPTION_RETRIEVED', 'v1.1', 'Subscription retrieved successfully.', { operations: ['subscriptions.get'] }],
  [1000, 'CUSTOMER_UPDATED', 'v1.1', 'Customer updated successfully.', { operations: ['update'] }],
  [1000, 'COUPONS_RETRIEVED', 'v1.1', 'Coupons retrieved successfully.', { operations: ['coupons.get'] }],
  [1000, 'NOTES_SAVED', 'v1.1', 'Customer notes added/updated successfully.', { operations: ['notes.add', 'notes.update'] }],
  [1000, 'NOTES_RETRIEVED', 'v1.1', 'Customer notes retrieved successfully.', { operations: ['notes.get'] }],
  [1000, 'PREFERENCES_RETRIEVED', 'v1.1', 'Customer preferences retrieved successfully.', { operations: ['preferences.get'] }],
  [1000, 'PREFERENCES_UPDATED', 'v1.1', 'Customer preferences updated successfully.', { operations: ['preferences.update'] }],
  [1000, 'REFERRAL_STATS_RETRIEVED', 'v1.1', 'Referral statistics retrieved successfully.', { operations: ['referrals.stats'] }],
  [1040, 'IDENTIFIER_CHANGE_REQUESTED', 'v1.1', 'Customer id change request has submitted successfully.', { operations: ['identifier.change'] }],
  [1000, 'REFERRALS_INVITED', 'v1.1', 'Referrals are invited successfully.', {
    operations: ['referrals.invite'],
    note: 'Listed under 1040 in this table; the earlier table and the API samples send it as 1000.',
  }],
  [1061, 'RECOMMENDATIONS_FETCHED_1061', 'v1.1', 'Customer recommendations fetched successfully.', {
    note: 'Same text as 1050.',
  }],
  [1050, 'RECOMMENDATIONS_FETCHED', 'v1.1', 'Customer recommendations fetched successfully.', {
    note: 'Same text as 1061.',
  }],
  [1052, 'TRANSACTIONS_FETCHED', 'v1.1', 'Transactions fetched successfully.'],
  [1300, 'TICKET_RETRIEVED', 'v1.1', 'Ticket retrieved successfully.', { operations: ['tickets.get'] }],
  [1300, 'TICKET_ADDED', 'v1.1', 'Ticket added successfully.', { operations: ['tickets.add'] }],
] as const;
