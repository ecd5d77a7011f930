import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logBodies } from '../src/log-bodies.js';

const runs = Number(process.env.FUZZ_RUNS ?? 200);
const v2 = { errors: [{ status: false, code: 8015, message: 'Customer not found for the given identifiers' }] };
const v11 = { response: { status: { success: 'true', code: 200, message: 'SUCCESS' } } };

describe('logBodies', () => {
  it('gives a body that is the whole text, pretty-printed or not', () => {
    expect(logBodies(JSON.stringify(v2))).toEqual([v2]);
    expect(logBodies(JSON.stringify(v11, null, 2))).toEqual([v11]);
  });

  it('finds a body after the text a log line puts before it', () => {
    expect(logBodies(`2026-12-07T10:00:00.123Z [INFO] capillary POST /v2/customers 400 ${JSON.stringify(v2)}`)).toEqual([v2]);
  });

  it('finds a body printed over several lines after a log line', () => {
    const text = `2026-12-07 10:00:00 WARN response body:\n${JSON.stringify(v11, null, 2)}\n2026-12-07 10:00:01 INFO done`;
    expect(logBodies(text)).toEqual([v11]);
  });

  it('finds every body of NDJSON, in order', () => {
    expect(logBodies(`${JSON.stringify(v2)}\n${JSON.stringify(v11)}\n`)).toEqual([v2, v11]);
  });

  it('finds a body a logger wrote as an escaped JSON string, alone or inside a line', () => {
    expect(logBodies(JSON.stringify(JSON.stringify(v2)))).toEqual([v2]);
    expect(logBodies(`level=error msg="capillary failed" body=${JSON.stringify(JSON.stringify(v2))} status=400`)).toEqual([v2]);
    expect(logBodies(JSON.stringify({ level: 'error', body: JSON.stringify(v2) }))).toEqual([{ level: 'error', body: JSON.stringify(v2) }]);
  });

  it('skips brackets that hold no JSON and scalars, and finds nothing in plain text', () => {
    expect(logBodies('[INFO] {user} said [hello] 200 "OK"')).toEqual([]);
    expect(logBodies('200')).toEqual([]);
    expect(logBodies('"OK"')).toEqual([]);
    expect(logBodies('')).toEqual([]);
    expect(logBodies(`[INFO] {user} ${JSON.stringify(v2)} [done]`)).toEqual([v2]);
  });

  it('keeps a string value that looks like JSON inside its body, and a bracket inside a string', () => {
    const body = { errors: [{ code: 1, message: 'a } and a ] and "{x}"' }] };
    expect(logBodies(`x ${JSON.stringify(body)} y`)).toEqual([body]);
  });

  it('stays linear on text of unclosed brackets (2 MB)', () => {
    const started = performance.now();
    expect(logBodies('['.repeat(2_000_000))).toEqual([]);
    expect(logBodies('{"a":'.repeat(400_000))).toEqual([]);
    // A guard against a quadratic scan (hours at this size), not a performance target.
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('never throws, and finds bodies set among arbitrary text that opens no bracket', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(Array.isArray(logBodies(text))).toBe(true);
      }),
      { numRuns: runs },
    );
    const noise = fc.string().map((text) => text.replace(/[[\]{}"\\]/g, ''));
    const body = fc.oneof(fc.object(), fc.array(fc.jsonValue(), { minLength: 1 })).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
    fc.assert(
      fc.property(fc.array(fc.tuple(noise, body), { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.map(([before, value]) => `${before} ${JSON.stringify(value)}\n`).join('');
        expect(logBodies(text)).toEqual(parts.map(([, value]) => value));
      }),
      { numRuns: runs },
    );
  });
});
