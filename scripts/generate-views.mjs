#!/usr/bin/env node
/**
 * Writes the entry points' API files from one template: src/views/all.ts (what the root entry
 * `capillary-codes` re-exports: every resource) and src/views/<resource>.ts (the view
 * `capillary-codes/<resource>`: that resource's entries, those other resources share with
 * it, and the request-level ones). Each is the same API over its own catalog and types, the
 * way each AWS SDK client has the same shape: it joins the generated modules of its resources
 * (src/codes/generated/) and makes each export with a factory of src/view-kit.ts; a bundler
 * drops the exports an app does not call. The kit documents each function in full on its
 * type's call signature (what an editor shows on a call); each export here carries a one-line
 * doc whose example uses an entry of the file's own, which test/views.test.ts runs.
 *
 *   npm run generate-views                        writes the files
 *   node scripts/generate-views.mjs --check       exits 1, naming them, when a file is stale
 *
 * Run `npm run pack-catalog` first when rows changed: the views import src/codes/generated/.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { exportName, loadRows } from './pack-catalog.mjs';

const viewsDir = new URL('../src/views/', import.meta.url);

const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const paramsOf = (message) => [...new Set([...message.matchAll(/\{([^{}]*)\}/g)].map((found) => found[1]))];
/** A template filled with `sample`'s values. */
const fill = (message, params) => message.replace(/\{([^{}]*)\}/g, (_, name) => (/^\d+$/.test(name) ? String(1000 + params.indexOf(name)) : 'x'));
/** A sample of a template's params for an example call: numbers for positional ones, text for named ones. */
const sample = (params) => (params.length ? `, { ${params.map((name, i) => `${/^\d+$/.test(name) ? name : quote(name)}: '${/^\d+$/.test(name) ? 1000 + i : 'x'}'`).join(', ')} }` : '');

/** Kit values and types a view uses; the kit documents each (src/view-kit.ts). */
const kitValues = ['catalogOf', 'codeGuard', 'finder', 'formatter', 'keyGuard', 'lazyList', 'lazyRecord', 'lookupOf', 'matcher', 'messagesDefiner', 'partsFormatter', 'registered', 'resolver', 'responseReader', 'statusesReader'];
const kitTypes = ['ArgsOf', 'CapillaryErrorClass', 'CapillaryErrorOf', 'CodeGuard', 'DefineMessagesFn', 'EntryShape', 'FindFn', 'FormatFn', 'FormatOptions', 'ItemReadingOf', 'KeyGuard', 'MatchFn', 'MessagesOf', 'Part', 'PlaceholderArgs', 'ReadResponseFn', 'ReadStatusOf', 'ReadStatusesFn', 'ResolutionOf', 'ResolveFn', 'ResponseReadingOf', 'TextResultOf'];
/** What every entry point re-exports from the kit as it is. */
const sharedValues = ['assertOk', 'isRetryable', 'isSure', 'parseCode', 'retryAfterMs', 'userMessage'];
const sharedTypes = ['Api', 'CapillaryErrorOptions', 'CapillaryErrorWithoutEntry', 'Category', 'EndpointHint', 'EndpointLike', 'Failed', 'Filter', 'FormatArgs', 'FormatOptions', 'HeadersLike', 'Hint', 'Kind', 'LooseParams', 'MatchHints', 'NoParams', 'NoPlaceholders', 'ParamName', 'Params', 'ParamValue', 'Part', 'Problem', 'ProblemOptions', 'ReadHints', 'ResolveHints', 'ResponseHints', 'Resource', 'RetryAdvice', 'TextMatch', 'UserMessageOptions', 'UserMessageSubject'];

/**
 * An example entry of an entry point for its docs: the first error of its own rows (a
 * resource's; the root's, all but the request-level ones; those it holds where it has none)
 * whose code no other entry it holds has.
 */
function exampleOf(own, held) {
  const single = (row) => held.filter((other) => other[0] === row[0]).length === 1;
  const rows = own.length ? own : held;
  return rows.find((row) => row[2] === 'error' && single(row)) ?? rows[0];
}

/**
 * The file text of one entry point: `modules` are the generated modules it joins (the root:
 * src/codes/generated/index.ts; a view: the request-level module and its resource's), `parts`
 * its catalog's source, `sharedIn` the other resources' entries its resource's module types
 * as `Shared*`, whose codes and keys its unions add, `example` the row its docs show. The
 * function exports are documented on their types' call signatures (src/view-kit.ts); the
 * other exports here, each on its line, as an editor shows a doc comment only from the
 * declaration itself.
 */
