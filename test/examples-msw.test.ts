/**
 * examples/msw/: an app function (addCustomers) driven through MSW handlers whose bodies
 * capillary-codes/testing builds: every customer added, one refused, one to retry, and the
 * gateway's 503 page with Retry-After.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { addCustomers } from '../examples/msw/add-customers.js';
import { allAdded, busy, oneRefused, unavailable } from '../examples/msw/handlers.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ana = { mobile: '919845012345', firstname: 'Ana' };
const raj = { mobile: '919845000000', firstname: 'Raj' };

test('every customer added', async () => {
  server.use(allAdded);
  expect(await addCustomers([ana, raj])).toEqual({
    outcome: 'success',
    retryAfterMs: undefined,
    customers: [
      { mobile: ana.mobile, added: true, retry: false },
      { mobile: raj.mobile, added: true, retry: false },
    ],
  });
});

test('a partial failure: one added, one refused for good, with the text to show', async () => {
  server.use(oneRefused);
  expect(await addCustomers([ana, raj])).toEqual({
    outcome: 'partial',
    retryAfterMs: undefined,
    customers: [
      { mobile: ana.mobile, added: true, retry: false },
      { mobile: raj.mobile, added: false, message: 'Unable to register. Invalid mobile number.', retry: false },
    ],
  });
});

test('a retryable item: 521, concurrent actions on the customer, beside one added', async () => {
  server.use(busy);
  expect(await addCustomers([ana, raj])).toEqual({
    outcome: 'partial',
    retryAfterMs: undefined,
    customers: [
      { mobile: ana.mobile, added: true, retry: false },
      { mobile: raj.mobile, added: false, message: 'Multiple actions running for the same customer, Please try after some time', retry: true },
    ],
  });
});

test("a retryable request: the gateway's HTML 503 page with Retry-After, judged by the HTTP status alone", async () => {
  server.use(unavailable);
  expect(await addCustomers([ana, raj])).toEqual({
    outcome: 'failure',
    retryAfterMs: 30_000,
    customers: [
      { mobile: ana.mobile, added: false, message: 'Could not register the customer.', retry: true },
      { mobile: raj.mobile, added: false, message: 'Could not register the customer.', retry: true },
    ],
  });
});
