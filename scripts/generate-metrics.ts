/**
 * Writes docs/METRICS.md: the counts of the catalog and the figures measured on it, which the
 * README and docs/REFERENCE.md no longer repeat, so that adding a code changes neither.
 * `npm run generate` bundles this file with esbuild and runs it; it needs no build: what it
 * measures, it builds from src itself (scripts/measure.ts). Each
 * section comes from one function here, and the test that keeps it true renders it again
 * from what it measures itself: test/docs.test.ts (the counts, the samples),
 * test/size.test.ts (sizes), test/typecheck-budget.test.ts (type-check cost); and
 * test/published.test.ts judges the samples on its own.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { kinds, resources, type Category, type Entry, type Resource } from 'capillary-codes';
import type { Endpoint } from 'capillary-codes/endpoints';
import { origins } from '../src/codes/resources.js';
import { sizeBundles, type Bundle, type ConsumerName, type SizeBundle } from './measure.js';
import { sampleFolders, type SampleFigures, type SampleFolder } from './sample-figures.js';

const number = (n: number) => n.toLocaleString('en-US');
const bytes = (n: number) => `${number(n)} B`;
const kilobytes = (n: number) => (n >= 1024 ? `${(n / 1024).toFixed(1)} KB (${bytes(n)})` : bytes(n));
const nameOf = (resource: Resource) => (resource === 'api' ? 'request-level (`api`)' : resource);
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

/** What a resource's view holds: its own entries, those shared with it, and the request-level ones. */
const holds = (resource: Resource, entry: Entry) => entry.resource === resource || entry.resource === 'api' || (entry.sharedWith?.includes(resource) ?? false);

function entriesSection(catalog: readonly Entry[]): string[] {
  const count = (category: Category, some = catalog) => some.filter((entry) => entry.category === category).length;
  const codes = new Set(catalog.map((entry) => entry.code));
  const lines = [
    '## Entries',
    '',
    `${number(catalog.length)} entries (${number(count('success'))} success, ${number(count('error'))} error, ${number(count('warning'))} warning) in ${resources.length - 1} resources and the request-level codes; ${number(codes.size)} codes. A view holds its resource's entries, those shared with it and the request-level ones ([every entry, one page per resource](CODES.md)).`,
    '',
    '| Resource | Entries | Success | Error | Warning | In its view |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const resource of resources) {
    const own = catalog.filter((entry) => entry.resource === resource);
    const view = resource === 'api' ? 'every view' : number(catalog.filter((entry) => holds(resource, entry)).length);
    lines.push(`| ${nameOf(resource)} | ${number(own.length)} | ${count('success', own)} | ${count('error', own)} | ${count('warning', own)} | ${view} |`);
  }
  return lines;
}

function kindsSection(catalog: readonly Entry[]): string[] {
  const failures = catalog.filter((entry) => entry.category !== 'success');
  const byKind = kinds
    .map((kind) => ({ kind, all: failures.filter((entry) => entry.kind === kind) }))
    .sort((a, b) => b.all.length - a.all.length);
  return [
    '## Kinds',
    '',
    `Of the ${number(failures.length)} errors and warnings, ${failures.filter((entry) => entry.retryable).length} retryable ([the rules](DATA.md#error-kinds)):`,
    '',
    '| Kind | Entries | Retryable |',
    '| --- | ---: | ---: |',
    ...byKind.map(({ kind, all }) => `| \`${kind}\` | ${all.length} | ${all.filter((entry) => entry.retryable).length} |`),
  ];
}

function audiencesSection(catalog: readonly Entry[]): string[] {
  const of = (audience: Entry['audience']) => catalog.filter((entry) => entry.audience === audience).length;
  return [
    '## Audiences',
    '',
    'Whose wording it is ([the rules](DATA.md#audience)): `userMessage` shows a `developer` entry only when asked.',
    '',
    '| Audience | Entries |',
    '| --- | ---: |',
    `| \`user\` | ${number(of('user'))} |`,
    `| \`developer\` | ${number(of('developer'))} |`,
  ];
}

const originWords: Record<(typeof origins)[number], string> = {
  table: "a resource's status table",
  page: "an endpoint's page only",
  sample: 'a sample response only',
};

function originsSection(catalog: readonly Entry[]): string[] {
  return [
    '## Origins',
    '',
    'Where an entry comes from ([docs and origin](DATA.md#docs-and-origin)):',
    '',
    '| Origin | Entries | From |',
    '| --- | ---: | --- |',
    ...origins.map((origin) => `| \`${origin}\` | ${number(catalog.filter((entry) => entry.origin === origin).length)} | ${originWords[origin]} |`),
  ];
}

