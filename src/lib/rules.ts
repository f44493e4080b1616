/**
 * The publication rules, as named constants. The scorer, the validator and the methodology page
 * all read them from here, so the words on the site cannot drift from the code.
 */

/** Assessments (prior ones included) a factory needs before its critical-issue findings are published. */
export const CI_MIN_ASSESSMENTS = 2;

/** Assessments (prior ones included) a factory needs to enter the low-compliance population. */
export const LC_MIN_ASSESSMENTS = 3;

/** The latest assessment may be at most this many days older than the cycle's end for the low-compliance population. */
export const LC_MAX_AGE_DAYS = 365;

/** Factories more than this many population standard deviations below the mean are listed. */
export const DEFAULT_SD_MULTIPLIER = 2;

export const TRACKS = ['critical', 'key'] as const;
export type Track = (typeof TRACKS)[number];

export const FACTORY_STATUSES = ['open', 'closed'] as const;
export type FactoryStatus = (typeof FACTORY_STATUSES)[number];

export const RESPONSE_LANGUAGES = ['en', 'km', 'zh'] as const;
export type ResponseLanguage = (typeof RESPONSE_LANGUAGES)[number];

/** What an assessment found on one requirement. Never null: "not assessed" is a value of its own. */
export type Finding = 'compliant' | 'non_compliant' | 'not_applicable' | 'not_assessed';

/** Assessment cell tokens (matched case-insensitively after trimming) and what they mean. */
export const FINDING_TOKENS: Readonly<Record<string, Finding>> = {
  c: 'compliant',
  nc: 'non_compliant',
  na: 'not_applicable',
  '': 'not_assessed',
};

export const FINDING_CODES: Readonly<Record<Finding, string>> = {
  compliant: 'C',
  non_compliant: 'NC',
  not_applicable: 'NA',
  not_assessed: '',
};
