export {
  catalog,
  entries,
  type Api,
  type Category,
  type Code,
  type Entry,
  type EntryOf,
  type ErrorCode,
  type Key,
  type Operation,
  type ParamsOf,
  type SuccessCode,
  type TemplateOf,
  type WarningCode,
} from './codes/index.js';
export { CapillaryError, type CapillaryErrorOptions } from './errors.js';
export type { FormatArgs, FormatOptions, Messages, Part } from './format.js';
export {
  find,
  isCode,
  isErrorCode,
  isKey,
  isSuccessCode,
  isWarningCode,
  match,
  parseCode,
  resolve,
  type Filter,
  type MatchHints,
  type ResolveHints,
  type Resolution,
  type TextMatch,
  type TextResult,
} from './lookup.js';
export { defineMessages, format, formatParts, type CheckedTranslations, type PlaceholderMismatch } from './messages.js';
export type { NoParams, ParamName, Params, ParamValue, LooseParams } from './template.js';