function sharedCodesSection(catalog: readonly Entry[]): string[] {
  const resourcesOf = new Map<number, Set<Resource>>();
  const entriesOf = new Map<number, number>();
  for (const entry of catalog) {
    entriesOf.set(entry.code, (entriesOf.get(entry.code) ?? 0) + 1);
    if (entry.resource !== 'api') resourcesOf.set(entry.code, (resourcesOf.get(entry.code) ?? new Set()).add(entry.resource));
  }
  const across = [...resourcesOf.values()].filter((set) => set.size > 1).length;
  const several = [...entriesOf.values()].filter((count) => count > 1).length;
  return [
    '## Codes with several entries',
    '',
    `${number(several)} codes have more than one entry; ${number(across)} of them are used by two or more resources (request-level entries aside), which the resource hint or a view tells apart (\`test/collisions.test.ts\`).`,
  ];
}

function endpointsSection(endpoints: readonly Endpoint[]): string[] {
  const present = resources.filter((resource) => endpoints.some((endpoint) => endpoint.resource === resource));
  const codes = (some: readonly Endpoint[]) => some.reduce((sum, endpoint) => sum + endpoint.codes.length, 0);
  return [
    '## Endpoints',
    '',
    `\`capillary-codes/endpoints\`: ${number(endpoints.length)} documented requests in ${present.length} resources, documenting ${number(codes(endpoints))} codes.`,
    '',
    '| Resource | Requests | Codes documented |',
    '| --- | ---: | ---: |',
    ...present.map((resource) => {
      const some = endpoints.filter((endpoint) => endpoint.resource === resource);
      return `| ${nameOf(resource)} | ${some.length} | ${codes(some)} |`;
    }),
  ];
}

function tablesSection(tableFiles: number): string[] {
  return ['## Sources', '', `${tableFiles} status tables, kept verbatim in \`test/fixtures/tables/\`: every row an entry's wording, or an exception with its reason (\`test/tables.test.ts\`).`];
}

/** The number of table files a `Sources` section counts: test/fixtures/tables/, its README aside. */
export function tableFileCount(): number {
  return readdirSync(new URL('../test/fixtures/tables/', import.meta.url)).filter((name) => name !== 'README.md').length;
}

/**
 * The sections of docs/METRICS.md that count the data: entries, kinds, audiences, origins, codes
 * with several entries, endpoints, sources.
 * @example
 * countsSections(catalog, endpoints, tableFileCount()); // '## Entries\n\n1,467 entries …'
 */
export function countsSections(catalog: readonly Entry[], endpoints: readonly Endpoint[], tableFiles: number): string {
  return [entriesSection(catalog), kindsSection(catalog), audiencesSection(catalog), originsSection(catalog), sharedCodesSection(catalog), endpointsSection(endpoints), tablesSection(tableFiles)]
    .map((lines) => `${lines.join('\n')}\n`)
    .join('\n');
}

/**
 * The sentence of docs/METRICS.md "Published samples" for one folder; test/published.test.ts
 * looks for the same sentence, from its own judgement.
 * @example
 * sampleSentence('published', sampleFigures('published'));
 */
export function sampleSentence(folder: SampleFolder, figures: SampleFigures): string {
  return (
    `${sampleFolders[folder]} (${figures.files} files): ` +
    `${figures.found} of ${figures.statuses} statuses found at their paths with their codes; ${figures.right} (${percent(figures.right, figures.statuses)}) resolved sure to the right entry, ` +
    `${figures.tabledRight} of the ${figures.tabled} of resources with a status table (${percent(figures.tabledRight, figures.tabled)}); ${figures.notSure} not sure, ${figures.wrong} wrong.`
  );
}

/**
 * docs/METRICS.md "Published samples".
 * @example
 * samplesSection({ published: sampleFigures('published'), docs: sampleFigures('docs') });
 */
export function samplesSection(figures: Readonly<Record<SampleFolder, SampleFigures>>): string {
  return [
    '## Published samples',
    '',
    "The sample responses Capillary's documentation prints, each read with the resource and request a caller would pass; a status is right when its message is a wording of the entry it resolved to, judged apart from the resolver (`test/published.test.ts`):",
    '',
    ...(Object.keys(sampleFolders) as SampleFolder[]).map((folder) => `- ${sampleSentence(folder, figures[folder])}`),
    '',
  ].join('\n');
}

/**
 * docs/METRICS.md "Size", from the bundles of scripts/measure.ts.
 * @example
 * sizeSection(await measureSizes(), catalog.length);
 */
