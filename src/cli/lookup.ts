import { catalog, entries, find, isKey, isSure, resolve, type Entry, type Resolution, type TextMatch } from 'capillary-codes';
import { noteOf } from 'capillary-codes/notes';
import type { Hints, Target } from '../cli-args.js';
import { explain, relations } from '../explain.js';
import { bin, documented, libraryHints } from './given.js';
import { exitCodes, failureFacts, paramsText, plural, type Out } from './output.js';

/**
 * `capillary-codes <code|KEY>`: the entries of a code as `resolve` answers it, grouped by
 * resource, each with how it could be mistaken for another. An answer that is not sure
 * (`isSure`) is never printed as "X means Y"; the hints `resolve` set aside are printed from
 * its `ignored`, never worked out again.
 */

function entryJson(entry: Entry): Record<string, unknown> {
  return {
    ...entry,
    explanations: [...explain(entry), ...(noteOf(entry) ? [`Note: ${noteOf(entry)}`] : [])],
    relations: relations(entry).map(({ kind, other }) => ({ kind, key: other.key, code: other.code, category: other.category, resource: other.resource })),
  };
}

function renderEntry(out: Out, entry: Entry, listing: boolean): void {
  const { style } = out;
  const facts = [style.category(entry.category, `${entry.category} ${entry.code}`), entry.api, ...failureFacts(entry)];
  if (entry.operations) facts.push(`operations: ${entry.operations.join(', ')}`);
  if (entry.paraphrase) facts.push("documentation's paraphrase");
  if (entry.audience === 'developer') facts.push('worded for developers');
  if (entry.sharedWith) facts.push(`also listed by ${entry.sharedWith.join(', ')}`);
  out.line(`  ${style.bold(entry.key)}  ${facts.join(' · ')}`);
  out.line(`      ${entry.message}`);
  for (const alias of entry.aliases ?? []) out.line(`      ${style.dim('also worded:')} ${alias}`);
  for (const sentence of explain(entry, { siblings: !listing })) out.line(`      ${style.dim('-')} ${sentence}`);
  const note = noteOf(entry);
  if (note) out.line(`      ${style.dim('- note:')} ${note}`);
  out.line(`      ${style.dim('- docs:')} ${entry.docs}`);
}

const groupName = (entry: Entry) => (entry.resource === 'api' ? 'request-level (api)' : entry.resource);

/**
 * Entries grouped by the resource that defines them, groups in the order of their best entry.
 * @example
 * renderGroups(out, find(1101), true);
 */
export function renderGroups(out: Out, list: readonly Entry[], listing: boolean): void {
  const groups = new Map<string, Entry[]>();
  for (const entry of list) groups.set(groupName(entry), [...(groups.get(groupName(entry)) ?? []), entry]);
  let first = true;
  for (const [name, members] of groups) {
    if (!first) out.line();
    first = false;
    out.line(out.style.bold(`${name}:`));
    members.forEach((entry, i) => {
      if (i) out.line();
      renderEntry(out, entry, listing);
    });
  }
}

const textSays: Record<TextMatch, string> = {
  exact: ': the message is its wording',
  close: ': the message is a rewording of it',
  different: '',
  none: '',
};

/** The hints that would separate these entries and were not given. */
function tellApart(candidates: readonly Entry[], hints: Hints): string[] {
  const differ = (field: (entry: Entry) => unknown) => new Set(candidates.map(field)).size > 1;
  const pick: string[] = [];
  if (!hints.resource && !hints.endpoint && differ((entry) => entry.resource)) pick.push('--resource (the resource called)');
  if (!hints.category && differ((entry) => entry.category)) pick.push('--category (the list it arrived in)');
  if (!hints.operation && differ((entry) => entry.operations?.join())) pick.push('--operation (the call that answered)');
  if (!hints.api && differ((entry) => entry.api)) pick.push('--api (the response surface)');
  if (hints.message === undefined && differ((entry) => entry.message)) pick.push('--message (the text the server sent)');
  return pick;
}

/** Each hint given, as the command line wrote it, keyed by the name `resolve` gives it in `ignored`. */
function givenHints(hints: Hints): Map<string, string> {
  const given = new Map<string, string>();
  if (hints.category) given.set('category', `--category ${hints.category}`);
  if (hints.resource) given.set('resource', `--resource ${hints.resource}`);
  if (hints.api) given.set('api', `--api ${hints.api}`);
  if (hints.operation) given.set('operation', `--operation ${hints.operation}`);
  if (hints.endpoint) given.set('endpoint', `--endpoint "${hints.endpoint}"`);
  return given;
}

