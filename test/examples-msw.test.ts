/**
 * examples/msw/: an app function (addCustomers) driven through MSW handlers whose bodies
 * capillary-codes/testing builds: every customer added, one refused, one to retry.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { addCustomers } from '../examples/msw/add-customers.js';
import { allAdded, busy, oneRefused } from '../examples/msw/handlers.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ana = { mobile: '919845012345', firstname: 'Ana' };
const raj = { mobile: '919845000000', firstname: 'Raj' };

test('every customer added', async () => {
  server.use(allAdded);
  expect(await addCustomers([ana, raj])).toEqual([
    { mobile: ana.mobile, added: true },
    { mobile: raj.mobile, added: true },
  ]);
});

test('a partial failure: one added, one refused for good, with the text to show', async () => {
  server.use(oneRefused);
  expect(await addCustomers([ana, raj])).toEqual([
    { mobile: ana.mobile, added: true },
    { mobile: raj.mobile, added: false, message: 'Unable to register. Invalid mobile number.', retry: false },
  ]);
});

test('a retryable failure: 521, concurrent actions on the customer', async () => {
  server.use(busy);
  expect(await addCustomers([ana])).toEqual([
    { mobile: ana.mobile, added: false, message: 'Multiple actions running for the same customer, Please try after some time', retry: true },
  ]);
});