export function sizeSection(sizes: Readonly<Record<SizeBundle, Bundle>>, entries: number): string {
  const listed = (Object.keys(sizeBundles) as SizeBundle[]).filter((name) => !('unlisted' in sizeBundles[name]));
  const row = (name: SizeBundle) => {
    const perEntry = name === 'whole' ? `: ${number(entries)} entries and every function, ${(sizes.whole.gzipped / entries).toFixed(1)} B per entry` : '';
    return `| ${sizeBundles[name].what} | ${kilobytes(sizes[name].gzipped)}${perEntry} | ${bytes(sizes[name].minified)} |`;
  };
  return [
    '## Size',
    '',
    'What an app ships: esbuild, minified, ESM, browser, then gzip -9, bundled from src (`scripts/measure.ts`). The built package, which `test/size.test.ts` holds to its budgets, comes within 2% of these figures.',
    '',
    '| Bundle | gzip | minified |',
    '| --- | ---: | ---: |',
    ...listed.map(row),
    '',
  ].join('\n');
}

/** The programs of docs/METRICS.md "Type-check cost", as its table names them. */
export const typecheckPrograms: Readonly<Record<ConsumerName, string>> = {
  customers: "0.1's consumer, against `capillary-codes/customers`",
  'whole-api': 'the same program over the whole API (the root)',
};

/**
 * docs/METRICS.md "Type-check cost": TypeScript 5.9's instantiations for each consumer program,
 * measured on the sources whose fingerprint it records.
 * @example
 * typecheckSection(await measureTypecheck(catalogs, 'src'), { customers: 312, 'whole-api': 1467 }, typecheckFingerprint());
 */
export function typecheckSection(instantiations: Readonly<Record<ConsumerName, number>>, entries: Readonly<Record<ConsumerName, number>>, fingerprint: string): string {
  const what = typecheckPrograms;
  return [
    '## Type-check cost',
    '',
    "A program that formats every entry by key, switches exhaustively over `Key` and over `Code` and reads `resolve` results (`scripts/generate-consumer.mjs`), type-checked with TypeScript 5.9 `--extendedDiagnostics` against the declarations tsc emits from src. Against the built package's declarations, which `test/typecheck-budget.test.ts` holds to its budgets, the figures come within 1%.",
    '',
    '| Program | Entries | Instantiations | Per entry |',
    '| --- | ---: | ---: | ---: |',
    ...(Object.keys(what) as ConsumerName[]).map((name) => `| ${what[name]} | ${number(entries[name])} | ${number(instantiations[name])} | ${(instantiations[name] / entries[name]).toFixed(1)} |`),
    '',
    `Measured on the sources of fingerprint \`${fingerprint}\` (\`typecheckFingerprint\` in \`scripts/measure.ts\`): a change to them leaves these figures stale, and the test fails until \`npm run generate\`.`,
    '',
  ].join('\n');
}

/** The title and the sections' order of docs/METRICS.md. */
export const metricsHeader = [
  '_Generated by `scripts/generate-metrics.ts` (`npm run generate`): do not edit by hand._',
  '',
  '# Metrics',
  '',
  'The counts of the catalog and what it costs an app, as of this commit. Each section names the test that keeps it true.',
  '',
].join('\n');

/**
 * docs/METRICS.md from its sections.
 * @example
 * writeFileSync('docs/METRICS.md', metricsDocument([countsSections(...), samplesSection(...), sizeSection(...), typecheckSection(...)]));
 */
export function metricsDocument(sections: readonly string[]): string {
  return `${metricsHeader}\n${sections.join('\n').trimEnd()}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { catalog } = await import('capillary-codes');
  const { catalog: customers } = await import('capillary-codes/customers');
  const { endpoints } = await import('capillary-codes/endpoints');
  const { measureSizes, measureTypecheck, typecheckFingerprint } = await import('./measure.js');
  const { sampleFigures } = await import('./sample-figures.js');
  const [sizes, typecheck] = await Promise.all([measureSizes('src'), measureTypecheck({ 'capillary-codes': catalog, 'capillary-codes/customers': customers }, 'src')]);
  const text = metricsDocument([
    countsSections(catalog, endpoints, tableFileCount()),
    samplesSection({ published: sampleFigures('published'), docs: sampleFigures('docs') }),
    sizeSection(sizes, catalog.length),
    typecheckSection(typecheck, { customers: customers.length, 'whole-api': catalog.length }, typecheckFingerprint()),
  ]);
  const target = fileURLToPath(new URL('../docs/METRICS.md', import.meta.url));
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
