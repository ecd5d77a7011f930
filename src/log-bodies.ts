/**
 * The JSON bodies in a piece of text as people paste it: a body alone, a log line with text
 * before the body, a body printed over several lines, NDJSON, or a body a logger wrote as an
 * escaped JSON string (`body="{\"errors\":[…]}"`). For `capillary-codes read`.
 */

/** What a scan tries at most, in characters looked at, per character of text: garbage costs linear time. */
const workPerCharacter = 8;

/**
 * Every JSON object or array found in a text, in the order it appears. A text that is one
 * JSON value gives that value (a JSON string that holds a body gives the body). Elsewhere the
 * text is scanned from each `{` or `[` (and each `"{` or `"[` that opens an escaped body) to
 * the bracket that closes it; what parses is a body and the scan goes on after it, what does
 * not (`[INFO]`, `{user}`) is skipped. Scalars found in text (`200`, `"OK"`) are no bodies.
 * @example
 * logBodies('2026-12-07T10:00:00Z INFO capillary response {"errors":[{"code":8015}]}');
 * // [{ errors: [{ code: 8015 }] }]
 * logBodies('{"a":1}\n{"b":2}'); // [{ a: 1 }, { b: 2 }]
 */
export function logBodies(text: string): unknown[] {
  const whole = parse(text);
  if (whole !== undefined) {
    const inner = typeof whole === 'string' ? parse(whole) : whole;
    return isBody(inner) ? [inner] : [];
  }
  const found: unknown[] = [];
  let budget = text.length * workPerCharacter;
  for (let at = nextOpening(text, 0); at >= 0 && budget > 0; ) {
    const end = text[at] === '"' ? stringEnd(text, at) : closing(text, at);
    budget -= Math.max(1, (end < 0 ? text.length : end) - at);
    const value = end < 0 ? undefined : parse(text.slice(at, end + 1));
    const body = typeof value === 'string' ? parse(value) : value;
    if (isBody(body)) {
      found.push(body);
      at = nextOpening(text, end + 1);
    } else {
      at = nextOpening(text, at + 1);
    }
  }
  return found;
}

const isBody = (value: unknown): value is object => typeof value === 'object' && value !== null;

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The next place a body may open: `{`, `[`, or a quote right before one (an escaped body). */
function nextOpening(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === '{' || char === '[') return i;
    if (char === '"' && (text[i + 1] === '{' || text[i + 1] === '[')) return i;
  }
  return -1;
}

/** The index of the quote that ends the JSON string opening at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
    else if (text[i] === '\n') return -1;
  }
  return -1;
}

/** The index of the bracket that closes the one at `start` (strings skipped), or -1. */
function closing(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return -1;
      i = end;
    } else if (char === '{' || char === '[') {
      depth++;
    } else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
