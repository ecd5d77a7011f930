import { isKey, parseCode } from 'capillary-codes';
import { endpointById, type EndpointId } from 'capillary-codes/endpoints';
import { search, type SearchFilter } from '../search.js';
import { bin, quote } from './given.js';
import { exitCodes, paramsText, type Out } from './output.js';

/** `capillary-codes search`: the entries whose wording says what some words say, best first. */

/**
 * Searches and prints the hits; with an endpoint, only its resource's entries, those its page
 * documents marked with the page's reason. Returns the exit status.
 * @example
 * runSearch(out, 'Card is BLOCKED', {}, undefined, 20, false); // 0
 */
export function runSearch(out: Out, text: string, given: SearchFilter, id: EndpointId | undefined, limit: number, json: boolean): number {
  const endpoint = id === undefined ? undefined : endpointById(id);
  const filter: SearchFilter = endpoint && given.resource === undefined ? { ...given, resource: endpoint.resource } : given;
  const reasons = new Map<string, string[]>();
  for (const row of endpoint?.codes ?? []) for (const key of row.keys) reasons.set(key, [...(reasons.get(key) ?? []), ...(row.reason === undefined ? [] : [row.reason])]);
  const hits = search(text, filter);
  const shown = hits.slice(0, limit);
  if (json) {
    out.json({
      query: { text, ...filter, ...(endpoint && { endpoint: endpoint.id }) },
      total: hits.length,
      // Shaped like SearchHit: `params` are the values read from the text, not the entry's names.
      hits: shown.map((hit) => ({
        score: hit.score,
        best: hit.best,
        params: hit.params,
        wording: hit.wording,
        ...(endpoint && { documented: reasons.has(hit.entry.key), reasons: reasons.get(hit.entry.key) ?? [] }),
        entry: hit.entry,
      })),
    });
  }
  if (!hits.length) {
    const lookup = parseCode(text) !== undefined || isKey(text.toUpperCase()) ? `; to look it up: ${bin} ${text}` : '';
    const where = filter.resource ? ` in ${filter.resource}` : '';
    return out.fail(exitCodes.notFound, `no entry${where} resembles ${quote(text)}${lookup}`);
  }
  if (json) return exitCodes.found;
  const { style } = out;
  const keyWidth = Math.max(...shown.map((hit) => hit.entry.key.length));
  const resourceWidth = Math.max(...shown.map((hit) => hit.entry.resource.length));
  for (const hit of shown) {
    const { entry } = hit;
    const code = String(entry.code).padStart(5);
    const category = style.category(entry.category, entry.category.padEnd(7));
    // Params belong to the wording they were read against: shown beside an alias, the entry's message would not hold them.
    const params = Object.keys(hit.params).length && hit.wording === entry.message ? style.dim(`  (${paramsText(hit.params)})`) : '';
    out.line(`${hit.best ? '*' : ' '} ${code}  ${category}  ${entry.resource.padEnd(resourceWidth)}  ${style.bold(entry.key.padEnd(keyWidth))}  ${entry.message}${params}`);
    for (const reason of reasons.get(entry.key) ?? []) out.line(style.dim(`        ${endpoint!.id} sends it: ${reason}`));
  }
  if (hits.length > shown.length) out.line(style.dim(`… ${hits.length - shown.length} more (--limit ${hits.length} shows them all)`));
  if (shown.some((hit) => hit.best)) out.line(style.dim(`* what match() reads this text as`));
  if (endpoint) {
    const listed = shown.filter((hit) => reasons.has(hit.entry.key)).length;
    out.line(style.dim(`${endpoint.id} (${endpoint.title}) documents ${listed} of these; docs: ${endpoint.docs}`));
  }
  return exitCodes.found;
}
