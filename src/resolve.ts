import type { EntryShape } from './codes/index.js';
import { endpointFacts, type EndpointFacts } from './hints.js';
import type { Filter, Hint, Lookup, Resolution, ResolveHints } from './lookup.js';
import { allows, belongsTo, filterFields, itself, narrow, noEntries, parseCode, softFields, someLeft } from './narrow.js';
import { byRank, byText, firstClauses, maxMessageLength, noParams, score, separates, tieBreak, type Scored, type TextIndex } from './rank.js';
import { read } from './safely.js';
import { toInput, type Input, type TextMatch } from './text.js';

/**
 * `resolve`'s general path: the code's entries, narrowed by the hints (the endpoint's page
 * first), ranked by the server's text where there is one. `resolveIn` (src/lookup.ts) answers
 * the common calls from what this kept.
 */

type Entry = EntryShape;

const unknown: Resolution<never> = /* @__PURE__ */ Object.freeze({ status: 'unknown' });

export function indexCodes<E extends Entry>(lookup: Lookup<E>): void {
  const { byCode, plain } = lookup;
  if (byCode.size) return;
  for (const entry of lookup.catalog.list() as readonly E[]) {
    const list = byCode.get(entry.code);
    if (list) (list as E[]).push(entry);
    else byCode.set(entry.code, [entry]);
  }
  for (const [code, list] of byCode) {
    Object.freeze(list);
    plain.set(code, rankedWithoutText(list, undefined));
  }
}

export function findWith<E extends Entry>(lookup: Lookup<E>, code: unknown, filter?: Filter): readonly E[] {
  indexCodes(lookup);
  const found = lookup.byCode.get(parseCode(code));
  if (!found) return noEntries;
  if (filter === undefined) return found;
  const kept = narrow(found, filter, filterFields, (entry) => entry, () => true);
  return kept.length === found.length ? found : Object.freeze(kept);
}
/** The hints of a call, each read once: a getter may answer differently on each read. */
interface Given {
  readonly category: unknown;
  /** The caller's, or the endpoint's where one was found. */
  readonly resource: unknown;
  readonly api: unknown;
  readonly operation: unknown;
  readonly message: unknown;
  readonly endpoint: EndpointFacts | undefined;
  /** The caller's own resource and api, which an endpoint's stand for. */
  readonly callerResource: unknown;
  readonly callerApi: unknown;
  /** Set aside before any narrowing: an endpoint not found, a resource or api the endpoint contradicts. */
  readonly setAside: readonly Hint[];
}

/**
 * Reads the hints. A found endpoint gives the resource and the api (where it has one); a
 * caller's resource or api that says otherwise is set aside, as is an endpoint not found.
 */
function givenOf(hints: unknown): Given {
  const hint = read(hints, 'endpoint');
  const endpoint = hint === undefined ? undefined : endpointFacts(hint);
  const resource = read(hints, 'resource');
  const api = read(hints, 'api');
  return {
    category: read(hints, 'category'),
    resource: endpoint ? endpoint.resource : resource,
    api: endpoint?.api ?? api,
    operation: read(hints, 'operation'),
    message: read(hints, 'message'),
    endpoint,
    callerResource: resource,
    callerApi: api,
    setAside: hint === undefined ? noEntries : contradicted(endpoint, resource, api),
  };
}

function contradicted(endpoint: EndpointFacts | undefined, resource: unknown, api: unknown): Hint[] {
  if (!endpoint) return ['endpoint'];
  const setAside: Hint[] = [];
  if (resource !== undefined && resource !== endpoint.resource) setAside.push('resource');
  if (endpoint.api !== undefined && api !== undefined && api !== endpoint.api) setAside.push('api');
  return setAside;
}

/** The hints in the order `ignored` lists them: the order they narrow in, the endpoint last. */
const hintNames = [...filterFields, 'endpoint'] as const;

/** The entries of a code the endpoint's page names (`[]` without an endpoint, or where its page does not document the code). */
const onPage = <E extends Entry>(found: readonly E[], endpoint: EndpointFacts | undefined): readonly E[] => {
  const keys = endpoint?.keysOf(found[0]!.code);
  return keys?.length ? found.filter((entry) => keys.includes(entry.key)) : noEntries;
};
/** The soft hints that narrow the entries an endpoint's page names: its api is the path's, and the page names the entry whatever its surface. */
const pageFields = ['category', 'operation'] as const;

/**
 * The hints an answer set aside, as the caller gave them: a resource or api the endpoint
 * implied is reported as the endpoint.
 */
function asGiven(ignored: readonly Hint[], given: Given): readonly Hint[] {
  const { endpoint, setAside } = given;
  if (!endpoint) return setAside.length ? [...setAside, ...ignored] : ignored;
  const reported = [...setAside];
  for (const name of ignored) {
    const implied = name === 'resource' || (name === 'api' && endpoint.api !== undefined);
    if (implied) reported.push('endpoint');
    if (!implied || (name === 'resource' ? given.callerResource : given.callerApi) !== undefined) reported.push(name);
  }
  return reported;
}

