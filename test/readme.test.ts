import { describe, expect, it } from 'vitest';
import * as root from 'capillary-codes';
import * as customers from 'capillary-codes/customers';
import { existsSync } from 'node:fs';
import readme from '../README.md?raw';
import reference from '../docs/REFERENCE.md?raw';
import results from '../bench/results.json';

/** Keeps the README and docs/REFERENCE.md in step with the code, as Node's errors.js keeps its docs. */

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

  it('names both commands of the development section', () => {
    const quickStart = section('Development', readme);
    expect(quickStart).toContain('npm ci && npm start');
    expect(quickStart).toContain('npm ci && npm test');
  });

  it('links only to absolute addresses, which work on the registry page too, and each file of the repository it links exists', () => {
    for (const text of [readme, reference]) {
      const targets = [...text.matchAll(/\]\(([^)#][^)]*)\)/g)].map((found) => found[1]!);
      expect(targets.filter((target) => !/^https:\/\//.test(target))).toEqual([]);
      for (const target of targets) {
        const inRepository = /^https:\/\/github\.com\/capillary-codes\/capillary-codes\/(?:blob|tree)\/main\/([^#?]+)/.exec(target);
        if (inRepository) expect(existsSync(new URL(`../${inRepository[1]}`, import.meta.url)), target).toBe(true);
      }
    }
  });

  it('stays a README for users: at most 300 lines', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(300);
  });
});
