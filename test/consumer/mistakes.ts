// The mistakes people make with the API, one per line, each followed by words its compile
// error must contain (`// error: …`). test/compile-errors.test.ts compiles this file against
// dist with every TypeScript version the README names. Not generated: edit by hand.
import { CapillaryError, defineMessages, format, formatParts, type ErrorKey, type ParamsArgs } from 'capillary-codes/customers';
import * as root from 'capillary-codes';

// A key whose message has placeholders, given no params: the error names them.
format('ADD_CUSTOMER_EXISTS'); // error: ADD_CUSTOMER_EXISTS needs the params {0}
format('SUBSCRIPTION_CHANNEL_UPDATE_FAILED'); // error: SUBSCRIPTION_CHANNEL_UPDATE_FAILED needs the params {x}, {y}
formatParts('DATE_IN_PAST'); // error: DATE_IN_PAST needs the params {x}
new CapillaryError('ADD_CUSTOMER_EXISTS'); // error: ADD_CUSTOMER_EXISTS needs the params {0}
// Some of the params.
format('SUBSCRIPTION_CHANNEL_UPDATE_FAILED', { x: 'SMS' }); // error: Property 'y' is missing

// A key that is none: the error says so, and names the key meant when one stands out.
format('CUSTOMER_NOT_FOUND_FOR_ORGG'); // error: CUSTOMER_NOT_FOUND_FOR_ORGG is not a key of capillary-codes/customers; did you mean CUSTOMER_NOT_FOUND_FOR_ORG?
format('CUSTOMER_NOT_FOUND_FOR_OR'); // error: CUSTOMER_NOT_FOUND_FOR_OR is not a key of capillary-codes/customers; did you mean CUSTOMER_NOT_FOUND_FOR_ORG?
format('CUSTMER_NOT_FOUND_FOR_ORG'); // error: CUSTMER_NOT_FOUND_FOR_ORG is not a key of capillary-codes/customers; did you mean CUSTOMER_NOT_FOUND_FOR_ORG?
format('NOTHING_LIKE_IT'); // error: NOTHING_LIKE_IT is not a key of capillary-codes/customers
new CapillaryError('ADD_CUSTOMER_EXISTSS', { 0: 42 }); // error: ADD_CUSTOMER_EXISTSS is not a key of capillary-codes/customers; did you mean ADD_CUSTOMER_EXISTS?
// Another resource's key in a resource view; the root holds it.
format('TRANSACTION_ADDED'); // error: TRANSACTION_ADDED is not a key of capillary-codes/customers
root.format('CUSTOMER_NOT_FOUND_FOR_ORGG'); // error: CUSTOMER_NOT_FOUND_FOR_ORGG is not a key of capillary-codes; did you mean CUSTOMER_NOT_FOUND_FOR_ORG?

// A param the message does not have: the error names it.
format('DATE_IN_PAST', { x: 'startDate', y: 'endDate' }); // error: 'y' does not exist in type '{ readonly x: ParamValue; }'
// Params for a message without placeholders: the type says it has none.
format('CUSTOMER_NOT_FOUND_FOR_ORG', { x: 'startDate' }); // error: 'x' does not exist in type 'NoPlaceholders'
// A value that is no param value.
format('ADD_CUSTOMER_EXISTS', { 0: true }); // error: Type 'boolean' is not assignable to type 'ParamValue'

// Translations: the placeholders the entry has, named; other tools' syntaxes, named.
defineMessages({ DATE_IN_PAST: '{y} ne peut pas être une date passée.' }); // error: the translation of DATE_IN_PAST must use exactly {x}
defineMessages({ DATE_IN_PAST: 'ne peut pas être une date passée.' }); // error: the translation of DATE_IN_PAST must use exactly {x}
defineMessages({ INVALID_MOBILE: 'Mobile {0} invalide' }); // error: the translation of INVALID_MOBILE must use exactly no placeholders
defineMessages({ DATE_IN_PAST: '{{x}} ne peut pas être une date passée.' }); // error: the translation of DATE_IN_PAST uses i18next's {{x}}: the catalog writes placeholders {x}
defineMessages({ DATE_IN_PAST: '{x, select, other {x}} ne peut pas être une date passée.' }); // error: the translation of DATE_IN_PAST uses ICU MessageFormat's {x, …}: the catalog writes placeholders {x}
defineMessages({ NOT_A_KEY: 'x' }); // error: NOT_A_KEY is not a key of capillary-codes/customers

// A helper of your own, generic over the keys (ParamsArgs): it compiles, and its callers are checked.
function fail<K extends ErrorKey>(key: K, ...args: ParamsArgs<K>): string {
  return format(key, ...args);
}
fail('ADD_CUSTOMER_EXISTS'); // error: Expected 2-3 arguments, but got 1.
fail('SUBSCRIPTION_CHANNEL_UPDATE_FAILED', { x: 'SMS' }); // error: Property 'y' is missing
fail('DATE_IN_PAST', { x: 'startDate', y: 'endDate' }); // error: 'y' does not exist in type '{ readonly x: ParamValue; }'
fail('CUSTOMER_NOT_FOUND_FOR_ORG', { x: 'startDate' }); // error: 'x' does not exist in type 'NoPlaceholders'
fail('CUSTOMER_NOT_FOUND_FOR_ORGG'); // error: Argument of type '"CUSTOMER_NOT_FOUND_FOR_ORGG"' is not assignable to parameter of type 'ErrorKey'
fail('CUSTOMER_REGISTERED'); // error: Argument of type '"CUSTOMER_REGISTERED"' is not assignable to parameter of type 'ErrorKey'

// What is right compiles: these lines have no error.
format('ADD_CUSTOMER_EXISTS', { 0: 42 });
format('CUSTOMER_NOT_FOUND_FOR_ORG', {}, { escape: 'html' });
defineMessages({ DATE_IN_PAST: '{x} ne peut pas être une date passée.', INVALID_MOBILE: 'Mobile invalide' });
root.format('TRANSACTION_ADDED');
fail('ADD_CUSTOMER_EXISTS', { 0: 4211 });
fail('CUSTOMER_NOT_FOUND_FOR_ORG');
