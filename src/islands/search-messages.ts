import type { Messages } from '../i18n/en';

/**
 * The UI strings the search island shows. The page passes just these, in the reader's language,
 * so the browser never downloads the strings of the whole site in every language.
 */
export const SEARCH_MESSAGE_KEYS = [
  'col.criticalNc',
  'col.factory',
  'col.findingsOf',
  'col.id',
  'col.parent',
  'col.province',
  'col.status',
  'requirement.title',
  'search.anyBuyer',
  'search.anyParent',
  'search.anyProvince',
  'search.anyRequirement',
  'search.anyStatus',
  'search.buyer',
  'search.clear',
  'search.failed',
  'search.filters',
  'search.hint',
  'search.label',
  'search.loading',
  'search.matches.none',
  'search.matches.one',
  'search.matches.other',
  'search.none',
  'search.onlyLowCompliance',
  'search.parent',
  'search.province',
  'search.requirement',
  'search.status',
  'status.closed',
  'status.closedOn',
  'status.lowCompliance',
  'status.open',
] as const satisfies ReadonlyArray<keyof Messages>;

export type SearchMessageKey = (typeof SEARCH_MESSAGE_KEYS)[number];
export type SearchMessages = Pick<Messages, SearchMessageKey>;
