/**
 * `toProblem()`: a CapillaryError as RFC 9457 problem details, for a backend that passes
 * Capillary failures on to its own clients. Served from Node's `http` on 127.0.0.1 as
 * `application/problem+json` and read back with fetch, as a client would.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CapillaryError, defineMessages, entries, readResponse, type Problem } from 'capillary-codes/customers';

let server: Server;
let base: string;
/** What the backend answers per path: the problem of a failed Capillary call. */
const problems = new Map<string, Problem>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const problem = problems.get(request.url ?? '');
    if (!problem) return void response.writeHead(404).end();
    response.writeHead(problem.status, { 'content-type': 'application/problem+json' }).end(JSON.stringify(problem));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))));

async function served(path: string, problem: Problem): Promise<{ status: number; type: string | null; body: unknown }> {
  problems.set(path, problem);
  const response = await fetch(`${base}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

const notFound = 'Customer not found for the given identifiers';

describe('toProblem', () => {
  it('serves a sure failure as application/problem+json: the entry’s docs page as type, the entry wording as title, the HTTP status, the text to show, code, key, kind, retryable', async () => {
    const error = CapillaryError.from(readResponse({ errors: [{ status: false, code: 8015, message: notFound }] }, { httpStatus: 404 }));
    const { status, type, body } = await served('/customers/1', error.toProblem({ instance: '/customers/1' }));
    expect([status, type]).toEqual([404, 'application/problem+json']);
    // The problem type is the page that documents the entry.
    expect(entries.CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS.docs).toMatch(/^https:\/\//);
    expect(body).toEqual({
      type: entries.CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS.docs,
      title: entries.CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS.message,
      status: 404,
      detail: entries.CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS.message,
      instance: '/customers/1',
      code: 8015,
      key: 'CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS',
      kind: 'not-found',
      retryable: false,
    });
  });

  it('never passes the server text on unless asked', async () => {
    const internal = 'NullPointerException in com.capillary.api.CustomerService line 1234';
    const error = CapillaryError.from(readResponse({ errors: [{ code: 987654, message: internal }] }, { httpStatus: 503 }));
    const { status, body } = await served('/hidden', error.toProblem());
    expect(status).toBe(503);
    expect(body).toEqual({ type: 'about:blank', title: 'Service Unavailable', status: 503, retryable: true });
    expect(JSON.stringify(body)).not.toContain('NullPointer');
    expect(error.toProblem({ fallback: 'Try again later.' }).detail).toBe('Try again later.');
    const shown = await served('/shown', error.toProblem({ serverText: 'show' }));
    expect(shown.body).toMatchObject({ detail: internal });
  });

  it('takes its status from the kind where no HTTP failure status is known', () => {
    expect(new CapillaryError('ADD_CUSTOMER_EXISTS', { 0: '42' }).toProblem()).toMatchObject({ status: 409, kind: 'already-exists', detail: 'Add failed, Customer already exists with id 42 for same source' });
    // A v1.1 failure comes with HTTP 200: the kind says more.
    const reading = readResponse({ errors: [{ status: false, code: 8015, message: notFound }] }, { httpStatus: 200 });
    expect(CapillaryError.from(reading).toProblem().status).toBe(404);
    expect(CapillaryError.from(readResponse(undefined)).toProblem()).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500, retryable: false });
  });

  it('translates detail, and is plain data', () => {
    const fr = defineMessages({ CUSTOMER_NOT_FOUND_FOR_IDENTIFIERS: 'Client introuvable' });
    const error = CapillaryError.from(readResponse({ errors: [{ status: false, code: 8015, message: notFound }] }));
    const problem = error.toProblem({ messages: fr });
    expect(problem.detail).toBe('Client introuvable');
    expect(JSON.parse(JSON.stringify(problem))).toEqual(problem);
    expect(Object.getPrototypeOf(problem)).toBe(Object.prototype);
  });
});

describe('toProblem and toJSON with a documented entry', () => {
  it("take the entry's docs page as the problem type", () => {
    // Entries gain `docs` with 0.3's endpoints; a hand-made one stands in.
    const entry = { key: 'DOCUMENTED', code: 4242, category: 'error', resource: 'customers', message: 'Documented failure', params: [], api: 'v2', kind: 'invalid-argument', retryable: false, docs: 'https://docs.example.com/4242' };
    const status = { path: 'errors.0', category: 'error', code: 4242, message: 'Documented failure', resolution: { status: 'resolved', entry, params: {}, text: 'exact' } };
    const error = CapillaryError.from({ outcome: 'failure', ok: false, failures: [status], statuses: [status], items: [], warnings: [], request: undefined, httpStatus: 422, retry: { retryable: false, reason: 'x' } } as never);
    expect(error.toProblem()).toEqual({ type: 'https://docs.example.com/4242', title: 'Documented failure', status: 422, detail: 'Documented failure', code: 4242, key: 'DOCUMENTED', kind: 'invalid-argument', retryable: false });
    expect(error.toJSON()).toMatchObject({ key: 'DOCUMENTED', docs: 'https://docs.example.com/4242', httpStatus: 422 });
  });
});
