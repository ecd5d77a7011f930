/**
 * Status codes of the product resource (v1.1 `item_status` of the /v1.1/product APIs), from
 * two publications, both `v1.1`: docs.capillarytech.com `/reference/response-codes-1` (the
 * product V1 "Response Codes" page) and the capillary.github.io v1.1 site's "Product", which
 * has only 2100 and 2101; the docs add product add (9100-9108) and inventory (25005), kept
 * `v1.1` as the page that lists them.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const product = [
  // Success.
  [2100, 'PRODUCT_RETRIEVED', 'success', 'v1.1', 'Product retrieved successfully', { aliases: ['Product retrieval successful'] }],
  [9100, 'PRODUCT_ADDED', 'success', 'v1.1', 'Product added successfully'],

  // Errors.
  [2101, 'PRODUCT_RETRIEVAL_FAILED', 'error', 'v1.1', 'Unable to retrieve product details', { kind: 'internal' }],
  [9102, 'PRODUCT_SKU_MISSING', 'error', 'v1.1', 'Item SKU not passed', { kind: 'invalid-argument' }],
  [9103, 'PRODUCT_PRICE_MISSING', 'error', 'v1.1', 'Product Price not passed', { kind: 'invalid-argument' }],
  [9106, 'PRODUCT_PRICE_NOT_NUMERIC', 'error', 'v1.1', 'Product price is not numeric', { kind: 'invalid-argument' }],
  [9108, 'PRODUCT_EAN_EXISTS', 'error', 'v1.1', 'Trying to add product with an already existing EAN', { kind: 'already-exists' }],
  [25005, 'PRODUCT_INVENTORY_NOT_FOUND', 'error', 'v1.1', 'No inventory found for combination of sku, OU and fetchType', { kind: 'not-found', audience: 'developer' }],

  // Codes only the published samples show (test/fixtures/payloads/): no table lists them; each
  // is the sample's wording (docs/DATA.md "Codes only the samples show"), `docs` the sample's page.
  [9130, 'PRODUCT_SIZES_RETRIEVED', 'success', 'v1.1', 'Size retrieval successful', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/get-product-sizes' }],
  [9140, 'PRODUCT_META_SIZES_RETRIEVED', 'success', 'v1.1', 'Meta size retrieval successful', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/get-product-meta-sizes' }],
  [9160, 'PRODUCT_BRANDS_RETRIEVED', 'success', 'v1.1', 'Brand retrieval successful', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/get-product-brands' }],
  [9172, 'PRODUCT_CATEGORIES_RETRIEVED', 'success', 'v1.1', 'Category retrieval successful', { origin: 'sample', docs: 'https://docs.capillarytech.com/reference/get-product-categories' }],
  [9176, 'PRODUCT_ATTRIBUTES_RETRIEVED', 'success', 'v1.1', 'Attribute retrieval successful', { origin: 'sample', docs: 'https://capillary.github.io/v1.1-API-Documentation/#retrieve-product-attributes' }],
  [9178, 'PRODUCT_COLORS_RETRIEVED', 'success', 'v1.1', 'Color retrieval successful', { origin: 'sample', docs: 'https://capillary.github.io/v1.1-API-Documentation/#retrieve-product-colors' }],
  [9180, 'PRODUCT_ATTRIBUTE_ADDED', 'success', 'v1.1', 'Attribute addition successful', { aliases: ['Attribute addition successfull'], origin: 'sample', docs: 'https://capillary.github.io/v1.1-API-Documentation/#add-product-attributes' }],
] as const satisfies readonly Row[];
