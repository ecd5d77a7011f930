// The app code under test: register customers through Capillary's v1.1 batch endpoint, and say
// for each one whether it was added, what to tell the person, and whether to try again.
import { readStatuses, userMessage } from 'capillary-codes/customers';

export const endpoint = 'https://eu.api.capillarytech.com/v1.1/customer/add';

export interface NewCustomer {
  readonly mobile: string;
  readonly firstname: string;
}

export type Outcome = { readonly mobile: string; readonly added: true } | { readonly mobile: string; readonly added: false; readonly message: string; readonly retry: boolean };

export async function addCustomers(customers: readonly NewCustomer[]): Promise<Outcome[]> {
  const response = await fetch(`${endpoint}?format=json`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ root: { customer: customers } }),
  });
  // One status per customer, in the order sent; the request-level status is left aside.
  const items = readStatuses(await response.json(), { resource: 'customers' }).filter((status) => status.path.endsWith('.item_status'));
  return customers.map(({ mobile }, i): Outcome => {
    const status = items[i];
    if (status?.category === 'success') return { mobile, added: true };
    // Only an entry read for sure decides a retry ("Please try after some time" says yes).
    const sure = status?.resolution.status === 'resolved' && status.resolution.text !== 'different' ? status.resolution.entry : undefined;
    const fallback = 'Could not register the customer.';
    return { mobile, added: false, message: (status && userMessage(status, { fallback })) ?? fallback, retry: sure?.retryable === true };
  });
}
