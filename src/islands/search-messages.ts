import type { Messages } from '../i18n/en';

/**
 * The UI strings the search's script draws: its result rows, counts and notices. The form's own
 * texts are rendered with the page; the script gets just these, in the reader's language, so the
 * browser never downloads the strings of the whole site in every language.
 */
export const SEARCH_MESSAGE_KEYS = [
  'col.criticalNc',
  'col.factory',
  'col.findingsOf',
  'col.id',
  'col.parent',
  'col.province',
  'col.status',
  'search.failed',
  'search.loading',
  'search.matches.none',
  'search.matches.one',
  'search.matches.other',
  'search.more',
  'search.none',
  'search.partial',
  'search.shown',
  'search.why',
  'status.closed',
  'status.closedOn',
  'status.lowCompliance',
  'status.open',
  'why.alias',
  'why.buyer',
  'why.chineseName',
  'why.factoryId',
  'why.formerName',
  'why.khmerName',
  'why.name',
  'why.osId',
  'why.otherName',
  'why.parentCompany',
  'why.province',
  'why.similar',
  'why.similarAlias',
] as const satisfies ReadonlyArray<keyof Messages>;

export type SearchMessageKey = (typeof SEARCH_MESSAGE_KEYS)[number];
export type SearchMessages = Pick<Messages, SearchMessageKey>;