function view({ entryPoint, title, modules, parts, sharedIn, example, held }) {
  const names = modules.map(({ name }) => name);
  const bases = (type) => [...names.map((name) => `${name}.${type}`), ...(sharedIn.length ? [`${names.at(-1)}.Shared${type}`] : [])].join(', ');
  const unionOf = (type, field, category) => {
    const extra = sharedIn.filter((row) => category === undefined || row[2] === category).map((row) => (field === 0 ? row[0] : quote(row[1])));
    return [...names.map((name) => `${name}.${type}`), ...new Set(extra)].join(' | ');
  };
  // One statement a line: an editor reads a doc comment only at the start of a line (but for declarators).
  const category = (kind, field, what) =>
    ['Success', 'Error', 'Warning'].map((which) => `/** ${what(which.toLowerCase())} */ export type ${which}${kind} = ${unionOf(`${which}${kind}`, field, which.toLowerCase())};`).join('\n');
  const pure = '/* @__PURE__ */';
  const [code, key, , , message] = example;
  // The keys of the example's code, in catalog order: the example's alone unless no error of the entry point has a code of its own.
  const sameCode = `[${held.filter((row) => row[0] === code).map((row) => quote(row[1])).join(', ')}]`;
  const byText = sameCode === `[${quote(key)}]` ? '' : `, { message: ${quote(message)} }`;
  const params = paramsOf(message);
  const args = sample(params);
  const translation = ['…', ...params.map((name) => `{${name}}`)].join(' ');
  const pieces = message.split(/\{([^{}]*)\}/).flatMap((text, i) => (i % 2 ? [`{ param: ${quote(text)}, value: '${/^\d+$/.test(text) ? 1000 + params.indexOf(text) : 'x'}' }`] : text ? [quote(text)] : []));
  const status = `{ errors: [{ code: ${code}, message: ${quote(message)} }] }`;
  // What an editor shows on the export itself (and in completions); a call shows the kit's fuller doc of its signature.
  const doc = {
    find: `Every entry of a code, in catalog order; \`[]\` when the code is unknown or malformed. A filter applies strictly. @example find(${code}).map((entry) => entry.key); // ${sameCode}`,
    resolve: `What a code means, using what else the response says (hints: \`resource\`, \`endpoint\`, \`category\`, \`api\`, \`operation\`, \`message\`): \`resolved\`, \`ambiguous\` (ranked, never a silent pick) or \`unknown\`. @example resolve(${code}${byText}).status; // 'resolved'`,
    match: `The entry a message means, read tolerantly (case, punctuation, spacing, word order, filled placeholders), or \`undefined\`. @example match(${quote(fill(message, params).toUpperCase())})?.entry.key; // ${quote(key)}`,
    readStatuses: `Every status in a Capillary response, resolved: v1.1 \`response.status\`, each \`item_status\` and its warnings; v2 \`errors[]\`, \`warnings[]\`. It never throws. @example readStatuses(${status})[0]?.resolution.status; // 'resolved'`,
    readResponse: `The verdict on a whole response: \`outcome\`, \`ok\`, its items, failures, warnings and statuses, and retry advice; hints add \`httpStatus\` and \`headers\`. It never throws. @example readResponse(${status}, { httpStatus: 400 }).outcome; // 'failure'`,
    format: `The message of a key or an entry, or its translation, with params checked against the template: a missing, extra or mistyped param is a compile error. @example format(${quote(key)}${args}); // ${quote(fill(message, params))}`,
    formatParts: `Like \`format\`, in pieces: template text as strings, inserted values as \`{ param, value }\`. @example formatParts(${quote(key)}${args}); // [${pieces.join(', ')}]`,
    defineMessages: `Checks per-locale wording keyed by entry key for \`format\`'s \`messages\` option: a translation uses exactly its entry's placeholders. @example format(${quote(key)}${args || ', {}'}, { messages: defineMessages({ ${key}: ${quote(translation)} }) }); // ${quote(fill(translation, params))}`,
  };
  const documented = (name, type, make) => `/** ${doc[name]} */ export const ${name}: ${type} = ${pure} ${make};`;
  const guardDoc = (kind, which, value) => {
    const category = which.toLowerCase();
    const holds = !which || category === example[2];
    return `/** Whether a value is a ${kind.toLowerCase()} of this catalog${which ? ` with ${category === 'error' ? 'an' : 'a'} ${category} entry` : ''}${kind === 'Code' ? ' (a number; `parseCode` reads text)' : ''}. @example is${which}${kind}(${value}); // ${holds} */`;
  };
  // Declarators, each with its doc: one statement per line could hold only one doc comment.
  const guards = (kind, type, make, value) =>
    ['', 'Success', 'Error', 'Warning'].map((which) => `${guardDoc(kind, which, value)} is${which}${kind}: ${type}<${which}${kind}> = ${pure} ${make}(lookup${which ? `, '${which.toLowerCase()}'` : ''})`).join(', ');
  return `// Generated by scripts/generate-views.mjs from src/codes/resources.ts and the row files: do not edit; \`npm run generate\` rewrites it, test/packed.test.ts fails while it is stale. One template over src/view-kit.ts, which documents the functions in full.
/** ${title} */
${modules.map(({ name, path }) => `import * as ${name} from '../codes/generated/${path}.js';`).join(' ')}
import { ${[...kitValues, ...kitTypes.map((name) => `type ${name}`)].join(', ')} } from '../view-kit.js';
export { ${[...sharedValues, ...sharedTypes.map((name) => `type ${name}`)].join(', ')} } from '../view-kit.js';
interface Entries extends ${bases('Entries')} {} interface Params extends ${bases('Params')} {} interface Placeholders extends ${bases('Placeholders')} {} interface Keyed { readonly entryPoint: '${entryPoint}'; readonly key: Key; readonly params: Params; readonly placeholders: Placeholders }
/** Every key of this entry point, e.g. \`${quote(key)}\`. Keys are public API and never reused. @example const key: Key = ${quote(key)}; */ export type Key = keyof Entries;
/** Every code, as a union of number literals. @example const code: Code = ${code}; */ export type Code = ${unionOf('Code', 0)};
${category('Key', 1, (which) => `The keys of ${which} entries.`)}
${category('Code', 0, (which) => `The codes with ${which === 'error' ? 'an' : 'a'} ${which} entry.`)}
/** The operations the tables tie success messages to. */ export type Operation = ${names.map((name) => `${name}.Operation`).join(' | ')};
/** One status: a code with one meaning, category and wording, in one resource. @example const entry: Entry | undefined = find(${code})[0]; */ export type Entry = EntryShape<Key, Code, Operation>;
/** The entry of a key, with its literal code, category and message types. */ export type EntryOf<K extends Key> = Entries[K];
/** The message template of a key, as a string literal type. */ export type TemplateOf<K extends Key> = Entries[K]['message'];
/** The params \`format\` needs for a key. */ export type ParamsOf<K extends Key> = PlaceholderArgs<Entries[K]['params'][number]>[0];
/** What \`format\` takes after a key, for a generic helper of your own: its callers' params are checked as \`format\`'s are. @example function fail<K extends ErrorKey>(key: K, ...args: ParamsArgs<K>) { return format(key, ...args); } */ export type ParamsArgs<K extends Key> = ArgsOf<K, Keyed, FormatOptions>;
/** What \`resolve\` made of a code. */ export type Resolution = ResolutionOf<Entry>;
/** The entry \`match\` found for a text. */ export type TextResult = TextResultOf<Entry>;
/** One status found in a response by \`readStatuses\`. */ export type ReadStatus = ReadStatusOf<Entry>;
/** The verdict on a whole response, from \`readResponse\`. */ export type ResponseReading = ResponseReadingOf<Entry>;
/** One item of a batch response, from \`readResponse\`. */ export type ItemReading = ItemReadingOf<Entry>;
/** Per-locale wording keyed by entry key, checked by \`defineMessages\`. */ export type Messages = MessagesOf<Key>;
/** An error of this entry point's catalog; narrowing \`key\` narrows \`code\`. (\`from\` and \`is\` may also give a \`CapillaryErrorWithoutEntry\`.) */ export type CapillaryError<K extends Key = Key> = CapillaryErrorOf<K, Entries>;
const data = ${pure} catalogOf(${parts}), lookup = ${pure} lookupOf<Entry>(data);
/** Every entry, in the order of the published tables, request-level ones first; deeply frozen. Built on first read. @example catalog.filter((entry) => entry.code === ${code}).map((entry) => entry.key); // ${sameCode} */ export const catalog: readonly Entry[] = ${pure} lazyList<Entry>(data);
/** Every entry by key, each with literal types (a prototype-free, frozen object). @example entries.${key}.code; // ${code} */ export const entries: Entries = ${pure} lazyRecord<Entries>(data);
${documented('find', 'FindFn<Entry>', 'finder(lookup)')}
${documented('resolve', 'ResolveFn<Entry>', 'resolver(lookup)')}
${documented('match', 'MatchFn<Entry>', 'matcher(lookup)')}
${documented('readStatuses', 'ReadStatusesFn<Entry>', 'statusesReader(lookup)')}
${documented('readResponse', 'ReadResponseFn<Entry>', 'responseReader(lookup)')}
${documented('format', 'FormatFn<Keyed, string>', 'formatter(data)')}
${documented('formatParts', 'FormatFn<Keyed, Part[]>', 'partsFormatter(data)')}
${documented('defineMessages', 'DefineMessagesFn<Keyed>', 'messagesDefiner(data)')}
/** An Error that carries an entry: throw it in your own code, catch it anywhere, switch on \`key\` or \`code\`. Its message is the entry's, formatted. \`CapillaryError.from(reading)\` builds one for a failed response (its first sure failure's entry, or none), with kind, retry advice, the server's text, path and HTTP status; \`toProblem()\` gives RFC 9457 problem details. The root entry and every view export this same class, so \`instanceof\` holds across them; \`CapillaryError.is(x)\` recognises one from any copy of the package. @example new CapillaryError(${quote(key)}${sample(paramsOf(message))}).code; // ${code} */ export const CapillaryError: CapillaryErrorClass<Keyed, Entries> = ${pure} registered(data);
export const ${guards('Code', 'CodeGuard', 'codeGuard', code)}, ${guards('Key', 'KeyGuard', 'keyGuard', quote(key))};
`;
}

