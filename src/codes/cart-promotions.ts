/**
 * Status codes of the cart-promotions resource (cart and catalog promotions), from the
 * capillary.github.io v2 site's "Cart & Catalog Promotions / Get Promotion Details / Response
 * Codes", its only status table (`v2`; docs.capillarytech.com has only per-API tables for
 * cart promotions). The table has no category; every row is an error by its meaning. 711 is
 * listed twice with two meanings: two entries.
 *
 * Then what the per-API tables of docs.capillarytech.com add (section "Cart Promotions" and
 * the archived Add Promotion Redemption page; api-specific-tables--docs.capillarytech.com.md):
 * their APIs are served under /api_gateway/v1/promotions/ (the pages' endpoints), so these
 * entries are `api_gateway`. The pages' generic rows (404 "Not Found", 404 "Incorrect API
 * endpoint", 400 "Bad Request") are the request-level `api` entries.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const cartPromotions = [
  [701, 'CART_PROMOTION_SEGMENTATION_ENGINE_ERROR', 'error', 'v2', 'Error while calling segmentation engine.', { kind: 'internal', audience: 'developer' }],
  [702, 'CART_PROMOTION_ORG_ENTITIES_FETCH_FAILED', 'error', 'v2', 'Error while getting  org entities.', { kind: 'internal' }],
  [703, 'CART_PROMOTION_ORG_TIMEZONE_FETCH_FAILED', 'error', 'v2', 'Unable to fetch org time-zone.', { kind: 'internal' }],
  [704, 'CART_PROMOTION_INVALID_REWARD_TYPE', 'error', 'v2', 'Invalid reward type passed.', { kind: 'invalid-argument' }],
  [705, 'CART_PROMOTION_ACTIVE_LIMIT_EXCEEDED', 'error', 'v2', 'Exceeded maximum active promotions for an org.', { kind: 'resource-exhausted' }],
  [706, 'CART_PROMOTION_EXPIRED', 'error', 'v2', 'Promotion has expired.', { kind: 'failed-precondition' }],
  [707, 'CART_PROMOTION_UNSUPPORTED_TYPE', 'error', 'v2', 'Unsupported promotion type passed.', { kind: 'invalid-argument' }],
  [708, 'CART_PROMOTION_EARN_LIMIT_EXCEEDED', 'error', 'v2', 'Exceeded max earn per customer limit', { kind: 'resource-exhausted' }],
  [709, 'CART_PROMOTION_NOT_RUNNING', 'error', 'v2', 'Promotion not in running state.', { kind: 'failed-precondition' }],
  [710, 'CART_PROMOTION_EARNED_SAVE_FAILED', 'error', 'v2', 'Error while saving earned promotion.', { kind: 'internal' }],
  [711, 'CART_PROMOTION_SAVE_FAILED', 'error', 'v2', 'Error while saving promotion.', {
    kind: 'internal',
    note: '711 also means the product details could not be fetched (CART_PROMOTION_PRODUCT_DETAILS_FETCH_FAILED).',
  }],
  [711, 'CART_PROMOTION_PRODUCT_DETAILS_FETCH_FAILED', 'error', 'v2', 'Could not get product details.', {
    kind: 'internal',
    note: '711 also means the promotion could not be saved (CART_PROMOTION_SAVE_FAILED).',
  }],
  [712, 'CART_PROMOTION_EMF_RULES_SAVE_FAILED', 'error', 'v2', 'Error while creating/updating EMF rules.', { kind: 'internal', audience: 'developer' }],
  [713, 'CART_PROMOTION_EARNED_FROM_TYPE_NOT_CHANGEABLE', 'error', 'v2', 'Earned from type cannot be changed.', { kind: 'failed-precondition' }],
  [714, 'CART_PROMOTION_EARN_NOT_SUPPORTED', 'error', 'v2', 'Earn is not supported for the current promotion type.', { kind: 'failed-precondition' }],
  [715, 'CART_PROMOTION_NOT_ISSUED_TO_CUSTOMER', 'error', 'v2', 'Promotion was not issued to current customer.', { kind: 'failed-precondition' }],
  [716, 'CART_PROMOTION_NAME_NOT_UNIQUE', 'error', 'v2', 'Promotion name must be unique.', { kind: 'already-exists' }],
  [717, 'CART_PROMOTION_ORG_DETAILS_FETCH_FAILED', 'error', 'v2', 'Error while fetching org details.', { kind: 'internal' }],
  [718, 'CART_PROMOTION_EXPIRY_REMINDER_INACTIVE', 'error', 'v2', 'Promotion expiry reminder not active.', { kind: 'failed-precondition' }],
  [719, 'CART_PROMOTION_JOB_SCHEDULING_FAILED', 'error', 'v2', 'Error while scheduling job.', { kind: 'internal', audience: 'developer' }],
  [720, 'CART_PROMOTION_SUBSCRIPTION_SERVICE_ERROR', 'error', 'v2', 'Unexpected error in subscription service.', { kind: 'internal', audience: 'developer' }],
  [721, 'CART_PROMOTION_COMMUNICATION_ENGINE_ERROR', 'error', 'v2', 'Unexpected error in communication engine.', { kind: 'internal', audience: 'developer' }],
  [722, 'CART_PROMOTION_WEB_ENGAGE_CAMPAIGN_FAILED', 'error', 'v2', 'Unexpected error while creating web engage campaign ID.', { kind: 'internal' }],
  [723, 'CART_PROMOTION_COMMUNICATION_DETAIL_FAILED', 'error', 'v2', 'Error while creating communication detail entry.', { kind: 'internal' }],
  [724, 'CART_PROMOTION_ACTIVITY_TYPE_NOT_CHANGEABLE', 'error', 'v2', 'Activity type cannot be changed.', { kind: 'failed-precondition' }],
  [725, 'CART_PROMOTION_INVALID_ID', 'error', 'v2', 'Promotion id passed is not valid.', { kind: 'invalid-argument' }],
  [726, 'CART_PROMOTION_EARNING_EXPIRED', 'error', 'v2', 'Promotion earning validity expired for customer.', { kind: 'failed-precondition' }],
  [800, 'CART_PROMOTION_REDEMPTION_EXISTS', 'error', 'v2', 'Series Redemption failed. Promotion redemption already present.', { kind: 'already-exists' }],
  [801, 'CART_PROMOTION_REDEMPTION_TRANSACTION_ID_MISSING', 'error', 'v2', 'Promotion redemption transaction identifier not present.', { kind: 'invalid-argument' }],
  [802, 'CART_PROMOTION_INVALID_REDEMPTION_ID', 'error', 'v2', 'Redemption identifier is invalid.', { kind: 'invalid-argument' }],
  [803, 'CART_PROMOTION_NO_VALID_EVALUATION_ID', 'error', 'v2', 'No valid cart evaluation id passed.', { kind: 'invalid-argument' }],

  // docs.capillarytech.com per-API tables (api_gateway).
  [400, 'CART_PROMOTION_NOT_FOUND_FOR_ORG', 'error', 'api_gateway', 'Promotion ID not found for org.', {
    kind: 'not-found',
    note: 'Add Promotion Redemption (archived). The page\'s sample sends it as errorCode 400 "Validation Failed", the promotion IDs and the org in errorDetails.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/add-promotion-redemption',
  }],
  [404, 'CART_PROMOTION_NOT_FOUND', 'error', 'api_gateway', 'Passed promotion is not found', {
    kind: 'not-found',
    note: 'Issue Cart Promotion: the promotionId in the path names no cart promotion.',
    origin: 'page',
    docs: 'https://docs.capillarytech.com/reference/issue-cart-promotion',
  }],
] as const satisfies readonly Row[];
