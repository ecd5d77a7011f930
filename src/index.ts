export * from './views/all.js';
export { apis, kinds, resources, type Api, type Kind, type Resource } from './codes/resources.js';
export type { Category } from './codes/row.js';
export type { CapillaryErrorOptions } from './errors.js';
export type { FormatArgs, FormatOptions, Part } from './format.js';
export type { Filter, MatchHints, ResolveHints, TextMatch } from './lookup.js';
export type { CheckedTranslations, PlaceholderMismatch } from './messages.js';
export type { ReadHints } from './read.js';
export type { LooseParams, NoParams, ParamName, Params, ParamValue } from './template.js';