/** Why `resolve` set a hint aside: it fits no entry of the code, or the server's text names an entry it leaves out. */
function whyIgnored(code: number, hint: string, hints: Hints, resolution: Resolution): string {
  if (hint === 'endpoint') return hints.message === undefined ? `no entry of ${code} fits the request's resource and api` : "the server's text names an entry its page does not";
  if (hint === 'resource') {
    const named = resolution.status === 'unknown' ? undefined : resolution.entry.resource;
    return `the server's text names ${named === 'api' ? 'a request-level entry' : `an entry of ${named}`}`;
  }
  const value = hints[hint as 'category' | 'api' | 'operation'];
  return find(code, { [hint]: value }).length ? "the server's text names an entry it leaves out" : `no entry of ${code} fits it`;
}

/**
 * The one-line reason for a code `resolve` does not know. A code no table lists is "not in the
 * catalog"; a code of other resources is not said to be theirs on the code alone.
 */
function unknownReason(code: number, hints: Hints, all: readonly Entry[]): string {
  if (!all.length) return `${code} is not in the catalog (Capillary's docs may print codes no published table lists; try: ${bin} search <text>)`;
  const where = hints.resource ?? (hints.endpoint ? `"${hints.endpoint}"` : 'what was given');
  const homes = [...new Set(all.map((entry) => entry.resource))].join(', ');
  const [their, them] = all.length === 1 ? ['its', 'it'] : ['their', 'them'];
  const why = hints.message === undefined ? `the code alone does not make ${them} the answer (give --message with the server's text)` : `the server's text is none of ${their} wordings`;
  return `${code} has no entry in ${where}: ${plural(all.length, 'entry', 'entries')} of ${homes} ${all.length === 1 ? 'has' : 'have'} it, and ${why}`;
}

function lookupKey(out: Out, key: string, json: boolean): number {
  // An `if`, not a conditional: `entries[key]` over the whole API's keys is too large a union for one expression.
  let entry: Entry | undefined;
  if (isKey(key)) entry = entries[key];
  if (!entry) {
    if (json) out.json({ query: { key }, found: false, entries: [] });
    const near = catalog.filter((e) => e.key.includes(key)).map((e) => e.key);
    return out.fail(exitCodes.notFound, `no entry has the key ${key}${near.length ? `; keys containing it: ${near.slice(0, 8).join(', ')}` : ''}`);
  }
  if (json) {
    const resolution = { status: 'resolved', key: entry.key, text: 'none', params: {} };
    out.json({ query: { key }, found: true, sure: true, resolution, ignoredHints: [], leftOut: { by: [], keys: [] }, entries: [{ ...entryJson(entry), candidate: true }] });
  } else {
    renderGroups(out, [entry], false);
  }
  return exitCodes.found;
}

/**
 * Looks up a code (or a key) and prints its entries; returns the exit status.
 * @example
 * runLookup(out, { code: 1101 }, { resource: 'transactions' }, false); // 0
 */
