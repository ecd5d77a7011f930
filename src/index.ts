export * from './views/all.js';
export { apis, kinds, resources } from './codes/resources.js';
export { icuParams } from './i18n.js';
export type { ArgsOf, CheckedTranslations, KeyOrEntry, MissingParams, NotAKey, PlaceholderArgs } from './key-types.js';
