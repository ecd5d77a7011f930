// MSW handlers that answer as Capillary does, with bodies built by capillary-codes/testing.
import { http, HttpResponse } from 'msw';
import { fetchResponse, v11Response, type ItemSpec } from 'capillary-codes/testing';
import { endpoint } from './add-customers.js';

/** `POST /v1.1/customer/add` answering one item status per customer, in order. */
export const customerAdd = (...items: ItemSpec[]) => http.post(endpoint, () => fetchResponse(v11Response(items, { resource: 'customers' })));

export const allAdded = customerAdd('CUSTOMER_REGISTERED', 'CUSTOMER_REGISTERED');
export const oneRefused = customerAdd('CUSTOMER_REGISTERED', 'REGISTER_INVALID_MOBILE');
// 521 is a warning in the catalog; sent as an item's own status it fails that item, and it is retryable.
export const busy = customerAdd('CUSTOMER_REGISTERED', 'CONCURRENT_CUSTOMER_ACTIONS');
// The gateway in front of Capillary, overloaded: an HTML page, no status in it.
export const unavailable = http.post(endpoint, () => HttpResponse.html('<html><body>503 Service Unavailable</body></html>', { status: 503, headers: { 'retry-after': '30' } }));
