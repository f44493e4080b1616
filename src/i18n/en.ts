/** English UI strings. Every user-facing string of the site comes from a file like this one. */
export const en = {
  'site.skipLink': 'Skip to content',
  'site.demoNotice':
    'Demonstration data: every factory, brand and union named on this site is fictional.',
  'site.publishedBy': 'Published by {publisher}',
  'overview.cyclesHeading': 'Reporting cycles',
  'overview.cyclesCaption': 'Each reporting cycle, oldest first, with its headline figures.',
  'overview.latestHeading': 'Latest cycle: {label}',
  'col.cycle': 'Cycle',
  'col.period': 'Period',
  'col.factoriesActive': 'Active factories assessed',
  'col.ciPublished': 'Published on critical issues',
  'col.ciFullyCompliant': 'Fully compliant on critical issues',
  'col.lowCompliance': 'Low-compliance list',
  'col.strikesNotLegal': 'Strikes not meeting legal requirements',
  'figure.ofPublished': '{count} of {total} ({share})',
  'figure.none': 'none',
} as const;

export type MessageKey = keyof typeof en;
