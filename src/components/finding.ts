import type { Finding } from '../lib/rules';

/** A symbol and a class for each finding; pages always add the word, so colour is never alone. */
export const FINDING_SYMBOL: Record<Finding, string> = {
  compliant: '✓',
  non_compliant: '✗',
  not_applicable: '–',
  not_assessed: '?',
};

export const FINDING_CLASS: Record<Finding, string> = {
  compliant: 'badge-c',
  non_compliant: 'badge-nc',
  not_applicable: 'badge-na',
  not_assessed: 'badge-not-assessed',
};
