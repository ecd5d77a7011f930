#!/usr/bin/env node
// The translation workflow, end to end:
//
//   1. Export the English wording, keyed by entry key:
//        npx capillary-codes export --format json > messages.en.json
//      (--format i18next writes {{x}} placeholders; --format icu writes ICU MessageFormat.)
//   2. Translate the values. Keep each placeholder ({x}, {0}) as it is; leave out any key you
//      do not translate, and it keeps its English wording.
//   3. Load the translation with defineMessages, which checks every placeholder.
//   4. Format with { messages }, or ask userMessage for the text to show: the translation where
//      the status is known for sure, the server's own words (or your fallback) where it is not.
//
//   node examples/translate.mjs [messages.fr.json]
import { readFileSync } from 'node:fs';
import { defineMessages, format, resolve, userMessage } from 'capillary-codes';

const file = process.argv[2] ?? new URL('./messages.fr.json', import.meta.url);
const fr = defineMessages(JSON.parse(readFileSync(file, 'utf8')));

console.log(format('DATE_IN_PAST', { x: 'startDate' }, { messages: fr }));
console.log(format('SUBSCRIPTION_CHANNEL_UPDATE_FAILED', { x: 'SMS', y: 'HIGH' }, { messages: fr }));
console.log(format('INSTORE_PROFILE_MISSING', {}, { messages: fr }));
// Not translated in the file: the English wording.
console.log(format('CUSTOMER_STATUS_GET_FAILED', {}, { messages: fr }));

// A status from a customers response, shown in French with the values the server put in its
// text. Pass the resource you called: a v2 body does not say it, and many codes mean other things
// in other resources (8005 is also a rewards error).
const status = resolve(8006, { resource: 'customers', message: 'Add failed, Customer already exists with id 42 for same source' });
console.log(userMessage(status, { messages: fr }));
// 1300 without a text is one of two entries: no translation is picked for a tie.
console.log(userMessage(resolve(1300), { messages: fr, fallback: 'Une erreur est survenue.' }));

// A translation that drops or renames a placeholder is refused, naming the key.
try {
  defineMessages(JSON.parse('{ "DATE_IN_PAST": "{date} ne peut pas être une date passée." }'));
} catch (error) {
  console.log(`refused: ${error.message}`);
}
