import { describe, expect, it } from 'vitest';
import * as root from 'capillary-codes';
import * as customers from 'capillary-codes/customers';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import readme from '../README.md?raw';
import contributing from '../CONTRIBUTING.md?raw';
import reference from '../docs/REFERENCE.md?raw';
import results from '../bench/results.json';

/** Keeps the README, CONTRIBUTING.md and docs/REFERENCE.md in step with the code, as Node's errors.js keeps its docs. */

const repository = fileURLToPath(new URL('..', import.meta.url));
const linksOf = (text: string) => [...text.matchAll(/\]\(([^)#][^)]*)\)/g)].map((found) => found[1]!);
/** The file of the repository an absolute link names on GitHub's `main`, or `undefined` for another address. */
const inRepository = (target: string) => /^https:\/\/github\.com\/capillary-codes\/capillary-codes\/(?:blob|tree)\/main\/([^#?]+)/.exec(target)?.[1];
const existsInRepository = (path: string) => existsSync(new URL(`../${path}`, import.meta.url));

function section(title: string, text = reference): string {
  const start = text.indexOf(`\n## ${title}\n`);
  expect(start, `section "${title}"`).toBeGreaterThan(-1);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

/** The cells of a section's table rows whose first cell starts with a digit. */
const rowsOf = (text: string) =>
  text
    .split('\n')
    .filter((line) => /^\| \d/.test(line))
    .map((line) => line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()));

const keysIn = (cell: string) => [...cell.matchAll(/`([A-Z0-9_]+)`/g)].map((found) => found[1]!);

describe('README', () => {
  it('says what resolve answers for the codes it lists across resources, and lists exactly their entries', () => {
    const rows = rowsOf(section('Codes across resources'));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const [code, listed, alone, hinted] of rows) {
      const entries = root.find(Number(code));
      for (const part of listed!.split('; ')) {
        const [resource, keys] = part.split(': ') as [root.Resource, string];
        expect(keysIn(keys), `${code} in ${resource}`).toEqual(entries.filter((entry) => entry.resource === resource).map((entry) => entry.key));
      }
      expect(new Set(entries.map((entry) => entry.resource)).size, code).toBe(listed!.split('; ').length);
      expect(root.resolve(Number(code)).status, code).toBe(alone);
      for (const part of hinted!.split('; ')) {
        const [resource, answer] = part.split(' → ') as [root.Resource, string];
        const resolution = root.resolve(Number(code), { resource });
        expect(resolution.status === 'resolved' ? `\`${resolution.entry.key}\`` : resolution.status, `${code} with ${resource}`).toBe(answer);
      }
    }
  });

  it('states what resolve says for every duplicated code of capillary-codes/customers, and lists exactly its entries', () => {
    const rows = rowsOf(section('Duplicate codes in customers'));
    const documented = new Set<number>();
    for (const [codes, listed, statuses] of rows) {
      const codeList = codes!.split(',').map((code) => Number(code.trim()));
      for (const code of codeList) documented.add(code);
      expect(codeList.flatMap((code) => customers.find(code).map((entry) => entry.key)).sort(), codes).toEqual(keysIn(listed!).sort());
      const expected = statuses!.split('; ');
      codeList.forEach((code, i) => expect(customers.resolve(code).status, String(code)).toBe(expected[Math.min(i, expected.length - 1)]));
    }
    const duplicated = [...new Set(customers.catalog.map((entry) => entry.code))].filter((code) => customers.find(code).length > 1);
    for (const code of duplicated) expect(documented, `code ${code}`).toContain(code);
  });

  it('documents every export of the root entry in its API section', () => {
    const api = section('API');
    for (const name of Object.keys(root)) expect(api, name).toContain(`\`${name}`);
  });

  it('shows the figures of bench/results.json in "Performance"', () => {
    const performance = section('Performance');
    const measured = (ratio: number, kind: string) => `${ratio.toFixed(ratio < 10 ? 2 : 1)}x ${kind === 'throughput' ? 'throughput' : 'the time'}`;
    for (const result of [...results.targets, ...results.references].filter((result) => 'ratio' in result && result.ratio !== undefined)) {
      expect(performance, result.figure).toContain(`| ${result.figure.replace(/\|/g, '\\|')} | ${measured(result.ratio!, result.kind)} |`);
    }
    expect(results.targets.every((result) => result.pass)).toBe(/every target holds/.test(performance));
  });

  it('links from docs/REFERENCE.md only to absolute addresses, and each file of the repository it links exists', () => {
    const targets = linksOf(reference);
    expect(targets.filter((target) => !/^https:\/\//.test(target))).toEqual([]);
    for (const target of targets) {
      const path = inRepository(target);
      if (path !== undefined) expect(existsInRepository(path), target).toBe(true);
    }
  });

  it('links, from the npm page too, only to files the package ships or to files of the repository on GitHub', () => {
    // What the registry page can reach by a relative link: the files of the tarball.
    const packed = JSON.parse(execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repository, encoding: 'utf8' })) as {
      files: { path: string }[];
    }[];
    const shipped = new Set(packed[0]!.files.map((file) => file.path));
    expect(shipped).toContain('CHANGELOG.md');
    const targets = linksOf(readme);
    expect(targets.length).toBeGreaterThan(5);
    for (const target of targets) {
      if (/^https:\/\//.test(target)) {
        const path = inRepository(target);
        if (path !== undefined) expect(existsInRepository(path), target).toBe(true);
      } else {
        expect(shipped.has(target.replace(/[#?].*$/, '')), `${target} is not in the tarball: link it as https://github.com/capillary-codes/capillary-codes/blob/main/…`).toBe(true);
      }
    }
  });

  it('names the two commands of a clean clone in "Develop", and no other contributor command anywhere', () => {
    const develop = section('Develop', readme);
    expect(develop).toContain('npm ci && npm start');
    expect(develop).toContain('npm ci && npm test');
    const outsideDevelop = readme.replace(develop, '');
    expect(outsideDevelop).not.toMatch(/npm (ci|run|test|start)\b/);
  });

  it('holds no budgets, no issue talk and no counts that move with the data', () => {
    expect(readme).not.toMatch(/budget|not met|issue \d/i);
    // A number of entries, resources, statuses or files belongs in docs/METRICS.md.
    expect(readme).not.toMatch(/\b\d[\d,]* (entries|resources|statuses|files|codes|errors|more)\b/);
  });

  it('stays a README for users: at most 300 lines', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(300);
  });
});

describe('CONTRIBUTING.md', () => {
  it('names only commands package.json has', () => {
    const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    const named = [...contributing.matchAll(/npm run ([\w:-]+)/g)].map((found) => found[1]!);
    expect(named).toEqual(expect.arrayContaining(['generate', 'fuzz', 'bench']));
    for (const name of named) expect(scripts, name).toHaveProperty(name);
    expect(contributing).toContain('npm ci && npm test');
  });

  it('links only to files of the repository that exist', () => {
    const targets = linksOf(contributing);
    expect(targets.length).toBeGreaterThan(3);
    for (const target of targets) {
      const path = /^https:\/\//.test(target) ? inRepository(target) : target.replace(/[#?].*$/, '');
      if (path !== undefined) expect(existsInRepository(path), target).toBe(true);
    }
  });

  it('names files that exist', () => {
    const paths = [...contributing.matchAll(/`((?:src|scripts|test|docs|bench|examples)\/[\w./-]+)`/g)].map((found) => found[1]!);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) expect(existsInRepository(path), path).toBe(true);
  });
});
