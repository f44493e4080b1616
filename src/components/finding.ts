import type { Finding } from '../lib/rules';

/**
 * A class for each finding; pages always show the word, and the stylesheet adds a symbol beside
 * it, so colour is never alone.
 */
export const FINDING_CLASS: Record<Finding, string> = {
  compliant: 'badge-c',
  non_compliant: 'badge-nc',
  not_applicable: 'badge-na',
  not_assessed: 'badge-not-assessed',
};
