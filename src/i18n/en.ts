/**
 * English UI strings. Every user-facing string of the site comes from a file like this one, so a
 * translator can review a language without reading code. `{name}` marks a value filled in.
 */
export const en = {
  'site.skipLink': 'Skip to content',
  'site.demoLabel': 'Demonstration data.',
  'site.demoNotice': 'Every factory, brand and union named on this site is fictional.',
  'site.publishedBy': 'Published by {publisher}',
  'site.licence': 'Data licence: {licence}',
  'site.contact': 'Corrections:',

  'nav.label': 'Main',
  'nav.overview': 'Overview',
  'nav.factories': 'Factories',
  'nav.lowCompliance': 'Low compliance',
  'nav.strikes': 'Strikes',
  'nav.cycles': 'Cycle reports',
  'nav.methodology': 'Methodology',
  'nav.downloads': 'Downloads',

  'finding.compliant': 'Compliant',
  'finding.non_compliant': 'Non-compliant',
  'finding.not_applicable': 'Not applicable',
  'finding.not_assessed': 'Not assessed',
  'finding.notPublished': 'Not published',

  'status.open': 'Open',
  'status.closed': 'Closed',
  'status.closedOn': 'Closed on {date}',
  'status.lowCompliance': 'Low-compliance list',

  'group.fundamental-rights': 'Fundamental rights',
  'group.osh-emergency': 'Safety and emergencies',
  'group.osh-workplace': 'Workplace safety and health',
  'group.wages': 'Wages',
  'group.contracts': 'Contracts',
  'group.working-time': 'Working time',
  'group.leave': 'Leave',
  'group.industrial-relations': 'Industrial relations',

  'track.critical': 'Critical issue',
  'track.key': 'Key requirement',

  'figure.ofTotal': '{count} of {total} ({share})',
  'figure.none': 'none',
  'figure.notAvailable': 'not available',

  'search.label': 'Search factories',
  'search.placeholder': 'Name, former name, parent company, buyer or id',
  'search.submit': 'Search',
} as const;

export type MessageKey = keyof typeof en;
