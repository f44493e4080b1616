import type { MessageKey, Messages } from '../i18n/en';

/**
 * The UI strings the supplier check shows: every `check.*` and `why.*` string and a few shared
 * ones. The page passes just these, in the reader's language.
 */
export const SHARED_CHECK_KEYS = [
  'col.factory',
  'status.open',
  'status.closed',
  'status.closedOn',
  'status.lowCompliance',
] as const satisfies ReadonlyArray<MessageKey>;

export type CheckMessageKey =
  Extract<MessageKey, `check.${string}` | `why.${string}`> | (typeof SHARED_CHECK_KEYS)[number];
export type CheckMessages = Pick<Messages, CheckMessageKey>;

/** The keys to pass, from the complete English set (used at build time only). */
export function checkMessageKeys(all: Messages): CheckMessageKey[] {
  const own = (Object.keys(all) as MessageKey[]).filter(
    (key): key is CheckMessageKey => key.startsWith('check.') || key.startsWith('why.'),
  );
  return [...own, ...SHARED_CHECK_KEYS];
}
