// The app code under test: register customers through Capillary's v1.1 batch endpoint, and say
// for each one whether it was added, what to tell the person, and whether to try again.
import { isRetryable, readResponse, retryAfterMs, userMessage } from 'capillary-codes/customers';

export const endpoint = 'https://eu.api.capillarytech.com/v1.1/customer/add';

export interface NewCustomer {
  readonly mobile: string;
  readonly firstname: string;
}

export interface Added {
  /** The request-level verdict: every customer added, some, or none. */
  readonly outcome: 'success' | 'partial' | 'failure';
  readonly customers: readonly { readonly mobile: string; readonly added: boolean; readonly message?: string; readonly retry: boolean }[];
  /** How long to wait before retrying, where the server said (`Retry-After`). */
  readonly retryAfterMs: number | undefined;
}

export async function addCustomers(customers: readonly NewCustomer[]): Promise<Added> {
  const response = await fetch(`${endpoint}?format=json`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ root: { customer: customers } }) });
  // A gateway's 503 page is no JSON: readResponse judges it by the HTTP status and Retry-After.
  const body: unknown = await response.json().catch(() => undefined);
  const reading = readResponse(body, { httpStatus: response.status, headers: response.headers });
  const fallback = 'Could not register the customer.';
  return {
    outcome: reading.outcome,
    retryAfterMs: retryAfterMs(reading),
    // One item per customer, in the order sent; with no items (no body), the response's verdict stands for each.
    customers: customers.map(({ mobile }, i) => {
      const item = reading.items[i] ?? reading;
      return item.ok ? { mobile, added: true, retry: false } : { mobile, added: false, message: userMessage(item, { fallback }) ?? fallback, retry: isRetryable(item) };
    }),
  };
}