export function resolveWith<E extends Entry>(lookup: Lookup<E>, code: unknown, hints: ResolveHints | undefined): Resolution<E> {
  const found = findWith(lookup, code);
  if (!found.length) return unknown;
  const given = givenOf(hints);
  // A resource answers on the code with its own entries, its shared ones and the request-level
  // ones; another resource's entry only where the text names it (below).
  const held = given.resource === undefined ? found : found.filter((entry) => belongsTo(entry, given.resource));
  const ignored: Hint[] = [];
  const pageIgnored: Hint[] = [];
  // A soft hint that would leave no candidate is set aside: servers put codes in unexpected places.
  const candidates = held.length ? narrow(held, given, softFields, itself, someLeft, ignored) : held;
  // Where the endpoint's page documents the code, the entries it names are the candidates.
  const documented = onPage(found, given.endpoint);
  const page = documented.length ? narrow(documented, given, pageFields, itself, someLeft, pageIgnored) : documented;
  if (typeof given.message !== 'string') {
    if (page.length) return rankedWithoutText(page, given.resource, asGiven(pageIgnored, given));
    if (!candidates.length) return unknown;
    if (candidates === found && !ignored.length && !given.setAside.length) return lookup.plain.get(found[0]!.code)!;
    return rankedWithoutText(candidates, given.resource, asGiven(ignored, given));
  }
  const asked: Asked = { found, held, candidates, given, ignored, page, pageIgnored };
  return resolveByText(lookup as Lookup<Entry>, asked, given.message) as Resolution<E>;
}

/** What `resolveByText` weighs: the code's entries, those the hints leave, and the endpoint's page. */
interface Asked {
  readonly found: readonly Entry[];
  /** The entries of the resource (all where none is given). */
  readonly held: readonly Entry[];
  /** `held` narrowed by the soft hints. */
  readonly candidates: readonly Entry[];
  readonly given: Given;
  /** The hints set aside for `candidates`. */
  readonly ignored: Hint[];
  /** The entries the endpoint's page names for the code, narrowed by the soft hints; `[]` without one. */
  readonly page: readonly Entry[];
  readonly pageIgnored: readonly Hint[];
}

function resolveByText(lookup: Lookup<Entry>, asked: Asked, message: string): Resolution {
  const { found, held, given, page } = asked;
  const index = byText(lookup);
  // A message this long is no wording of the catalog: it is compared as no text, which fits none.
  const input = toInput(message.length > maxMessageLength ? '' : message, index.weigh, index.respell);
  const scores = new Map<Entry, Scored>();
  const scoreOf = (entry: Entry) => scores.get(entry) ?? scores.set(entry, score(entry, input, index)).get(entry)!;
  const isExact = (entry: Entry) => scoreOf(entry).text === 'exact';
  const fits = (entry: Entry) => scoreOf(entry).text !== 'different';
  const ranked = (entries: readonly Entry[], pool: readonly Entry[], ignored: readonly Hint[]) => rankedByText(entries, pool, input, index, scoreOf, given, ignored);
  // The endpoint's page decides where the text fits an entry it names, or fits none at all; an
  // exact text, or a text that fits only entries it does not name, sets the endpoint aside.
  const offPage = page.length ? ['endpoint' as const] : [];
  if (page.length && !(found.some(isExact) && !page.some(isExact)) && (page.some(fits) || !found.some(fits))) return ranked(page, found, asked.pageIgnored);
  let candidates = asked.candidates;
  if (!candidates.some(isExact) && found.some(isExact)) {
    // An exact text outranks the hints that would remove it: among the entries whose wording
    // the server sent, the hints apply only where they leave one ('All requests have failed due
    // to errors' in a v2 errors list is the v1.1 request-level entry).
    const setAside: Hint[] = [...offPage];
    const named = narrow(found.filter(isExact), given, filterFields, itself, someLeft, setAside);
    return ranked(named, found, setAside);
  }
  const ignored = [...asked.ignored, ...offPage];
  if (candidates.length && asked.ignored.length && !candidates.some(fits)) {
    // The resource's entries fit neither the text nor the hints set aside for them (1000
    // "Coupons retrieved successfully" as a success in a coupons response, where coupons' 1000
    // is an error): an entry the text fits and every hint allows is the answer.
    const allowed = found.filter((entry) => !held.includes(entry) && fits(entry) && softFields.every((field) => given[field] === undefined || allows(entry, field, given[field])));
    if (allowed.length) return ranked(allowed, allowed, ['resource', ...offPage]);
  }
  if (candidates.length) return ranked(candidates, found, ignored);
  // None of the resource's entries has the code: another resource's entry is the answer only
  // where the text fits it, never on the code alone.
  candidates = found.filter(fits);
  if (!candidates.length) return unknown;
  const setAside: Hint[] = ['resource', ...offPage];
  return ranked(narrow(candidates, given, softFields, itself, someLeft, setAside), candidates, setAside);
}

