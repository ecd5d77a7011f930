/**
 * Whether a message a server (or a sample) sends is a wording of the catalog, judged without the
 * resolver, for the tests that hold the catalog to the published samples.
 */
import { normalized } from './normalized.js';

/**
 * Whether a message is this wording: equal up to a stop, case and spacing, or the template with
 * values in place of its placeholders.
 * @example
 * isWording('invalid item code: {itemCode}', 'invalid item code: sku_1'); // true
 */
export function isWording(wording: string, message: string): boolean {
  if (normalized(wording) === normalized(message)) return true;
  if (!/\{[^{}]+\}/.test(wording)) return false;
  const pattern = normalized(wording)
    .split(/\{[^{}]+\}/)
    .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.+');
  return new RegExp(`^${pattern}$`).test(normalized(message));
}
