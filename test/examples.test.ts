import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { defineMessages, entries } from 'capillary-codes';
import { MessageText } from '../examples/MessageText.js';

const example = (name: string) => fileURLToPath(new URL(`../examples/${name}`, import.meta.url));
const payload = (name: string) =>
  JSON.stringify((JSON.parse(readFileSync(new URL(`./fixtures/payloads/${name}`, import.meta.url), 'utf8')) as { payload: unknown }).payload);

interface Rendered {
  type: unknown;
  props: { children?: unknown; 'data-key'?: string; 'data-param'?: string };
}

describe('examples/MessageText.tsx', () => {
  it('renders template text as strings and each value in its own <strong>', () => {
    const element = MessageText({ entry: entries.CARD_ACTIONS_NOT_ALLOWED, params: { 0: 'BLOCKED' } }) as ReactElement as unknown as Rendered;
    expect(element.type).toBe('span');
    expect(element.props['data-key']).toBe('CARD_ACTIONS_NOT_ALLOWED');
    const [before, value, after] = element.props.children as [string, Rendered, string];
    expect(before).toBe('Card is ');
    expect(value.type).toBe('strong');
    expect(value.props).toEqual({ 'data-param': '0', children: 'BLOCKED' });
    expect(after).toBe(', not allowed to do any further actions');
  });

  it('passes markup in a value through as text, for React to escape', () => {
    const element = MessageText({ entry: entries.DATE_IN_PAST, params: { x: '<img src=x onerror=alert(1)>' } }) as unknown as Rendered;
    const [value] = element.props.children as [Rendered];
    expect(value.props.children).toBe('<img src=x onerror=alert(1)>');
  });

  it('renders a translation', () => {
    const messages = defineMessages({ DATE_IN_PAST: '{x} ne peut pas être une date passée.' });
    const element = MessageText({ entry: entries.DATE_IN_PAST, params: { x: 'startDate' }, messages }) as unknown as Rendered;
    expect((element.props.children as unknown[])[1]).toBe(' ne peut pas être une date passée.');
  });
});

describe('examples/read-response.mjs', () => {
  const run = (args: string[], input?: string) =>
    spawnSync(process.execPath, [example('read-response.mjs'), ...args], { encoding: 'utf8', ...(input === undefined ? {} : { input }) });

  it('explains a v1.1 response read from stdin', () => {
    const result = run(['-'], payload('v11-get-batch-mixed.json'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('response.customers.customer.0.item_status: success 1000');
    expect(result.stdout).toContain('CUSTOMER_RETRIEVED: Customer retrieved successfully.');
    expect(result.stdout).toContain('CUSTOMER_NOT_FOUND_FOR_ORG');
    expect(result.stdout).toContain('response.status: success 200');
  });

  it('explains a v2 response: params read, ambiguity said', () => {
    const exists = run(['-'], payload('v2-add-exists-with-id.json'));
    expect(exists.stdout).toMatch(/ADD_CUSTOMER_EXISTS: Add failed, Customer already exists with id \d+ for same source/);
    const ambiguous = run(['-'], payload('v2-lookup-8011-no-message.json'));
    expect(ambiguous.stdout).toContain('ambiguous, best first: LOOKUP_INVALID_SOURCE, LOOKUP_INVALID_SOURCE_ACCOUNT');
  });

  it('reads its sample when nothing is piped, and refuses what is not JSON', () => {
    expect(run([], '').stdout).toContain('SAME_CUSTOMER_MERGING');
    const broken = run(['-'], '{');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^read-response: cannot read a JSON response/);
  });
});

describe('examples/translate.mjs', () => {
  it('exports, translates, loads back and formats', () => {
    const result = spawnSync(process.execPath, [example('translate.mjs')], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toEqual([
      'startDate ne peut pas être une date passée.',
      "Échec de la mise à jour de l'abonnement pour le canal SMS et la priorité HIGH.",
      "Impossible de créer le profil : le profil en magasin n'existe pas",
      'Customer status get failed',
      "Ajout impossible : un client existe déjà avec l'identifiant 42 pour la même source",
      'refused: defineMessages: the translation of DATE_IN_PAST must use exactly {x}, got {date}',
      '',
    ]);
  });

  it('its French file loads with defineMessages', () => {
    const french = JSON.parse(readFileSync(example('messages.fr.json'), 'utf8')) as Record<string, string>;
    expect(() => defineMessages(french)).not.toThrow();
  });
});
