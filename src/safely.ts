/**
 * Untrusted input, handled in one place. Values handed to the library may be proxies or carry
 * getters that throw, and whatever an error message quotes from them must stay one line.
 */

/** Reads through a fallback: a throw becomes a documented answer or a clear TypeError. */
export function safely<T>(read: () => T, fallback: () => T): T {
  try {
    return read();
  } catch {
    return fallback();
  }
}

/** A property of a value handed in: `undefined` where there is none or reading throws. */
export function read(value: unknown, name: PropertyKey): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return (value as Record<PropertyKey, unknown>)[name];
  } catch {
    return undefined;
  }
}

/**
 * Text quoted for a one-line message. JSON.stringify escapes every line break but U+2028 and
 * U+2029, and leaves C1 controls (a terminal reads U+009B as an escape) raw: those are escaped too.
 */
export function quoted(text: string): string {
  return JSON.stringify(text).replace(/[\u0080-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text cut to `max` characters, with an ellipsis where it was cut. */
export const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * What a caller handed in, for an error message: a string quoted and cut to one short line,
 * else its kind.
 * @example
 * describe('NOPE'); // '"NOPE"'
 * describe([1]); // 'an array'
 */
export function describe(value: unknown): string {
  if (typeof value === 'string') return quoted(clip(value, 60));
  if (value === null) return 'null';
  // A revoked proxy throws even from Array.isArray.
  return typeof value === 'object' && safely(() => Array.isArray(value), () => false) ? 'an array' : typeof value;
}
