import { describe, expect, it } from 'vitest';
import * as root from 'capillary-codes';
import { find, resolve } from 'capillary-codes';
import readme from '../README.md?raw';

/** Keeps the README in step with the code, as Node's errors.js keeps its docs. */

function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  expect(start, `README section "${title}"`).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('README', () => {
  it('states what resolve says for every duplicated code, and lists exactly its entries', () => {
    const rows = section('Duplicate codes')
      .split('\n')
      .filter((line) => /^\| \d/.test(line))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    expect(rows.length).toBeGreaterThan(10);
    const documented = new Set<number>();
    for (const [, codes, listed, status] of rows) {
      const keys = [...listed!.matchAll(/`([A-Z0-9_]+)`/g)].map((found) => found[1]);
      const codeList = codes!.split(',').map((code) => Number(code.trim()));
      for (const code of codeList) documented.add(code);
      expect(codeList.flatMap((code) => find(code).map((entry) => entry.key)).sort(), codes).toEqual([...keys].sort());
      for (const code of codeList) expect(resolve(code).status, codes).toBe(status);
    }
    const duplicated = [...new Set(root.catalog.map((entry) => entry.code))].filter((code) => find(code).length > 1);
    for (const code of duplicated) expect(documented, `code ${code}`).toContain(code);
  });

  it('documents every export of the root entry in its API section', () => {
    const api = section('API');
    for (const name of Object.keys(root)) expect(api, name).toContain(`\`${name}`);
  });

  it('names both commands of the quick start', () => {
    const quickStart = section('Quick start');
    expect(quickStart).toContain('npm ci && npm start');
    expect(quickStart).toContain('npm ci && npm test');
  });
});