/** The candidates ranked by how their wordings fit the message: resolved where the text separates them. */
function rankedByText(
  candidates: readonly Entry[],
  found: readonly Entry[],
  input: Input,
  index: TextIndex,
  scoreOf: (entry: Entry) => Scored,
  given: Given,
  setAside: readonly Hint[],
): Resolution {
  const { resource } = given;
  const ignored = asGiven(setAside, given);
  const pool = serverSent(candidates, scoreOf);
  const ranked = pool.map(scoreOf).sort(byRank(resource));
  const best = ranked[0]!;
  if (best.text !== 'different' && separates(ranked, input, index.weigh)) return resolved(best.entry, best.params, best.text, ignored);
  // A paraphrase makes no tie on its own: where the text fits a paraphrase and the entry
  // servers send alike, the entry servers send is the answer.
  const sent = ranked.filter((scored) => !scored.entry.paraphrase);
  if (sent.length && sent.length < ranked.length && sent[0]!.text !== 'different' && separates(sent, input, index.weigh)) {
    return resolved(sent[0]!.entry, sent[0]!.params, sent[0]!.text, ignored);
  }
  const appended = firstClauses(pool, input.text, index, resource);
  if (appended) return resolved(appended.entry, appended.params, 'close', ignored);
  // Where the hints and the text disagree (400 in a v2 errors list with the warning's words),
  // trust neither: the entries the text fits join the candidates, first.
  const contradicting = best.text === 'different' ? found.filter((entry) => !candidates.includes(entry) && scoreOf(entry).text !== 'different') : [];
  const fitting = serverSent(contradicting, scoreOf).map(scoreOf).sort(byRank(resource));
  if (ranked.length === 1 && !fitting.length) return resolved(best.entry, noParams, best.text, ignored);
  const ordered = [...fitting, ...ranked];
  // The hints that left those entries out were set aside for them: the answer says so.
  const excluding = filterFields.filter((field) => given[field] !== undefined && fitting.some(({ entry }) => !allows(entry, field, given[field])));
  return ambiguous(ordered.map((scored) => scored.entry), ordered[0]!.text, excluding.length ? asGiven([...setAside, ...excluding], given) : ignored);
}

/**
 * The entries to rank, where the documentation's paraphrase of a server's text shares its
 * code: a paraphrase stays only where the message fits its wording. Without a message
 * (`scoreOf` undefined) only the entries servers send stay.
 */
function serverSent(entries: readonly Entry[], scoreOf?: (entry: Entry) => Scored): readonly Entry[] {
  if (!entries.some((entry) => entry.paraphrase) || entries.every((entry) => entry.paraphrase)) return entries;
  return entries.filter((entry) => !entry.paraphrase || (scoreOf !== undefined && scoreOf(entry).text !== 'different'));
}

/** The hints set aside, frozen in the order they narrow; `undefined` when every hint applied. */
function ignoredOf(ignored: readonly Hint[]): readonly Hint[] | undefined {
  return ignored.length ? Object.freeze(hintNames.filter((name) => ignored.includes(name))) : undefined;
}

function resolved<E extends Entry>(entry: E, params: Readonly<Record<string, string>>, text: TextMatch, ignored: readonly Hint[]): Resolution<E> {
  const setAside = ignoredOf(ignored);
  const frozen = Object.isFrozen(params) ? params : Object.freeze(params);
  return Object.freeze(setAside ? { status: 'resolved', entry, params: frozen, text, ignored: setAside } : { status: 'resolved', entry, params: frozen, text });
}

function ambiguous<E extends Entry>(candidates: readonly E[], text: TextMatch, ignored: readonly Hint[]): Resolution<E> {
  const setAside = ignoredOf(ignored);
  const frozen = Object.freeze([...candidates]);
  return Object.freeze(
    setAside ? { status: 'ambiguous', entry: frozen[0]!, candidates: frozen, text, ignored: setAside } : { status: 'ambiguous', entry: frozen[0]!, candidates: frozen, text },
  );
}

/** Without a message to compare: the entries servers send, ordered by the tie-break. */
function rankedWithoutText<E extends Entry>(candidates: readonly E[], resource: unknown, ignored: readonly Hint[] = noEntries): Resolution<E> {
  const ordered = [...(serverSent(candidates) as readonly E[])].sort(tieBreak(resource));
  return ordered.length === 1 ? resolved(ordered[0]!, noParams, 'none', ignored) : ambiguous(ordered, 'none', ignored);
}
