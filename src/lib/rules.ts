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

/**
 * An assessment's findings, one character per requirement: the digit of its index in
 * FINDING_ORDER. A registry of a million assessments holds them in about 70 MB, where arrays of
 * references took 430 MB.
 */
export type Findings = string & { readonly __findings: true };

/** The findings a Findings digit stands for. */
export const FINDING_ORDER: readonly Finding[] = [
  'compliant',
  'non_compliant',
  'not_applicable',
  'not_assessed',
];

const FINDING_DIGIT: Readonly<Record<Finding, string>> = {
  compliant: '0',
  non_compliant: '1',
  not_applicable: '2',
  not_assessed: '3',
};

/** Findings packed, in the order given. */
export const packFindings = (findings: readonly Finding[]): Findings =>
  findings.map((finding) => FINDING_DIGIT[finding]).join('') as Findings;

/** The finding on the requirement at `index`; "not assessed" past the end. */
export const findingAt = (findings: Findings, index: number): Finding =>
  FINDING_ORDER[findings.charCodeAt(index) - 48] ?? 'not_assessed';

export const FINDING_CODES: Readonly<Record<Finding, string>> = {
  compliant: 'C',
  non_compliant: 'NC',
  not_applicable: 'NA',
  not_assessed: '',
};