export function runLookup(out: Out, target: Target, hints: Hints, json: boolean): number {
  if ('key' in target) return lookupKey(out, target.key, json);
  const { code } = target;
  const all = find(code);
  const resolution = resolve(code, libraryHints(hints));
  const page = documented(hints.endpoint, code);
  const pageJson = hints.endpoint ? { endpoint: { id: hints.endpoint, documents: page !== undefined, reasons: page?.reasons ?? [], keys: page?.keys ?? [], docs: page?.endpoint.docs } } : {};
  if (resolution.status === 'unknown') {
    if (json) out.json({ query: { code, hints }, found: false, sure: false, resolution: { status: 'unknown' }, elsewhere: all.map((entry) => entry.key), ...pageJson, entries: [] });
    return out.fail(exitCodes.notFound, unknownReason(code, hints, all));
  }
  const candidates = resolution.status === 'resolved' ? [resolution.entry] : resolution.candidates;
  const given = givenHints(hints);
  const ignored = (resolution.ignored ?? []).map((hint) => `${given.get(hint) ?? `--${hint}`} ignored: ${whyIgnored(code, hint, hints, resolution)}.`);
  const applied = [...given].filter(([hint]) => !resolution.ignored?.includes(hint as never)).map(([, text]) => text);
  const by = [...applied, ...(hints.message === undefined ? [] : ['--message'])];
  // resolve ranks the page's entries first; should an answer without text still fall off the
  // page, it is not sure, and the page's entries are listed first. A server's text that names
  // another entry outranks the page, as it outranks every hint.
  const pageEntries = (page?.keys ?? []).flatMap((key) => (isKey(key) ? [entries[key] as Entry] : []));
  const offPage = pageEntries.length > 0 && !pageEntries.includes(resolution.entry);
  const pageDisagrees = offPage && resolution.text === 'none';
  const sure = isSure(resolution) && !pageDisagrees;
  const listed = sure ? candidates : [...pageEntries, ...candidates.filter((entry) => !pageEntries.includes(entry))];
  // A paraphrase the answer left out is explained under the entry servers send, not counted.
  const leftOut = all.filter((entry) => !listed.includes(entry) && !(entry.paraphrase && hints.message === undefined));

  if (json) {
    out.json({
      query: { code, hints },
      found: true,
      sure,
      resolution: {
        status: resolution.status,
        key: resolution.entry.key,
        text: resolution.text,
        ...(resolution.status === 'resolved' ? { params: resolution.params } : { candidates: resolution.candidates.map((e) => e.key) }),
        ...(resolution.ignored ? { ignored: resolution.ignored } : {}),
      },
      ignoredHints: ignored,
      leftOut: { by, keys: leftOut.map((entry) => entry.key) },
      ...pageJson,
      entries: listed.map((entry) => ({ ...entryJson(entry), candidate: candidates.includes(entry) })),
    });
    return exitCodes.found;
  }

  const { style } = out;
  const hinted = Object.keys(hints).length > 0;
  if (resolution.status === 'resolved' && sure) {
    if (hinted || all.length > 1) out.line(`${code} means ${style.bold(resolution.entry.key)}${textSays[resolution.text]}.`);
    if (Object.keys(resolution.params).length) out.line(`params: ${paramsText(resolution.params)}`);
    if (offPage) out.line(style.dim(`The page of ${hints.endpoint} documents ${code} as ${pageEntries.map((entry) => entry.key).join(' or ')}; the server's text names this one.`));
  } else if (resolution.status === 'resolved' && pageDisagrees) {
    out.line(`Not sure: the page of ${hints.endpoint} documents ${code} as ${style.bold(pageEntries.map((entry) => entry.key).join(' or '))}; on its resource alone, ${code} is ${resolution.entry.key}.`);
  } else if (resolution.status === 'resolved') {
    // Resolved on the code, the server's text saying something else: what the code documents, not what it means.
    out.line(`Not sure: ${code} documents ${style.bold(resolution.entry.key)} ("${resolution.entry.message}"), but the server's text says something else.`);
    out.line(style.dim(`Its kind and retryable decide nothing here: servers reuse codes for other statuses.`));
  } else {
    const homes = new Set(candidates.map((entry) => entry.resource)).size;
    const why = hinted ? 'what was given does not tell them apart' : 'nothing given tells them apart';
    out.line(`${code} has ${candidates.length} entries${homes > 1 ? ` in ${homes} resources` : ''}; ${why} (best first).`);
    if (hints.message !== undefined && resolution.text === 'different') out.line(`The message is close to none of them.`);
    if (pageEntries.length) out.line(`The page of ${hints.endpoint} documents ${code} as ${style.bold(pageEntries.map((entry) => entry.key).join(' or '))} (listed first).`);
    const pick = tellApart(candidates, hints);
    if (pick.length) out.line(style.dim(`Give ${pick.join(' or ')} to pick one.`));
  }
  for (const line of ignored) out.line(style.dim(line));
  if (hints.endpoint) {
    if (page) for (const reason of page.reasons.length ? page.reasons : ['(no reason given)']) out.line(`${hints.endpoint} (${page.endpoint.title}) sends ${code}: ${reason}`);
    else out.line(style.dim(`The page of ${hints.endpoint} does not list ${code}.`));
    if (page) out.line(style.dim(`docs: ${page.endpoint.docs}`));
  }
  if (leftOut.length) {
    const what = plural(leftOut.length, 'other entry', 'other entries');
    const cause = by.length ? `left out by ${by.join(' ')}` : 'not shown';
    out.line(style.dim(`${what} of ${code} ${cause} (${bin} ${code} lists every entry).`));
  }
  if (hinted || all.length > 1) out.line();
  renderGroups(out, listed, true);
  return exitCodes.found;
}