/** `{ [file name]: text }` for every entry point. */
export function generateViews({ resources, rows }) {
  const present = resources.filter((resource) => resource in rows);
  const all = present.flatMap((resource) => rows[resource]);
  const files = {
    'all.ts': view({
      entryPoint: 'capillary-codes',
      title: "The whole Capillary API, every resource's entries, the request-level ones first: what the root entry `capillary-codes` exports; `capillary-codes/<resource>` has the same API for one resource.",
      modules: [{ name: 'all', path: 'index' }],
      parts: 'all.parts',
      sharedIn: [],
      example: exampleOf(present.filter((resource) => resource !== 'api').flatMap((resource) => rows[resource]), all),
      held: all,
    }),
  };
  for (const resource of present.filter((resource) => resource !== 'api')) {
    const sharedIn = present.filter((other) => other !== resource && other !== 'api').flatMap((other) => rows[other].filter((row) => row[5]?.sharedWith?.includes(resource)));
    const name = exportName(resource);
    files[`${resource}.ts`] = view({
      entryPoint: `capillary-codes/${resource}`,
      title: `\`capillary-codes/${resource}\`: the ${resource} resource's codes, and the request-level codes every resource sends; the root entry's API over them alone: a bundle of it carries no other resource's data${sharedIn.length ? ` (but for the ${sharedIn.length} entries other resources share with it)` : ''}.`,
      modules: [{ name: 'api', path: 'api' }, { name, path: resource }],
      parts: `[['api', api.home], ['${resource}', ${name}.home]${sharedIn.length ? `, [undefined, ${name}.sharedIn]` : ''}]`,
      sharedIn,
      example: exampleOf(rows[resource], [...rows.api, ...rows[resource], ...sharedIn]),
      held: [...rows.api, ...rows[resource], ...sharedIn],
    });
  }
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const loaded = await loadRows();
  const files = generateViews(loaded);
  const path = (name) => new URL(name, viewsDir);
  const stale = Object.keys(files).filter((name) => !existsSync(path(name)) || readFileSync(path(name), 'utf8') !== files[name]);
  const orphans = existsSync(viewsDir) ? readdirSync(viewsDir).filter((name) => !(name in files)) : [];
  if (process.argv.includes('--check')) {
    if (stale.length || orphans.length) {
      console.error(`generate-views: stale: ${[...stale, ...orphans].join(', ')}; run \`npm run generate\``);
      process.exit(1);
    }
  } else {
    mkdirSync(viewsDir, { recursive: true });
    for (const name of stale) writeFileSync(path(name), files[name]);
    for (const name of orphans) rmSync(path(name));
    console.log(`generate-views: ${Object.keys(files).length} entry points, ${stale.length} written, ${orphans.length} removed`);
  }
}
