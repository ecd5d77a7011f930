/**
 * Properties of the `capillary-codes/zod` schemas over the whole catalog. readStatuses, which
 * needs no zod, has its own: test/fuzz/read.test.ts.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { catalog, format, isKey, kinds, parseCode, resources, type Entry } from 'capillary-codes';
import * as zod from 'capillary-codes/zod';
import { anyValue, attempt, codeLike, describeError, expectUntouched, HUGE_RUNS, numericText, prototypesUntouched, real, recipe, runs, TIMEOUT } from './hostile.js';

afterEach(expectUntouched);

const schemas = [
  'codeSchema',
  'keySchema',
  'categorySchema',
  'resourceSchema',
  'kindSchema',
  'entrySchema',
  'v2StatusSchema',
  'v2ResponseSchema',
  'v11ItemStatusSchema',
  'v11ResponseSchema',
] as const;
type SafeParse = { safeParse(value: unknown): { success: boolean; data?: unknown; error?: { issues: { message: string }[] } } };
const schema = (name: (typeof schemas)[number]) => zod[name] as unknown as SafeParse;
const categories = new Set<unknown>(['success', 'error', 'warning']);
const resourceSet = new Set<unknown>(resources);
const kindSet = new Set<unknown>(kinds);
const fillTemplate = format as unknown as (template: string, params: unknown) => string;

describe('fuzz: the zod schemas', () => {
  it('safeParse never throws on any value: an answer, success or not', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...schemas), anyValue, (name, input) => {
        const value = real(input);
        const result = attempt(() => schema(name).safeParse(value));
        expect(result.ok, `${name}.safeParse threw ${result.ok ? '' : describeError(result.error)}`).toBe(true);
        if (result.ok) expect(typeof result.value.success).toBe('boolean');
        expect(prototypesUntouched()).toBe(true);
      }),
      runs<[(typeof schemas)[number], unknown]>(undefined, [
        ['v2StatusSchema', recipe('throwingGetters')],
        ['v11ResponseSchema', recipe('revoked')],
        ['entrySchema', recipe('liar')],
      ]),
    );
  });

  it('codeSchema accepts what parseCode reads; keySchema, categorySchema, resourceSchema and kindSchema their vocabularies', { timeout: TIMEOUT }, () => {
    const words = fc.constantFrom(...catalog.map((entry) => entry.key), ...resources, ...kinds, 'error', 'warning', 'success', 'Error', 'customer', 'not found');
    fc.assert(
      fc.property(fc.oneof(codeLike, numericText, anyValue, words), (input) => {
        const value = real(input);
        const code = schema('codeSchema').safeParse(value);
        const parsed = attempt(() => parseCode(value));
        if (parsed.ok && code.success) expect(code.data).toBe(parsed.value);
        else if (parsed.ok) expect(parsed.value).toBeUndefined();
        expect(schema('keySchema').safeParse(value).success).toBe(isKey(value));
        expect(schema('categorySchema').safeParse(value).success).toBe(categories.has(value));
        expect(schema('resourceSchema').safeParse(value).success).toBe(resourceSet.has(value));
        expect(schema('kindSchema').safeParse(value).success).toBe(kindSet.has(value));
      }),
      runs(),
    );
  });

  it("entrySchema revives a stored entry as the catalog's own, and rejects one whose code, category or resource was changed", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...catalog), fc.constantFrom('code', 'category', 'resource', 'none'), codeLike, fc.constantFrom(...resources), (entry, field, otherCode, otherResource) => {
        const stored = JSON.parse(JSON.stringify(entry)) as Record<string, unknown>;
        if (field === 'code') stored['code'] = otherCode;
        if (field === 'category') stored['category'] = entry.category === 'error' ? 'warning' : 'error';
        if (field === 'resource') stored['resource'] = otherResource;
        const result = schema('entrySchema').safeParse(stored);
        const same =
          field === 'none' || (field === 'code' && parseCode(otherCode) === entry.code) || (field === 'resource' && otherResource === entry.resource);
        expect(result.success).toBe(same);
        if (same) expect(result.data).toBe(entry);
        else expect(result.error!.issues[0]!.message).toMatch(new RegExp(`^${field}: `));
      }),
      runs(),
    );
  });

  it('parses v2 items and v1.1 item statuses built from catalog entries to numbers and booleans, other fields kept', { timeout: TIMEOUT }, () => {
    const safeValue = fc.stringMatching(/^[A-Za-z0-9_-]{1,10}$/);
    const messageFor = (entry: Entry) =>
      fc.option(
        fc
          .tuple(fc.constantFrom(entry.message, ...(entry.aliases ?? [])), safeValue)
          .map(([wording, value]) => fillTemplate(wording, Object.fromEntries(entry.params.map((name) => [name, value])))),
        { nil: undefined },
      );
    const status = fc.constantFrom(...catalog).chain((entry) =>
      fc.record({
        entry: fc.constant(entry),
        code: fc.constantFrom<unknown>(entry.code, String(entry.code), ` ${entry.code} `),
        message: messageFor(entry),
        flag: fc.constantFrom<unknown>(true, false, 'true', 'false'),
        extra: safeValue,
        warnings: fc.array(fc.constantFrom(...catalog.filter((candidate) => candidate.category === 'warning')), { maxLength: 3 }),
        wrapped: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(status, ({ entry, code, message, flag, extra, warnings, wrapped }) => {
        const success = flag === true || flag === 'true';
        const v2 = schema('v2StatusSchema').safeParse({ extra, message, code, status: flag });
        expect(v2.error?.issues).toBeUndefined();
        expect(v2.data).toEqual({ extra, code: entry.code, status: success, ...(message !== undefined && { message }) });

        const listed = warnings.map((warning, i) => (i % 2 ? String(warning.code) : { code: warning.code, message: warning.message }));
        const v11 = schema('v11ItemStatusSchema').safeParse({ success: flag, code, message, warnings: wrapped ? { warning: listed } : listed, extra });
        expect(v11.error?.issues).toBeUndefined();
        const parsed = v11.data as { success: boolean; code: number; warnings: { code: number }[]; extra: string };
        expect([parsed.success, parsed.code, parsed.extra]).toEqual([success, entry.code, extra]);
        expect(parsed.warnings.map((warning) => warning.code)).toEqual(warnings.map((warning) => warning.code));
      }),
      runs(),
    );
  });

  it('answers 1 MB strings, success or not, without throwing', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.constantFrom('x', ' ', '{0}', '8011', 'Invalid source passed '), fc.constantFrom(...schemas), (unit, name) => {
        const big = unit.repeat(Math.ceil((1 << 20) / unit.length));
        for (const value of [big, { code: big, message: big }, { errors: [{ code: 8011, message: big }], response: { status: { success: 'true', code: big } } }]) {
          expect(typeof schema(name).safeParse(value).success).toBe('boolean');
        }
        // No code is 1 MB long.
        expect(schema('codeSchema').safeParse(big).success).toBe(false);
      }),
      runs(HUGE_RUNS),
    );
  });
});
