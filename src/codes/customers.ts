/**
 * Status codes of the customers resource. The order and, where publications disagree, the
 * wording are those of the status-code table 0.1 was built from (docs.capillarytech.com
 * `/reference/status-codes-customer`, test/fixtures/customers-response-codes.md); the other
 * customers publications add aliases and the rows that table lacks. docs/DATA.md says how.
 *
 * Publications merged (test/fixtures/tables/customers*), and the surface each speaks for:
 * - docs `/reference/status-codes-customer` (the seed), `/reference/customer-lookup` and the
 *   older `/reference/customer-1` (partial): the docs' V2 pages. They reprint the v1.1 codes
 *   (1000-1303, 10001-10002, 91xxx), which keep `v1.1` as 0.1 has them, and add the v2 codes
 *   8001-8153 (`v2`). The 1xxx codes only the V2 pages publish (1059, 1099 "Unable to fetch
 *   tracker data for the customer.", 1212-1217; NOTES.md) are `v2` too: no V1 page has them.
 * - capillary.github.io/api-documentation (the v2 site): the same table in its 2022 state
 *   (`v2` for its 8xxx rows), and per-API "Error Codes" tables for updating identifiers and
 *   fetching customers, whose rows are other wordings of the 8xxx codes (aliases here).
 * - capillary.github.io/v1.1-API-Documentation (the v1.1 site), docs `/reference/customer`
 *   "Customer (V1)" as of 2025-09 and 2026-03, and the developer portal's article (partial;
 *   the GitHub-era v1.1 table with copy edits): `v1.1`.
 *
 * What differs: the V1 pages list 1053 and the 91xxx warnings under "Error Codes" (the v2
 * site moved them to warnings in 2021; the entries are warnings, the V1 listings are
 * exceptions in test/tables/exceptions/customers.ts); only the V1 pages have 1038, 1086-1099
 * "Points processing failed", 8014 "Country configuration..." and 9028; 1099 and 8014 mean
 * two things each. 8153 is in the seed only (the 2025-09 export of its page lacks it).
 *
 * The per-API tables of docs.capillarytech.com (test/fixtures/tables/api-specific-tables--
 * docs.capillarytech.com.md; pages named in test/tables/api-specific/customers.ts) add aliases,
 * and the codes the resource tables lack (the last block of errors). Their `api` is the
 * surface of the page's endpoint: `v1.1` for the docs section 02-customer (/v1.1/customer/...),
 * `v2` for 03-customer-1 (/v2/customers/..., and /v2/slab/manualSlabAdjustment) and
 * 04-customer-lookup. The rows these pages share with other resources (3217, 1101, 1620, the
 * HTTP statuses) are those resources' entries.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const customers = [
  // Success. The published page lists several messages in one cell of 1000, 1040 and 1300;
  // each message is its own entry here, tied to the operation that sends it.
  [1000, 'CUSTOMER_REGISTERED', 'success', 'v1.1', 'Customer registered successfully.', { operations: ['register'], aliases: ['Customer registration successful'] }],
  [1000, 'CUSTOMER_RETRIEVED', 'success', 'v1.1', 'Customer retrieved successfully.', { operations: ['get'], aliases: ['Customer successfully retrieved'] }],
  [1000, 'SUBSCRIPTION_UPDATED', 'success', 'v1.1', 'Subscription updated successfully.', { operations: ['subscriptions.update'], aliases: ['Subscription successfully updated'] }],
  [1000, 'SUBSCRIPTION_RETRIEVED', 'success', 'v1.1', 'Subscription retrieved successfully.', { operations: ['subscriptions.get'], aliases: ['Subscription successfully retrieved'] }],
  [1000, 'CUSTOMER_UPDATED', 'success', 'v1.1', 'Customer updated successfully.', { operations: ['update'], aliases: ['User Successfully Updated.', 'Customer successfully updated'] }],
  [1000, 'COUPONS_RETRIEVED', 'success', 'v1.1', 'Coupons retrieved successfully.', { operations: ['coupons.get'], aliases: ['Issued coupons retrieved successfully'] }],
  [1000, 'NOTES_SAVED', 'success', 'v1.1', 'Customer notes added/updated successfully.', { operations: ['notes.add', 'notes.update'], aliases: ['Customer note added/updated successfully', 'Customer note added successfully', 'Customer note updated successfully'] }],
  [1000, 'NOTES_RETRIEVED', 'success', 'v1.1', 'Customer notes retrieved successfully.', { operations: ['notes.get'], aliases: ['Customer note retrieved successfully'] }],
  [1000, 'PREFERENCES_RETRIEVED', 'success', 'v1.1', 'Customer preferences retrieved successfully.', { operations: ['preferences.get'] }],
  [1000, 'PREFERENCES_UPDATED', 'success', 'v1.1', 'Customer preferences updated successfully.', { operations: ['preferences.update'] }],
  [1000, 'REFERRAL_STATS_RETRIEVED', 'success', 'v1.1', 'Referral statistics retrieved successfully.', { operations: ['referrals.stats'] }],
  [1040, 'IDENTIFIER_CHANGE_REQUESTED', 'success', 'v1.1', 'Customer id change request has submitted successfully.', {
    operations: ['identifier.change'],
    aliases: ['Customer Identity change request added successfully'],
  }],
  [1000, 'REFERRALS_INVITED', 'success', 'v1.1', 'Referrals are invited successfully.', {
    operations: ['referrals.invite'],
    note: 'Listed under 1040 in this table; the earlier table and the API samples send it as 1000.',
  }],
  [1061, 'RECOMMENDATIONS_FETCHED_1061', 'success', 'v1.1', 'Customer recommendations fetched successfully.', {
    note: 'Same text as 1050.',
  }],
  [1050, 'RECOMMENDATIONS_FETCHED', 'success', 'v1.1', 'Customer recommendations fetched successfully.', {
    note: 'Same text as 1061.',
  }],
  [1052, 'TRANSACTIONS_FETCHED', 'success', 'v1.1', 'Transactions fetched successfully.'],
  [1300, 'TICKET_RETRIEVED', 'success', 'v1.1', 'Ticket retrieved successfully.', { operations: ['tickets.get'] }],
  [1300, 'TICKET_ADDED', 'success', 'v1.1', 'Ticket added successfully.', { operations: ['tickets.add'] }],


  // Errors. v1.1 codes arrive in `item_status`, v2 codes in `errors[]`.
  [618, 'CUSTOMER_MARKED_AS_FRAUD', 'error', 'v1.1', 'Not allowed - customer is marked as fraud.', {
    aliases: ['Not allowed - the customer is marked as fraud.', 'Customer is marked as fraud.'],
    sharedWith: ['transactions'],
    kind: 'failed-precondition',
  }],
  [816, 'CUSTOMER_NOT_FOUND_FOR_ORG', 'error', 'v1.1', 'Customer not found for organization.', {
    aliases: ['Customer not found for the organization.', 'Unable to find customer in this organization'],
    sharedWith: ['points'],
    kind: 'not-found',
  }],
  [1001, 'REGISTER_INVALID_MOBILE', 'error', 'v1.1', 'Unable to register. Invalid mobile number.', { kind: 'invalid-argument' }],
  [1002, 'REGISTER_INVALID_EMAIL', 'error', 'v1.1', 'Unable to register. Invalid email id.', {
    aliases: ['Invalid Email'],
    sharedWith: ['requests'],
    kind: 'invalid-argument',
  }],
  [1003, 'REGISTER_INVALID_EXTERNAL_ID', 'error', 'v1.1', 'Unable to register. Invalid external id.', {
    kind: 'invalid-argument',
  }],
  [1004, 'STORE_POPULATION_FAILED', 'error', 'v1.1', 'Failed to populate store.', {
    aliases: ['Failed to populate the store.'],
    kind: 'internal',
  }],
  [1006, 'REGISTER_MOBILE_REQUIRED', 'error', 'v1.1', 'Unable to register. Mobile number is required.', { kind: 'invalid-argument' }],
  [1007, 'REGISTER_NO_PRIMARY_IDENTIFIER', 'error', 'v1.1', 'Unable to register customer. No valid primary identifier mobile number, email ID, or external ID passed.', {
    aliases: [
      'Unable to register customer. No valid primary identifier (mobile number, email ID, or external ID) passed.',
      'Error in customer registration: No Valid Mobile Number or External ID or Email provided required for registration',
      'Error in customer registration: No Valid Mobile Number or External ID or Email provided. Required for registration',
    ],
    note: 'The Add Customer pages add-customer (V1), add-customer-archive and the sample postv2customers give the reason "No valid mobile number, external ID, or email provided."',
    kind: 'invalid-argument',
  }],
  [1008, 'REGISTER_WITH_EXTERNAL_ID_FAILED', 'error', 'v1.1', 'Unable to register with external id.', {
    note: 'Same text as 1038 (REGISTER_WITH_EXTERNAL_ID_FAILED_1038); the V1 tables until 2025 print one row "1008/ 1038".',
    kind: 'internal',
  }],
  [1009, 'MLM_ADD_FAILED', 'error', 'v1.1', 'Unable to add registered customer to MLM.', { kind: 'internal' }],
  [1010, 'LOYALTY_POINTS_UPDATE_FAILED', 'error', 'v1.1', 'Unable to update loyalty points of the customer.', { kind: 'internal' }],
  [1011, 'CUSTOMER_NOT_FOUND_FOR_IDENTIFIER', 'error', 'v1.1', 'Cannot find customer for provided identifier.', { kind: 'not-found' }],
  [1012, 'CUSTOMER_NOT_FOUND_FOR_MOBILE_EMAIL_OR_EXTERNAL_ID', 'error', 'v1.1', 'Cannot find customer with the provided mobile number/external ID/e-mail ID.', {
    aliases: [
      'Cannot find customer with the provided mobile number, external ID, or email ID.',
      'Cannot find customer for provided mobile/external-id/e-mail/id',
      'Cannot find a customer for provided mobile.',
    ],
    sharedWith: ['requests', 'referrals', 'pii-deletion'],
    kind: 'not-found',
    note: 'The PII deletion page tags it [CUSTOMER_NOT_FOUND], the name the server gives the error.',
  }],
  [1013, 'CUSTOMER_NOT_REGISTERED_FOR_LOYALTY', 'error', 'v1.1', 'Customer is not registered for the loyalty Program.', {
    note: 'The customer V1 page of 2026 words 1013 and 1020 alike: "Customer is not registered for the loyalty program."',
    kind: 'failed-precondition',
  }],
  [1014, 'CUSTOMER_ALREADY_REGISTERED', 'error', 'v1.1', 'Customer is registered already.', {
    aliases: ['Customer is already registered.'],
    kind: 'already-exists',
  }],
  [1015, 'NO_IDENTIFIER_PROVIDED', 'error', 'v1.1', 'No identifier provided to get loyalty users.', { kind: 'invalid-argument' }],
  [1016, 'REGISTER_EMAIL_TAKEN', 'error', 'v1.1', 'Unable to register. Email provided already exists for some other user.', {
    aliases: ['Unable to register. Email ID already exists for another user.'],
    kind: 'already-exists',
  }],
  [1017, 'CUSTOM_FIELD_INVALID', 'error', 'v1.1', 'Provided Custom Field is invalid.', {
    kind: 'invalid-argument',
  }],
  [1018, 'CUSTOM_FIELD_UPDATE_FAILED', 'error', 'v1.1', 'Unable to update custom field.', { kind: 'internal' }],
  [1019, 'REGISTER_EMAIL_NEEDS_MOBILE_OR_EXTERNAL_ID', 'error', 'v1.1', 'Mobile number or external id is required along with the email Id to register.', {
    kind: 'invalid-argument',
  }],
  [1020, 'CUSTOMER_NOT_IN_LOYALTY_PROGRAM', 'error', 'v1.1', 'The customer is not registered for loyalty program.', {
    aliases: ['Customer is not registered for the loyalty program.'],
    note: 'The customer V1 page of 2026 words 1013 and 1020 alike: "Customer is not registered for the loyalty program."',
    kind: 'failed-precondition',
  }],
  [1021, 'INVALID_VALIDATION_CODE', 'error', 'v1.1', 'Invalid validation code.', { kind: 'unauthenticated' }],
  [1023, 'LOYALTY_REGISTRATION_FAILED', 'error', 'v1.1', 'Unable to register customer to loyalty program.', { kind: 'internal' }],
  [1024, 'PROFILE_UPDATE_FAILED', 'error', 'v1.1', 'Unable to update customer profile.', { kind: 'internal' }],
  [1025, 'IDENTITY_UPDATE_MANDATORY_FIELDS_MISMATCH', 'error', 'v1.1', 'Mandatory fields are not matching for customer identity update.', {
    aliases: ['Mandatory fields do not match for customer identity update.'],
    kind: 'invalid-argument',
  }],
  [1026, 'IDENTITY_UPDATE_TOO_FEW_OPTIONAL_MATCHES', 'error', 'v1.1', 'Count of optional fields match is less than required.', {
    aliases: ['Count of optional fields matched is less than required.'],
    kind: 'invalid-argument',
  }],
  [1027, 'VERIFICATION_FIELD_INVALID', 'error', 'v1.1', 'Field name provided for verification is invalid.', { kind: 'invalid-argument' }],
  [1028, 'NO_CUSTOMER_NOTES', 'error', 'v1.1', 'No customer notes are available.', { kind: 'not-found' }],
  [1029, 'PREFERENCES_RETRIEVAL_FAILED', 'error', 'v1.1', 'Unable to retrieve customer preferences.', { kind: 'internal' }],
  [1030, 'PREFERENCES_UPDATE_FAILED', 'error', 'v1.1', 'Unable to update customer preferences.', { kind: 'internal' }],
  [1031, 'NO_PREFERENCES_SET', 'error', 'v1.1', 'No preferences set for this customer.', { kind: 'not-found' }],
  [1032, 'MOBILE_ALREADY_EXISTS', 'error', 'v1.1', 'A customer already exists with the same mobile number.', { kind: 'already-exists' }],
  [1033, 'EXTERNAL_ID_ALREADY_EXISTS', 'error', 'v1.1', 'A customer already exists with the same external id.', {
    kind: 'already-exists',
  }],
  [1034, 'REGISTRATION_DATE_OUT_OF_RANGE', 'error', 'v1.1', 'Unable to register. Registration date is not within the allowed past or future date limit.', {
    kind: 'invalid-argument',
  }],
  [1035, 'SOME_PREFERENCES_NOT_UPDATED', 'error', 'v1.1', 'Unable to update few customer preferences.', {
    aliases: ['Unable to update some customer preferences.'],
    kind: 'internal',
  }],
  [1036, 'SOME_NOTES_NOT_SAVED', 'error', 'v1.1', 'One or more notes could not be added/updated for customer.', {
    aliases: ['One or more notes could not be added or updated for the customer.'],
    kind: 'internal',
  }],
  [1037, 'NOTES_SAVE_FAILED', 'error', 'v1.1', 'Unable to add/update customer notes.', {
    aliases: ['Unable to add or update customer notes.'],
    kind: 'internal',
  }],
  [1038, 'REGISTER_WITH_EXTERNAL_ID_FAILED_1038', 'error', 'v1.1', 'Unable to register with external ID.', {
    note: 'Same text as 1008 (REGISTER_WITH_EXTERNAL_ID_FAILED); the V1 tables until 2025 print one row "1008/ 1038", the 2026 page two rows. Only the V1 pages list 1038.',
    kind: 'internal',
    docs: 'https://docs.capillarytech.com/reference/customer',
  }],
  [1039, 'REGISTER_EMAIL_REQUIRED', 'error', 'v1.1', 'Unable to register. Email ID is required.', { kind: 'invalid-argument' }],
  [1041, 'IDENTIFIER_CHANGE_FAILED', 'error', 'v1.1', 'Customer id change request failed.', {
    kind: 'internal',
  }],
  [1042, 'INVALID_IDENTIFIER', 'error', 'v1.1', 'Invalid mobile no/email id/external id.', {
    aliases: ['Invalid mobile number, email ID, or external ID.'],
    kind: 'invalid-argument',
  }],
  [1043, 'REGISTER_EXTERNAL_ID_REQUIRED', 'error', 'v1.1', 'Unable to register. Customer’s external id is required.', {
    kind: 'invalid-argument',
  }],
  [1044, 'CUSTOMER_VIEW_NOT_PERMITTED', 'error', 'v1.1', 'You do not have sufficient permission to view the customer details.', {
    aliases: ['You do not have sufficient permission to view customer details.'],
    kind: 'permission-denied',
  }],
  [1045, 'NON_LOYALTY_NO_VALID_IDENTIFIER', 'error', 'v1.1', 'No valid identifier (mobile/email) passed for non-loyalty customer.', {
    aliases: ['No valid identifier (mobile or email) passed for non-loyalty customer.'],
    kind: 'invalid-argument',
  }],
  [1046, 'LOYALTY_TO_NON_LOYALTY_NOT_ALLOWED', 'error', 'v1.1', 'Conversion of loyalty customer to non-loyalty is not allowed.', {
    kind: 'failed-precondition',
  }],
  [1047, 'CUSTOMER_PRIMARY_IDENTIFIER_MISMATCH', 'error', 'v1.1', 'Customer\'s primary identifier not matching with other identifiers.', {
    aliases: ['Customer\'s primary identifier does not match other identifiers.'],
    kind: 'invalid-argument',
  }],
  [1048, 'LOYALTY_CONVERSION_EMAIL_REQUIRED', 'error', 'v1.1', 'Customer’s email id is required to convert to loyalty customer.', {
    aliases: ['Customer’s email ID is required to convert to a loyalty customer.'],
    kind: 'invalid-argument',
  }],
  [1049, 'LOYALTY_CONVERSION_EXTERNAL_ID_REQUIRED', 'error', 'v1.1', 'Customer’s external id is required to convert to loyalty customer.', {
    aliases: ['Customer’s external ID is required to convert to a loyalty customer.'],
    kind: 'invalid-argument',
  }],
  [1051, 'NO_TRANSACTIONS_OR_RECOMMENDATIONS', 'error', 'v1.1', 'No transactions or recommendations found for the customer.', { kind: 'not-found' }],
  [1059, 'REGISTER_EMAIL_OR_MOBILE_REQUIRED', 'error', 'v2', 'Error in customer registration. Email or Mobile is required.', { kind: 'invalid-argument' }],
  [1086, 'POINTS_PROCESSING_FAILED_1086', 'error', 'v1.1', 'Points processing failed.', {
    note: 'One of 1086, 1087 and 1089-1099, which share this text; only the V1 pages list them.',
    kind: 'internal',
    docs: 'https://docs.capillarytech.com/reference/customer',
  }],
  [1087, 'POINTS_PROCESSING_FAILED_1087', 'error', 'v1.1', 'Points processing failed.', {
    note: 'One of 1086, 1087 and 1089-1099, which share this text; only the V1 pages list them.',
    kind: 'internal',
    docs: 'https://docs.capillarytech.com/reference/customer',
  }],
  [1088, 'POINTS_ISSUE_FAILED', 'error', 'v1.1', 'Unable to issue points. Please report to capillary support.', {
    kind: 'internal',
  }],
  [1089, 'POINTS_PROCESSING_FAILED_1089', 'error', 'v1.1', 'Points processing failed.', {
    note: 'One of 1086, 1087 and 1089-1099, which share this text; only the V1 pages list them.',
    kind: 'internal',
    docs: 'https://docs.capillarytech.com/reference/customer',
  }],
  [1090, 'POINTS_PROCESSING_FAILED_1090', 'error', 'v1.1', 'Points processing failed.', {
    note: 'One of 1086, 1087 and 1089-1099, which share this text; only the V1 pages list them.',
    kind: 'internal',
    docs: 'https://docs.capillarytech.com/reference/customer',
  }],
  [1091, 'POINTS_PROCESSING_FAILED_1091', 'error', 'v1.1', 'Points processing failed.', {
    note: 'One of 1086, 1087 and 1089-1099, which share this text; only the V1 pages list them.',
    kind: 'internal',
    docs: 'https://docs.capillarytech.com/reference/customer',
  }],
  [1092, 'POINTS_PROCESSING_FAILED_1092', 'error', 'v1.1', 'Points processing failed.', {
    note: 'One of 1086, 1087 and 1089-1099, which share this text; only the V1 pages list them.',
    kind: 'internal',
    docs: 'https://docs.capillarytech.com/reference/customer',
  }],
  [1093, 'POINTS_PROCESSING_FAILED_1093', 'error', 'v1.1', 'Points processing failed.', {
    note: 'One of 1086, 1087 and 1089-1099, which share this text; only the V1 pages list them.',
    kind: 'internal',
    docs: 'https://docs.capillarytech.com/reference/customer',
  }],
  [1094, 'POINTS_PROCESSING_FAILED_1094', 'error', 'v1.1', 'Points processing failed.', {
    note: 'One of 1086, 1087 and 1089-1099, which share this text; only the V1 pages list them.',
    kind: 'internal',
    docs: 'https://docs.capillarytech.com/reference/customer',
  }],
  [1095, 'POINTS_PROCESSING_FAILED_1095', 'error', 'v1.1', 'Points processing failed.', {
    note: 'One of 1086, 1087 and 1089-1099, which share this text; only the V1 pages list them.',
    kind: 'internal',
    docs: 'https://docs.capillarytech.com/reference/customer',
  }],
  [1096, 'POINTS_PROCESSING_FAILED_1096', 'error', 'v1.1', 'Points processing failed.', {
    note: 'One of 1086, 1087 and 1089-1099, which share this text; only the V1 pages list them.',
    kind: 'internal',
    docs: 'https://docs.capillarytech.com/reference/customer',
  }],
  [1097, 'POINTS_PROCESSING_FAILED_1097', 'error', 'v1.1', 'Points processing failed.', {
    note: 'One of 1086, 1087 and 1089-1099, which share this text; only the V1 pages list them.',
    kind: 'internal',
    docs: 'https://docs.capillarytech.com/reference/customer',
  }],
  [1098, 'POINTS_PROCESSING_FAILED_1098', 'error', 'v1.1', 'Points processing failed.', {
    note: 'One of 1086, 1087 and 1089-1099, which share this text; only the V1 pages list them.',
    kind: 'internal',
    docs: 'https://docs.capillarytech.com/reference/customer',
  }],
  [1099, 'TRACKER_DATA_FETCH_FAILED', 'error', 'v2', 'Unable to fetch tracker data for the customer.', {
    aliases: ['Error fetching tracker data for customer.'],
    sharedWith: ['user-groups'],
    note: '1099 also means POINTS_PROCESSING_FAILED_1099 ("Points processing failed", the V1 pages).',
    kind: 'internal',
  }],
  [1099, 'POINTS_PROCESSING_FAILED_1099', 'error', 'v1.1', 'Points processing failed.', {
    note: 'One of 1086, 1087 and 1089-1099, which share this text; only the V1 pages list them. 1099 also means TRACKER_DATA_FETCH_FAILED (the V2 pages).',
    kind: 'internal',
    docs: 'https://docs.capillarytech.com/reference/customer',
  }],
  [1101, 'INVALID_CHANNEL_TYPE', 'error', 'v1.1', 'Invalid channel type.', { kind: 'invalid-argument' }],
  [1102, 'INVALID_PRIORITY_TYPE', 'error', 'v1.1', 'Invalid priority type.', { kind: 'invalid-argument' }],
  [1103, 'INVALID_SCOPE', 'error', 'v1.1', 'Invalid scope.', { kind: 'invalid-argument' }],
  [1104, 'INVALID_OR_MISSING_IDENTIFIER', 'error', 'v1.1', 'Invalid identifier or no identifier passed.', { kind: 'invalid-argument' }],
  [1105, 'MULTIPLE_SCOPES_NOT_ALLOWED', 'error', 'v1.1', 'Multiple scopes are not allowed.', { kind: 'invalid-argument' }],
  [1106, 'INVALID_SUBSCRIPTION_STATUS', 'error', 'v1.1', 'Invalid subscription status passed.', { kind: 'invalid-argument' }],
  [1107, 'INVALID_CAMPAIGN_ID', 'error', 'v1.1', 'Invalid campaign id passed.', {
    kind: 'invalid-argument',
  }],
  [1108, 'INVALID_OUTBOX_ID', 'error', 'v1.1', 'Invalid outbox id passed.', {
    kind: 'invalid-argument',
  }],
  [1109, 'SUBSCRIPTION_REQUEST_FAILED', 'error', 'v1.1', 'Unable to add, update or fetch subscription details.', {
    aliases: ['Unable to add, update, or fetch subscription details.'],
    kind: 'internal',
  }],
  [1150, 'INVALID_STORE_ID', 'error', 'v1.1', 'Invalid store ID passed.', { kind: 'invalid-argument' }],
  [1110, 'SUBSCRIPTION_UPDATE_FAILED', 'error', 'v1.1', 'Unable to update subscription details.', {
    kind: 'internal',
  }],
  [1222, 'REFERRAL_SYSTEM_ERROR', 'error', 'v1.1', 'Internal error occurred with the referral system.', {
    aliases: ['Internal error with the referral system'],
    kind: 'internal',
  }],
  [1202, 'INVALID_CAMPAIGN_TOKEN', 'error', 'v1.1', 'Invalid campaign token.', { kind: 'invalid-argument' }],
  [1203, 'INVALID_CAMPAIGN_CONFIGURED', 'error', 'v1.1', 'Invalid campaign configured.', { kind: 'failed-precondition' }],
  [1204, 'REFERRAL_NOT_ELIGIBLE', 'error', 'v1.1', 'The customer may not be eligible for the referral program.', {
    aliases: ['Customer may not be eligible for the referral program.'],
    kind: 'failed-precondition',
  }],
  [1205, 'REFERRER_NOT_FOUND', 'error', 'v1.1', 'Unable to find the referrer in the specific campaign.', {
    aliases: ['Unable to find the referrer in the specified campaign.'],
    kind: 'not-found',
  }],
  [1206, 'REFERRAL_TYPE_NOT_SUPPORTED', 'error', 'v1.1', 'Failed to add referral. Referral type is not supported.', {
    aliases: ['Referral type is not supported.'],
    sharedWith: ['referrals'],
    kind: 'invalid-argument',
  }],
  [1212, 'INVALID_ENTITY_TYPE', 'error', 'v2', 'Invalid entity type passed.', {
    aliases: ['Entity type passed is not valid', 'Entity type invalid.'],
    sharedWith: ['points', 'loyalty-promotions'],
    kind: 'invalid-argument',
  }],
  [1213, 'INVALID_PROGRAM_ID', 'error', 'v2', 'Invalid programId passed in request.', { kind: 'invalid-argument', audience: 'developer' }],
  [1214, 'START_DATE_AFTER_END_DATE', 'error', 'v2', 'startDate is after endDate.', { sharedWith: ['points'], kind: 'invalid-argument', audience: 'developer' }],
  [1215, 'DATE_IN_PAST', 'error', 'v2', '{x} cannot be a past date.', {
    aliases: ['startDate cannot be in past'],
    sharedWith: ['points'],
    kind: 'invalid-argument',
    audience: 'developer',
  }],
  [1216, 'UNSUPPORTED_DATE_FORMAT', 'error', 'v2', 'The date format used for {x} is not supported. Enter the the date in (YYYY-MM-DD) format.', {
    kind: 'invalid-argument',
  }],
  [1217, 'DATE_TOO_FAR_IN_FUTURE', 'error', 'v2', 'Date mentioned is a far future date. {x} cannot be after 100 years from now.', {
    aliases: ['endDate cannot be after 100 years from now'],
    sharedWith: ['points'],
    kind: 'invalid-argument',
    audience: 'developer',
  }],
  [1301, 'TICKET_SUBJECT_EXISTS', 'error', 'v1.1', 'A ticket already exists with the same subject.', { kind: 'already-exists' }],
  [1302, 'TICKET_REGISTRATION_FAILED', 'error', 'v1.1', 'Ticket registration failed.', { kind: 'internal' }],
  [1303, 'TICKET_SUBJECT_EMPTY', 'error', 'v1.1', 'Ticket subject should not be empty.', {
    aliases: ['Ticket subject must not be empty.'],
    kind: 'invalid-argument',
  }],

  // The documentation's short block for GET /v2/customers/lookup. Where the server's own
  // text for a code is known (the 8001-8153 block), this wording is a paraphrase of it.
  [8011, 'LOOKUP_INVALID_SOURCE_ACCOUNT', 'error', 'v2', 'Invalid source account passed.', {
    paraphrase: true,
    note: 'The lookup docs\' wording; the server sends LOOKUP_INVALID_SOURCE.',
    kind: 'invalid-argument',
  }],
  [8013, 'LOOKUP_INVALID_IDENTIFIER_NAME', 'error', 'v2', 'Customer identifier is invalid. Also check if the parameter identifierName is passed correctly.', {
    paraphrase: true,
    note: 'The lookup docs\' wording; the server sends LOOKUP_INVALID_IDENTIFIER.',
    kind: 'invalid-argument',
    audience: 'developer',
  }],
  [8015, 'LOOKUP_NO_CUSTOMER_FOUND', 'error', 'v2', 'No customer found with the given identifier.', {
    paraphrase: true,
    note: 'The lookup docs\' wording; the server sends CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS.',
    kind: 'not-found',
  }],
  [8045, 'ACCOUNT_ID_NOT_PASSED', 'error', 'v2', 'Account id is not passed.', { kind: 'invalid-argument' }],
  [8065, 'LOOKUP_NO_CUSTOMER_IN_SOURCE', 'error', 'v2', 'No customer found in the given source with the given identifier.', {
    paraphrase: true,
    note: 'The lookup docs\' wording; the server sends USER_NOT_FOUND_FOR_SOURCE.',
    kind: 'not-found',
  }],
  [8089, 'CUSTOMER_NOT_LOYALTY_MEMBER', 'error', 'v2', 'Customer not registered for the Loyalty Program', {
    aliases: ['Customer not registered for the Loyalty Program.'],
    kind: 'failed-precondition',
  }],

  [10001, 'CUSTOMER_ADD_FAILED', 'error', 'v1.1', 'Failed to add customer.', { kind: 'internal' }],
  [10002, 'CUSTOMER_DETAILS_UPDATE_FAILED', 'error', 'v1.1', 'Failed to update customer details.', { kind: 'internal' }],
  [91009, 'SURVIVOR_ACCOUNT_RETRIEVED', 'error', 'v1.1', 'Retrieved survivor account for the requested merge victim.', { kind: 'failed-precondition' }],
  [91010, 'DOWNGRADE_STRATEGY_NOT_CONFIGURED', 'error', 'v1.1', 'Downgrade strategy is not configured.', { kind: 'failed-precondition' }],
  [91020, 'INVALID_REGISTRATION_TILL', 'error', 'v1.1', 'Invalid TILL passed for registration.', { kind: 'invalid-argument' }],
  [91021, 'INVALID_ATTRIBUTION_TILL', 'error', 'v1.1', 'Invalid attribution TILL passed.', { kind: 'invalid-argument' }],
  [91022, 'SUBSCRIPTION_CHANNEL_UPDATE_FAILED', 'error', 'v1.1', 'Failed to update subscription for {x} channel and priority {y}.', { kind: 'internal' }],

  // The v2 server's texts.
  [8001, 'LOOKUP_NO_SOURCE', 'error', 'v2', 'Lookup failed, No source passed', { kind: 'invalid-argument' }],
  [8002, 'LOOKUP_NO_IDENTIFIERS', 'error', 'v2', 'Lookup failed, No identifiers passed', { kind: 'invalid-argument' }],
  [8003, 'INVALID_SOURCE', 'error', 'v2', 'Invalid source passed', {
    aliases: ['Invalid source', 'Source is missing or incorrect.'],
    sharedWith: ['points', 'requests', 'loyalty-promotions', 'points-ledger'],
    kind: 'invalid-argument',
  }],
  [8004, 'ADD_NO_SOURCE', 'error', 'v2', 'Add failed, No source passed', { kind: 'invalid-argument' }],
  [8005, 'ADD_NO_VALID_IDENTIFIERS', 'error', 'v2', 'Add failed, No valid identifiers passed', { kind: 'invalid-argument' }],
  [8006, 'ADD_CUSTOMER_EXISTS', 'error', 'v2', 'Add failed, Customer already exists with id {0} for same source', {
    aliases: ['Customer already exists for same source'],
    kind: 'already-exists',
  }],
  [8007, 'UPDATE_CUSTOMER_EXISTS', 'error', 'v2', 'Update failed, Customer already exists for same source', {
    aliases: ['Unable to update. The identifier is already registered in the same source.'],
    kind: 'already-exists',
  }],
  [8008, 'UPDATE_OTHER_PROFILE_IN_SOURCE', 'error', 'v2', 'Update failed, Same source different profile found for given identifiers', {
    aliases: ['The new identifier already exists in the same source.'],
    kind: 'already-exists',
  }],
  [8009, 'UPDATE_CUSTOMER_NOT_FOUND', 'error', 'v2', 'Update failed, Customer not found', {
    aliases: ['Unable to identify the customer. Customer id is invalid.'],
    kind: 'not-found',
  }],
  [8010, 'INVALID_COMMUNICATION_CHANNEL', 'error', 'v2', 'Invalid communication channel passed', {
    aliases: ['communication channel is invalid.'],
    kind: 'invalid-argument',
  }],
  [8011, 'LOOKUP_INVALID_SOURCE', 'error', 'v2', 'Look up, Invalid source passed', { kind: 'invalid-argument' }],
  [8012, 'GET_INVALID_SOURCE', 'error', 'v2', 'Get, Invalid source passed', {
    aliases: ['Invalid source passed.'],
    note: 'The v2 site\'s table for fetching customer details words it "Invalid source passed.", the text of 8003 (INVALID_SOURCE).',
    kind: 'invalid-argument',
  }],
  [8013, 'LOOKUP_INVALID_IDENTIFIER', 'error', 'v2', 'Lookup, Invalid identifier passed', {
    aliases: ['Invalid identifier passed', 'Invalid identifier type', 'Identifier name missing or incorrect.'],
    sharedWith: ['points', 'requests', 'loyalty-promotions', 'points-ledger'],
    kind: 'invalid-argument',
  }],
  [8014, 'REGISTER_INVALID_PRIMARY_ID', 'error', 'v2', 'Error in customer registration: Invalid Primary Id - {0}', {
    aliases: ['Error in customer registration'],
    note: '8014 also means REGISTER_COUNTRY_CONFIG_INVALID (the customer V1 page of 2026). The V2 Add Customer page prints only "Error in customer registration", for a provided mobile number that is invalid.',
    kind: 'invalid-argument',
  }],
  [8014, 'REGISTER_COUNTRY_CONFIG_INVALID', 'error', 'v1.1', 'Unable to register. Country configuration is missing or invalid.', {
    note: '8014 also means REGISTER_INVALID_PRIMARY_ID (the V2 status-code table); this meaning is listed only on the customer V1 page of 2026.',
    kind: 'failed-precondition',
    docs: 'https://docs.capillarytech.com/reference/customer',
  }],
  [8015, 'CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS', 'error', 'v2', 'Customer not found for the given identifiers', {
    aliases: [
      'No customer found for the given identifiers.',
      'Customer not found for the given identifier',
      'Customer not found for given identifiers',
      'Costumer not found for the given identifiers',
      'Customer not found',
    ],
    sharedWith: ['transactions', 'points', 'requests', 'customer-labels', 'user-groups', 'loyalty-promotions'],
    kind: 'not-found',
  }],
  [8016, 'GET_NO_SOURCE', 'error', 'v2', 'GET failed, No source passed', {
    kind: 'invalid-argument',
  }],
  [8091, 'GET_NO_ACCOUNT_ID', 'error', 'v2', 'GET failed, No account id passed', { kind: 'invalid-argument' }],
  [8092, 'GET_NO_IDENTIFIER_TYPE', 'error', 'v2', 'GET failed, No identifier type passed', { kind: 'invalid-argument' }],
  [8093, 'GET_NO_IDENTIFIER_VALUE', 'error', 'v2', 'GET failed, No identifier value passed', { kind: 'invalid-argument' }],
  [8017, 'REGISTER_INVALID_REGISTRATION_DATE', 'error', 'v2', 'Error in customer registration: Invalid registration date', { kind: 'invalid-argument' }],
  [8018, 'UPDATE_LOYALTY_TO_NON_LOYALTY_NOT_ALLOWED', 'error', 'v2', 'Update customer, Conversion from loyalty to non-loyalty not allowed', {
    kind: 'failed-precondition',
  }],
  [8019, 'INFERENCE_ATTRIBUTE_TYPE_REQUIRED', 'error', 'v2', 'Inference attribute-type must be specified', { kind: 'invalid-argument' }],
  [8020, 'INFERENCE_ATTRIBUTE_TYPE_INVALID', 'error', 'v2', 'Inference attribute-type is invalid', { kind: 'invalid-argument' }],
  [8021, 'INFERENCE_ATTRIBUTE_KEY_REQUIRED', 'error', 'v2', 'Inference attribute-key is required when attribute-type specified', { kind: 'invalid-argument' }],
  [8022, 'INFERENCE_ATTRIBUTE_KEY_INVALID', 'error', 'v2', 'Inference attribute-key is invalid', { kind: 'invalid-argument' }],
  [8023, 'NO_BEST_FITTING_PROFILE', 'error', 'v2', 'No best-fitting profile found matching {0}.{1}', { kind: 'not-found' }],
  [8024, 'NO_PROFILE_TO_INFER_FROM', 'error', 'v2', 'No profile information available to infer from', { kind: 'not-found' }],
  [8025, 'PROFILE_INFERENCE_FAILED', 'error', 'v2', 'Inferring profile failed', { kind: 'internal' }],
  [8026, 'CUSTOMER_DELETED_FOR_PII', 'error', 'v2', 'Same customer was deleted for PII feature, could not add', { kind: 'failed-precondition' }],
  [8027, 'PARENT_ADD_WITHOUT_CHILD_CONTEXT', 'error', 'v2', 'Customer add for parent without child context not allowed', { kind: 'invalid-argument' }],
  [8028, 'CUSTOMER_SEEMS_REGISTERED', 'error', 'v2', 'Customer seems is already registered', { kind: 'already-exists' }],
  [8065, 'USER_NOT_FOUND_FOR_SOURCE', 'error', 'v2', 'User not found for given source', { kind: 'not-found' }],
  [8066, 'USER_ID_USED_IN_SAME_SOURCE', 'error', 'v2', 'Combine not possible, User id already used in same source', {
    aliases: ['Unable to combine,User id already used in same source.'],
    kind: 'already-exists',
  }],
  [8067, 'MERGE_ALREADY_DONE', 'error', 'v2', 'Same Customer found in other sources, Merge already done with userId {0}', {
    aliases: ['Same customer found in other source. The account is already merged with user id X.'],
    kind: 'already-exists',
    audience: 'developer',
  }],
  [8084, 'CUSTOMER_DETAILS_NOT_SENT', 'error', 'v2', 'Customer details not sent', {
    aliases: ['Unable to send customer details.', 'Customer details are not present'],
    sharedWith: ['transactions'],
    kind: 'invalid-argument',
    note: 'The bulk transaction page adds: Make sure that valid customer identifiers are added.',
  }],
  [8085, 'INVALID_ORG_ENTITY', 'error', 'v2', 'Invalid org entity passed', { kind: 'invalid-argument' }],
  [8086, 'INVALID_STATUS_LABEL', 'error', 'v2', 'Status label passed is not valid', { kind: 'invalid-argument' }],
  [8087, 'CARD_ACTIONS_NOT_ALLOWED', 'error', 'v2', 'Card is {0}, not allowed to do any further actions', { kind: 'failed-precondition' }],
  [8088, 'CUSTOMER_STATUS_GET_FAILED', 'error', 'v2', 'Customer status get failed', {
    note: 'An error when the request failed; a warning when only a side activity did.',
    kind: 'internal',
  }],
  [8090, 'INSTORE_PROFILE_MISSING', 'error', 'v2', 'Unable to create profile as instore profile doesn\'t exist', {
    note: 'An error when the request failed; a warning when only a side activity did.',
    kind: 'failed-precondition',
  }],
  [8100, 'NEGATIVE_OFFSET', 'error', 'v2', 'Offset cannot have value less than 0', { kind: 'invalid-argument' }],
  [8101, 'LIMIT_NOT_POSITIVE', 'error', 'v2', 'Limit should be greater than 0', { kind: 'invalid-argument' }],
  [8102, 'LIMIT_ABOVE_100', 'error', 'v2', 'Limit cannot be greater than 100', { kind: 'invalid-argument' }],
  [8103, 'INVALID_SOURCE_TYPE', 'error', 'v2', 'Invalid source type, please select values from (UI, API, CAMPAIGN)', { kind: 'invalid-argument', audience: 'developer' }],
  [8104, 'PROGRAMS_WITH_PROMOTION_IDENTIFIER', 'error', 'v2', 'Invalid input combination, programs and promotionIdentifier both cannot be passed in single request', {
    kind: 'invalid-argument',
    audience: 'developer',
  }],
  [8105, 'PROMOTION_FETCH_FAILED', 'error', 'v2', 'Error fetching promotion data. Verify programs/promotionIdentifier passed.', {
    aliases: ['Error fetching promotion data'],
    sharedWith: ['loyalty-promotions'],
    kind: 'invalid-argument',
    audience: 'developer',
  }],
  [8106, 'COMMUNICATION_CHANNEL_TYPE_MISSING', 'error', 'v2', 'Communication channel type not passed', { kind: 'invalid-argument' }],
  [8107, 'DEFAULT_STATUS_LABEL_NOT_SET', 'error', 'v2', 'Default customer status label not set', { kind: 'failed-precondition' }],
  [8108, 'DEFAULT_STATUS_CONFIG_READ_FAILED', 'error', 'v2', 'Config read failed for CONF_CUSTOMER_DEFAULT_STATUS_ENABLED', { kind: 'internal', audience: 'developer' }],
  [8110, 'PROMOTION_FETCH_INVALID_TYPE', 'error', 'v2', 'Error fetching promotion data. Verify the passed promotion Type {0}', { kind: 'invalid-argument' }],
  [8111, 'PROMOTION_FETCH_INVALID_SCOPE', 'error', 'v2', 'Error fetching promotion data. Verify the passed scope {0}', { kind: 'invalid-argument' }],
  [8112, 'INVALID_START_DATE_FORMAT', 'error', 'v2', 'Invalid startDate. Should be in \'yyyy-MM-dd\' format', { kind: 'invalid-argument', audience: 'developer' }],
  [8113, 'INVALID_END_DATE_FORMAT', 'error', 'v2', 'Invalid endDate. Should be in \'yyyy-MM-dd\' format', { kind: 'invalid-argument', audience: 'developer' }],
  [8114, 'DATE_RANGE_INCOMPLETE', 'error', 'v2', 'Both startDate and endDate should be provided', { kind: 'invalid-argument', audience: 'developer' }],
  [8115, 'DATE_RANGE_REVERSED', 'error', 'v2', 'startDate should not be after endDate', { kind: 'invalid-argument', audience: 'developer' }],
  [8117, 'INVALID_SORT_ON', 'error', 'v2', 'Invalid sortOn value, should be one of CREATED_DATE, END_DATE, START_DATE, EXPIRY_ON, ISSUAL_DATE', {
    kind: 'invalid-argument',
    audience: 'developer',
  }],
  [8118, 'INVALID_SORT_BY', 'error', 'v2', 'Invalid sortBy value, should be one of ASC/DESC', { kind: 'invalid-argument', audience: 'developer' }],
  [8119, 'CUSTOMER_IDS_EMPTY', 'error', 'v2', 'Empty or Null customerIds', { kind: 'invalid-argument', audience: 'developer' }],
  [8120, 'TOO_MANY_CUSTOMER_IDS', 'error', 'v2', 'Maximum 100 customerIds can be updated', { kind: 'invalid-argument', audience: 'developer' }],
  [8121, 'CUSTOMER_IS_NON_LOYALTY', 'error', 'v2', 'Customer type is non-loyalty', { kind: 'failed-precondition' }],
  [8122, 'BARCODE_IDENTIFIER_MISSING', 'error', 'v2', 'Required Identifier missing for barcode generation', { kind: 'failed-precondition' }],
  [8123, 'BARCODE_GENERATION_FAILED', 'error', 'v2', 'Barcode generation failed for customer identifier', { kind: 'internal' }],
  [8124, 'INVALID_BARCODE_IDENTIFIER_CONFIG', 'error', 'v2', 'Invalid conf value for CONF_BARCODE_VALUE_IDENTIFIER', { kind: 'failed-precondition', audience: 'developer' }],
  [8125, 'INVALID_PROMOTION_STATUS', 'error', 'v2', 'Invalid promotionStatusForCustomer. It should be one of: AVAILABLE_TO_ENROL, AVAILABLE_TO_EARN, AVAILABLE_TO_REDEEM, EXPIRED', {
    kind: 'invalid-argument',
    audience: 'developer',
  }],
  [8126, 'CHILD_ORG_CONTEXT_MISSING', 'error', 'v2', 'Request passed without child org context', { kind: 'invalid-argument' }],
  [8127, 'INVALID_SOURCE_OR_ACCOUNT_ID', 'error', 'v2', 'Invalid source or accountId passed', { kind: 'invalid-argument', audience: 'developer' }],
  [8153, 'IDENTIFIERS_BELONG_TO_CAMPAIGN_USERS', 'error', 'v2', 'The provided identifiers are already associated with the following customers with these user ID values : {0}. These are campaign (not registered) users.', {
    kind: 'already-exists',
  }],

  // Only on single API pages (the per-API tables): each note holds the page's reason cell.
  // Add/Update Customer Preferences (V1): 999999 is the item_status code of its sample
  // response; 404 is the page's own "Customer not found." (its other HTTP statuses are api's).
  [999999, 'UNEXPECTED_SERVER_ERROR', 'error', 'v1.1', 'Unexpected server error.', {
    kind: 'internal',
    note: 'Returned when an unhandled or unknown error occurs during request processing. Used as a fallback for unexpected failures.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/addupdate-customer-preferences',
  }],
  [404, 'CUSTOMER_NOT_FOUND_404', 'error', 'v1.1', 'Customer not found.', {
    kind: 'not-found',
    note: 'Passed identifier (e.g., mobile, email) does not match any customer record.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/addupdate-customer-preferences',
  }],
  // Update Subscription Details (V2): an error under 1000, otherwise the success code.
  [1000, 'SUBSCRIPTIONS_ADD_FAILED', 'error', 'v2', 'Customer Subscriptions could not be added', {
    kind: 'internal',
    note: 'Invalid customer details or missing data. Only the Update Subscription Details page lists it; 1000 is otherwise the success code of the customer APIs.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/update-subscription-details',
  }],
  // Manual Tier Adjustment (POST /v2/slab/manualSlabAdjustment).
  [8917, 'SLAB_ACTION_NOT_SET', 'error', 'v2', 'slabAction field is not set', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Invalid slabAction field passed',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/manual-tier-adjustment',
  }],
  [8920, 'SLAB_ACTION_VALIDITY_NOT_SET', 'error', 'v2', 'manualSLabActionValidity field is not set', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Invalid manualSLabActionValidity field passed',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/manual-tier-adjustment',
  }],
  [8921, 'SLAB_ACTION_VALIDITY_UPTO_NOT_INTEGER', 'error', 'v2', 'manualSLabActionValidityUpto value should be an integer', {
    kind: 'invalid-argument',
    audience: 'developer',
    note: 'Valid Integer not passed for manualSLabActionValidityUpto field',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/manual-tier-adjustment',
  }],
  [8923, 'SLAB_NOT_FOUND_FOR_NAME', 'error', 'v2', 'slab not found for the given slab name', {
    kind: 'not-found',
    note: 'Invalid or unsupported slab name',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/manual-tier-adjustment',
  }],
  [8925, 'TARGET_SLAB_NOT_HIGHER', 'error', 'v2', 'target slab must be higher than the current slab', {
    kind: 'failed-precondition',
    note: 'Invalid toslabname field passed',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/manual-tier-adjustment',
  }],


  // Warnings. v2 warnings arrive in `warnings[]`, v1.1 warnings inside an `item_status`.
  [8050, 'SAME_CUSTOMER_COMBINING', 'warning', 'v2', 'Same Customer found in other sources, Combining', { kind: 'already-exists' }],
  [8051, 'SAME_CUSTOMER_MERGING', 'warning', 'v2', 'Same Customer found in other sources, Merging with userId {0}', {
    aliases: ['Same identifier found in other source. Merging into the account with user id X.'],
    kind: 'already-exists',
    audience: 'developer',
  }],
  [8052, 'ADD_CONFLICTING_CUSTOMERS', 'warning', 'v2', 'Add customer, Conflicting Customers found', { kind: 'already-exists' }],
  [8053, 'UPDATE_CONFLICTING_CUSTOMERS', 'warning', 'v2', 'Update customer, Conflicting Customers found', {
    aliases: [
      'Each identifier is registered with a different customer in other source. Unable to merge accounts.',
    ],
    note: 'The v2 site\'s table for updating identifiers also lists 8053 with the meaning of 8067 (MERGE_ALREADY_DONE_8053), likely a documentation slip.',
    kind: 'already-exists',
  }],
  [8053, 'MERGE_ALREADY_DONE_8053', 'warning', 'v2', 'Same identifier is registered on other source. The account is already merged with user id X.', {
    note: 'The v2 site\'s table for updating identifiers lists this under 8053 beside UPDATE_CONFLICTING_CUSTOMERS; it is the meaning of 8067 (MERGE_ALREADY_DONE), likely a documentation slip.',
    kind: 'already-exists',
    docs: 'https://capillary.github.io/api-documentation/',
  }],
  [8054, 'NO_ACCOUNT_ID', 'warning', 'v2', 'Account id not passed', { kind: 'invalid-argument' }],
  [8055, 'INVALID_EMAIL', 'warning', 'v2', 'Invalid email id', { kind: 'invalid-argument' }],
  [8056, 'INVALID_MOBILE', 'warning', 'v2', 'Invalid mobile', {
    aliases: ['Invalid mobile number.'],
    kind: 'invalid-argument',
  }],
  [8057, 'INVALID_COMM_CHANNEL_EMAIL', 'warning', 'v2', 'Invalid email id in comm channel', {
    aliases: ['Invalid email id passed in the communication channel.'],
    kind: 'invalid-argument',
  }],
  [8058, 'INVALID_COMM_CHANNEL_MOBILE', 'warning', 'v2', 'Invalid mobile in comm channel', {
    aliases: ['Invalid mobile number passed in the communication channel.'],
    kind: 'invalid-argument',
  }],
  [8059, 'SOLR_PUSH_FAILED', 'warning', 'v2', 'Pushing customer to Solr failed', {
    aliases: ['Unable to push customer to solr.'],
    kind: 'internal',
    audience: 'developer',
  }],
  [8060, 'SUBSCRIPTION_QUEUE_PUSH_FAILED', 'warning', 'v2', 'Pushing customer to subscription queue failed', { kind: 'internal', audience: 'developer' }],
  [8061, 'NPS_DETAILS_GET_FAILED', 'warning', 'v2', 'Nps details get failed', { kind: 'internal' }],
  [8062, 'POINTS_DETAILS_FETCH_FAILED', 'warning', 'v2', 'Points details fetch failed', {
    aliases: ['Unable to fetch loyalty points.'],
    kind: 'internal',
  }],
  [8063, 'SEGMENTATION_DETAILS_FETCH_FAILED', 'warning', 'v2', 'Segmentation details fetch failed', {
    aliases: ['Unable to fetch segmentation details.'],
    kind: 'internal',
  }],
  [8064, 'EXTERNAL_ID_VALIDATION_FAILED', 'warning', 'v2', 'External id validation failed', { kind: 'invalid-argument' }],
  [8066, 'MERGE_ALREADY_DONE_WARNING', 'warning', 'v2', 'Same Customer found in other sources, Merge already done with userId {0}', {
    note: 'The table gives this warning the text of error 8067, likely a documentation slip.',
    kind: 'already-exists',
    audience: 'developer',
  }],
  [8068, 'CUSTOMER_IS_CAMPAIGN_USER', 'warning', 'v2', 'Customer is campaign user', { kind: 'failed-precondition' }],
  [8069, 'MERGED_CUSTOMER_FOUND', 'warning', 'v2', 'Merged customer found', {
    aliases: ['The customer is merged into another account.'],
    kind: 'failed-precondition',
  }],
  [8070, 'NO_VALID_IDENTIFIER_CHANGES', 'warning', 'v2', 'No valid change identifiers detected', { kind: 'invalid-argument' }],
  [8071, 'MOBILE_ALREADY_ATTACHED', 'warning', 'v2', 'Mobile already attached with this user', { kind: 'already-exists' }],
  [8072, 'EMAIL_ALREADY_ATTACHED', 'warning', 'v2', 'Email already attached with this user', { kind: 'already-exists' }],
  [8073, 'EXTERNAL_ID_ALREADY_ATTACHED', 'warning', 'v2', 'External id already attached with this user', { kind: 'already-exists' }],
  [8074, 'IDENTIFIER_IN_MULTIPLE_SOURCES', 'warning', 'v2', 'Change Failed, Identifier found in multiple sources and userIds', { kind: 'already-exists', audience: 'developer' }],
  [8075, 'PRIMARY_IDENTIFIER_MISMATCH', 'warning', 'v2', 'Primary identifier not matching with other identifiers', { kind: 'invalid-argument' }],
  [8076, 'GAP_DETAILS_MISSING', 'warning', 'v2', 'Gap details missing', { kind: 'invalid-argument' }],
  [8077, 'INVALID_ASSOCIATED_WITH', 'warning', 'v2', 'Invalid associatedWith passed, attribution not updated', { kind: 'invalid-argument', audience: 'developer' }],
  [8078, 'NO_IMAGE_TO_DELETE', 'warning', 'v2', 'No Image passed to be deleted', { kind: 'invalid-argument' }],
  [8079, 'IMAGE_UPLOAD_FAILED', 'warning', 'v2', 'Error in uploading Image', { kind: 'internal' }],
  [8080, 'IMAGE_DELETE_FAILED', 'warning', 'v2', 'Error in deleting image', { kind: 'internal' }],
  [8081, 'NO_IMAGE_PASSED', 'warning', 'v2', 'No Image Passed', { kind: 'invalid-argument' }],
  [8082, 'IMAGE_LIMIT_REACHED', 'warning', 'v2', 'Max image per user is 5', { kind: 'resource-exhausted' }],
  [8083, 'IMAGE_TOO_SMALL', 'warning', 'v2', 'Image size is too small', { kind: 'invalid-argument' }],
  [8088, 'CUSTOMER_STATUS_GET_FAILED_WARNING', 'warning', 'v2', 'Customer status get failed', {
    note: 'An error when the request failed; a warning when only a side activity did.',
    kind: 'internal',
  }],
  [8090, 'INSTORE_PROFILE_MISSING_WARNING', 'warning', 'v2', 'Unable to create profile as instore profile doesn\'t exist', {
    note: 'An error when the request failed; a warning when only a side activity did.',
    kind: 'failed-precondition',
  }],
  [400, 'ADMIN_AUTH_NOT_SUPPORTED', 'warning', 'v2', 'Admin user auth not supported for {0}', { kind: 'permission-denied' }],
  [1053, 'PREFERRED_STORE_NOT_FOUND', 'warning', 'v1.1', 'Preferred store specified is not found.', { kind: 'not-found' }],
  [91001, 'POINT_DETAILS_GET_FAILED', 'warning', 'v1.1', 'Failed to get point details.', { kind: 'internal' }],
  [91002, 'SUBSCRIPTION_DETAILS_GET_FAILED', 'warning', 'v1.1', 'Failed to get subscription details.', { kind: 'internal' }],
  [91003, 'VALIDATION_FAILED', 'warning', 'v1.1', 'Failed to validate.', {
    aliases: ['Validation failed.'],
    kind: 'invalid-argument',
  }],
  [91004, 'SEGMENTATION_DETAILS_GET_FAILED', 'warning', 'v1.1', 'Failed to get segmentation details.', { kind: 'internal' }],
  [91005, 'PRIMARY_IDENTIFIER_NOT_UPDATABLE', 'warning', 'v1.1', '{x} is primary identifier and cannot be updated.', {
    aliases: ['{x} is a primary key. {y} cannot be updated.', '{x} is Primary Key, {y} cannot be updated.'],
    kind: 'invalid-argument',
  }],
  [91006, 'FIELD_UPDATE_NOT_ALLOWED', 'warning', 'v1.1', '{x} update is not allowed.', { kind: 'failed-precondition' }],
  [91007, 'REGISTER_IDENTIFIER_TAKEN', 'warning', 'v1.1', 'Failed to register. {x} already exists for some other user.', {
    aliases: [
      '{x} is already occupied by another user. Ignoring it.',
      '{x} is already occupied by some other user, ignoring it.',
    ],
    kind: 'already-exists',
  }],
  [91011, 'ALREADY_IN_LOWEST_SLAB', 'warning', 'v1.1', 'Customer is already in the lowest slab.', { kind: 'failed-precondition' }],
  [91012, 'ALREADY_IN_HIGHEST_SLAB', 'warning', 'v1.1', 'Customer is already in the highest slab.', { kind: 'failed-precondition' }],
  [91013, 'TIER_UPGRADE_CRITERIA_CALL_FAILED', 'warning', 'v1.1', 'Call to Points Engine for tier upgrade criteria has failed {x}.', {
    aliases: ['Call to Points Engine for tier upgrade criteria failed: {x}.'],
    kind: 'internal',
    audience: 'developer',
  }],
  [91014, 'TIER_RENEWAL_CRITERIA_CALL_FAILED', 'warning', 'v1.1', 'Call to Points Engine for tier renewal criteria has failed {x}.', {
    aliases: ['Call to Points Engine for tier renewal criteria failed: {x}.'],
    kind: 'internal',
    audience: 'developer',
  }],
  [91015, 'EXTENDED_FIELDS_UPDATE_FAILED', 'warning', 'v1.1', 'Failed to update extended fields; or field {x} length too long.', {
    aliases: [
      'Failed to update extended fields or field length is too long: {x}.',
      'Failed to update extended fields; or field length too long -{x}.',
    ],
    kind: 'invalid-argument',
  }],
  [91016, 'WECHAT_PROFILE_MISSING', 'warning', 'v1.1', 'WECHAT profile is not available for the customer.', {
    kind: 'failed-precondition',
  }],
  [91017, 'WEB_ENGAGE_PROFILE_MISSING', 'warning', 'v1.1', 'WEB_ENGAGE profile is not available for the customer.', {
    aliases: ['Web Engage profile is not available for the customer.'],
    kind: 'failed-precondition',
    audience: 'developer',
  }],
  [91018, 'WECHAT_NOTIFICATIONS_LOAD_FAILED', 'warning', 'v1.1', 'Unable to load WeChat notifications.', { kind: 'internal' }],
  [91019, 'WEB_ENGAGE_NOTIFICATIONS_LOAD_FAILED', 'warning', 'v1.1', 'Unable to load Web Engage notifications.', { kind: 'internal' }],

  // Codes only the published samples show (test/fixtures/payloads/): no table lists them; each
  // is the sample's wording (docs/DATA.md "Codes only the samples show"), `docs` the sample's page.
  [100, 'REFERRAL_INVITEE_ADDED', 'success', 'v1.1', 'Invitee added successfully', { origin: 'sample', docs: 'https://capillary.github.io/v1.1-API-Documentation/#refer-customer' }],
  [1000, 'CUSTOMER_OPERATION_SUCCEEDED', 'success', 'v1.1', 'Operation Successful', { origin: 'sample', docs: 'https://github.com/Capillary/v1.1-API-Documentation/blob/53cac00213e0c116a9792c14a4c57f2eee3ab9e6/index.html#L2761' }],
  [1302, 'SUPPLEMENTARY_EXPIRY_BEFORE_MEMBERSHIP_EXPIRY', 'warning', 'v2', 'supplementary program expiry is before membership expiry', { kind: 'invalid-argument', origin: 'sample', docs: 'https://docs.capillarytech.com/reference/v2-add-customer' }],
  [1519, 'CUSTOMER_AUTH_INVALID_DETAILS', 'error', 'auth', 'Invalid details for respective API', { kind: 'invalid-argument', audience: 'developer', origin: 'sample', docs: 'https://docs.capillarytech.com/reference/change_identifier-on-auth-engine' }],
  [3017, 'CUSTOMER_STATUS_LABEL_INVALID', 'error', 'v2', 'status label invalid', { kind: 'invalid-argument', origin: 'sample', docs: 'https://docs.capillarytech.com/reference/customer-upsert-api' }],
  [19223, 'CUSTOMER_POINTS_PROCESSING_FAILED', 'warning', 'v2', 'Points processing failed', { kind: 'internal', origin: 'sample', docs: 'https://capillary.github.io/api-documentation/#associate-customer-with-customer-hierarchy' }],
  [700, 'CUSTOMER_COUPON_RESENT', 'success', 'v2', 'Coupon Resent', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/get-customer-coupons-detailed' }],
] as const satisfies readonly Row[];
