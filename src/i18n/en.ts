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
  'site.contact': 'Corrections: {contact}',

  // Search engines and link previews: each page's description (50 to 160 characters) from its
  // own facts, and the names of the site's open data for dataset search.
  'seo.demo': 'Fictional demo data. ',
  'seo.site': '{title}, published by {publisher}.',
  'seo.overview':
    '{demo}{count} garment factories named with their findings on {critical} critical issues, the low-compliance list and strikes. Latest: {label}.',
  'seo.factory': '{demo}{name} ({id}){province}, {status}. {cycle}: {findings}{listed}.',
  'seo.factoryProvince': ', {province}',
  'seo.factoryOpen': 'open',
  'seo.factoryClosed': 'closed on {date}',
  'seo.factoryClosedShort': 'closed',
  'seo.findingsNonCompliant': 'non-compliant on {count} of {total} critical issues',
  'seo.findingsNone': 'no non-compliance found on the {total} critical issues',
  'seo.findingsNoneOfAssessed':
    'no non-compliance found on the {assessed} of {total} critical issues assessed',
  'seo.listed': '; on the low-compliance list',
  'seo.factories':
    '{demo}All {count} published factories, open and closed, with their latest findings on the critical issues. Search by name, buyer or id.',
  'seo.factoriesPage':
    '{demo}Factories {from} to {to} of {count}, open and closed, with their latest findings on the critical issues and the low-compliance list.',
  'seo.lowCompliance':
    '{demo}{count} factories on the low-compliance list of {label}: a compliance rate below {threshold}, the mean minus {k} standard deviations.',
  'seo.lowComplianceNone':
    '{demo}The low-compliance list: factories whose compliance rate lies more than {k} standard deviations below the mean of their cycle.',
  'seo.strikes':
    '{demo}{count} strikes recorded, {notLegal} of them not meeting the legal requirements, by union, with their dates and the requirements missed.',
  'seo.cycles':
    '{demo}Reports of {count} reporting cycles from {first} to {last}: factories assessed, critical issues, the low-compliance list and strikes.',
  'seo.cycle':
    '{demo}{label}: {published} factories published, {fully} fully compliant on the critical issues, {listed} on the low-compliance list, {strikes} strikes.',
  'seo.requirements':
    '{demo}The {critical} critical issues and {key} key requirements each factory is assessed on, with their legal basis and compliance over the cycles.',
  'seo.requirementCritical':
    '{demo}{id} {label}: {count} of {published} published factories non-compliant in {cycle}. Its legal basis and compliance over the cycles.',
  'seo.requirementKey':
    '{demo}{id} {label}: a key requirement of the compliance rate behind the low-compliance list. Its legal basis and compliance over the cycles.',
  'seo.methodology':
    '{demo}How findings are published: a factory is named after {ci} assessments; the low-compliance list lies below the mean minus {k} standard deviations.',
  'seo.downloads':
    '{demo}Open data on {count} factories and {cycles} reporting cycles as CSV and JSON: scores, findings, strikes and responses, with a data dictionary.',
  'seo.api':
    '{demo}A JSON API of {count} factories and {cycles} reporting cycles: one file per factory and per cycle, with JSON schemas, for scripts and apps.',
  'seo.corrections':
    '{demo}{count} corrections to published findings, each with its date, the factory, the cycle and the reason it was made.',
  'seo.check':
    '{demo}Check a list of suppliers against {count} published factories by name, id or Open Supply Hub id. The list never leaves your browser.',
  'seo.notFound':
    '{demo}This page does not exist. Search the {count} published factories or start from the overview of the latest reporting cycle.',
  'seo.datasetApi': '{title}: JSON API',
  // Link-preview images (src/site/previews.ts)
  'preview.factory': 'Factory profile',
  'preview.factoryLine':
    'Each factory’s name, status and findings on the {count} critical issues in every published cycle',
  'preview.alt': '{heading} · {site}. {details}',
  'preview.altFigure': '{value} {label}',
  'preview.altJoin': '; ',

  'nav.label': 'Main',
  'nav.languages': 'Language',
  'i18n.englishFallback': '(English)',
  'i18n.inKhmer': '(in Khmer)',
  'i18n.inChinese': '(in Chinese)',
  'nav.overview': 'Overview',
  'nav.factories': 'Factories',
  'nav.lowCompliance': 'Low compliance',
  'nav.strikes': 'Strikes',
  'nav.cycles': 'Cycle reports',
  'nav.methodology': 'Methodology',
  'nav.downloads': 'Downloads',
  // Layout: the folded menu and the one-line demo notice on phones.
  'nav.menu': 'Menu',
  'site.demoShort': 'All names are fictional.',

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

  // pages
  'overview.title': 'Overview',
  'overview.lede':
    'Since {first}, {publisher} has published the findings of {count} factories, closed ones included, cycle by cycle: their compliance with the {critical} critical issues of labour law, the low-compliance list and union compliance with legal strike requirements.',
  'overview.latest': 'Latest cycle: {label}',
  'overview.dataDate': 'Data as published on {date}.',
  'overview.factoriesCovered': 'factories assessed and active',
  'overview.workersCovered': 'workers in published factories',
  'overview.fullyCompliant': 'of published factories fully compliant on the critical issues',
  'overview.lowCompliance': 'factories on the low-compliance list',
  'overview.strikesNotLegal': 'strikes not meeting legal requirements',
  'overview.issuesHeading': 'Non-compliance on the critical issues',
  'overview.trendsHeading': 'Trends over all cycles',
  'overview.cyclesHeading': 'All reporting cycles',
  'overview.seeCycle': 'Full report for {label}',
  // The home page's three factory counts, said in words.
  'overview.countsExplained':
    'Three counts of factories: {total} factories are named on this site, every factory published since {first}, closed ones included. In {label}, {active} factories were open and had been assessed at least once; the critical-issue findings of {published} of them are published, the others not yet (a factory’s first assessment stays confidential).',

  'col.factory': 'Factory',
  'col.id': 'Id',
  'col.province': 'Province',
  'col.parent': 'Parent company',
  'col.status': 'Status',
  'col.cycle': 'Cycle',
  'col.period': 'Period',
  'col.published': 'Factories published',
  'col.fullyCompliant': 'Fully compliant',
  'col.lowCompliance': 'Low-compliance list',
  'col.strikes': 'Strikes',
  'col.strikesNotLegal': 'Did not meet legal requirements',
  'col.strikesAll': 'Strikes in all',
  'col.shareOfListed': 'Share of listed factories',
  'col.requirement': 'Requirement',
  'col.finding': 'Finding',
  'col.rate': 'Compliance rate',
  'col.assessments': 'Assessments',
  'col.latestAssessment': 'Latest assessment',
  'col.criticalNc': 'Critical issues non-compliant',
  'col.findingsOf': 'Latest published findings',
  'col.union': 'Union',
  'col.federation': 'Federation',
  'col.dates': 'Dates',
  'col.workersInvolved': 'Workers involved',
  'col.legal': 'Met legal requirements',
  'col.missed': 'Requirements missed',
  'col.summary': 'Summary',
  'col.nonCompliant': 'Non-compliant',
  'col.share': 'Share',
  'col.file': 'File',
  'col.contents': 'Contents',
  'col.column': 'Column',
  'col.meaning': 'Meaning',

  'factories.title': 'Factories',
  'factories.lede':
    'Every factory whose findings have been published, including factories that have since closed. A factory appears here once it has had {min} assessments: its first assessment stays confidential.',
  'factories.count': '{count} factories',
  'factories.noScript':
    "Search and filters need JavaScript, which is off in this browser: every published factory is listed below by name, {size} to a page (use your browser's find in page).",

  'factories.listPage': 'page {page} of {pages}',
  'factories.pageRun': 'pages {from}–{to}',
  'factories.pagesNav': 'Pages of the list, by the first name on each',
  'factories.previousPage': 'Previous page',
  'factories.nextPage': 'Next page',
  'factories.searchAll': 'Search and filter every factory',

  'factory.identity': 'Identity',
  'factory.formerNames': 'Former and other names',
  'factory.nameKm': 'Khmer name',
  'factory.nameZh': 'Chinese name',
  'factory.parent': 'Parent company',
  'factory.siblings': 'Sister factories (same parent company)',
  'factory.province': 'Province',
  'factory.address': 'Address',
  'factory.buyers': 'Buyers',
  'factory.osId': 'Open Supply Hub id',
  'factory.workers': 'Workers',
  'factory.workersWomen': '{workers} ({women} women)',
  'factory.closedBanner':
    'This factory closed on {date}. Its record stays here; the findings below are the last published before it closed.',
  'factory.latestHeading': 'Latest published findings: {label}',
  'factory.latestNote': 'From the assessment of {date} ({count} assessments so far). {updated}',
  'factory.notUpdated':
    'The factory was not re-assessed in this cycle: the result carries over from its latest assessment.',
  'factory.fullyCompliant': 'No critical issue found non-compliant ({count} of {total} assessed).',
  'factory.ncCount': 'Non-compliant on {count} of {total} critical issues.',
  'factory.onList':
    'On the low-compliance list in {label}: compliance rate {rate}, {gap} percentage points below the threshold of {threshold}.',
  'factory.keyHeading': 'Key requirements behind the listing ({label})',
  'factory.historyHeading': 'History: critical issues by cycle',
  'factory.historyCaption':
    'The critical issues found non-compliant, not assessed or not applicable in every cycle in which the factory was published, newest first, and those whose finding changed since the factory’s previous published cycle; every critical issue a row does not name as non-compliant, not assessed or not applicable was found compliant.',
  'factory.historyNone': 'none',
  'factory.historyChanged': 'Changed since the previous cycle',
  'factory.carriedOver': 'not re-assessed: findings of {date}',
  'factory.notInPopulation': 'not in the population',
  'factory.rateHeading': 'Compliance rate and the low-compliance threshold',
  'factory.rateNone':
    'The factory has not yet been part of a low-compliance population (it needs {min} assessments, the latest no older than {days} days).',
  'factory.strikesHeading': 'Strikes',
  'factory.noStrikes': 'No strikes recorded.',
  'strikes.noneInCycle': 'No strikes recorded in this cycle.',
  'factory.responsesHeading': 'Responses',
  'factory.responseLabel':
    'Statement by the factory or a union at the factory, {date}, not verified by {publisher}',
  'factory.responseAbout': 'About: {requirement}',
  'factory.responseGeneral': 'General statement',
  'factory.noResponses': 'No responses published.',
  'factory.citationHeading': 'Cite this record',
  'citation.text':
    '{demo}{name} ({id}){closed}. {cycle}, latest assessment {assessed}: {findings}. {publisher}, {title}, data as of {date}. {url}',
  'citation.demo': '[Fictional demonstration data] ',
  'citation.closed': ', closed on {date}',
  'citation.nonCompliant': 'non-compliant on {count} of {total} critical issues ({issues})',
  'citation.noneFound': 'no non-compliance found on the {total} critical issues',
  'citation.noneFoundOfAssessed':
    'no non-compliance found on the {assessed} critical issues assessed ({notAssessed} not assessed)',
  'citation.alsoNotAssessed': '; {notAssessed} not assessed',
  'citation.lowCompliance':
    '; on the low-compliance list, compliance rate {rate} against a threshold of {threshold}',
  'factory.citeEarlier': 'Cite the record of an earlier cycle',
  'factory.citeFrame':
    "Each citation below is its cycle's record and permalink, within the same words as above: {frame}",
  'factory.citeCycle': 'Cite',
  'factory.citeCycleOf': 'Cite the record of {label}',
  'factory.cycleNotice':
    'This link cites the record of {label}. Its citation is below under “Cite this record”; the history shows the findings of every published cycle.',
  // The answer on top of a factory page and the cited cycle.
  'factory.listHistory':
    'On the low-compliance list in {listed} of its last {count} published cycles.',
  'factory.citedFindings': 'Findings of the cited cycle, {label}:',
  'factory.cycleNoScript':
    'A link that names a cycle (“?cycle=” in its address) cites that cycle’s record. Without JavaScript this page opens on the latest findings: the cited cycle’s findings are in the history, one row per cycle.',
  'factory.citedRow': 'Cited cycle',
  'factory.citePermalink':
    'Each citation links to its cycle, so it leads to the record it cites even after later cycles are published.',
  'factory.copy': 'Copy citation',
  'factory.copied': 'Citation copied.',
  'factory.copyFailed': 'Copy failed: select the text and copy it.',
  'factory.print': 'Print this record',
  'factory.source': 'Source: {file}, line {line}',

  'requirement.title': '{id}: {label}',
  'requirement.track': 'Track',
  'requirement.group': 'Group',
  'requirement.legalRef': 'Legal basis',
  'requirement.noLegalRef': 'not given',
  'requirement.meaningCritical':
    "A critical issue: every published factory's finding on it is shown on its page. A factory is non-compliant when its latest assessment found it so.",
  'requirement.meaningKey':
    'A key requirement: it counts toward the compliance rate used for the low-compliance list; factory findings on it are published only for factories on that list.',
  'requirement.trendHeading': 'Non-compliance over the cycles',
  'requirement.ncHeading': 'Factories non-compliant in {label}',
  'requirement.ncNone': 'No published factory was non-compliant in {label}.',
  'requirement.keyNcHeading': 'Factories on the low-compliance list non-compliant in {label}',
  'requirements.title': 'Requirements',
  'requirements.lede': 'The {critical} critical issues and {key} key requirements assessed.',

  'lc.title': 'Low-compliance list',
  'lc.caption': 'Low-compliance list: {label}',
  'lc.lede':
    'Factories whose compliance rate in {label} is more than {k} standard deviations below the mean of comparable factories.',
  'lc.how':
    'The compliance rate is the share of requirements found compliant among those assessed. The population is the {population} active factories with at least {min} assessments whose latest assessment is at most {days} days old. Mean {mean}, standard deviation {sd}: the threshold is {threshold}, and a factory strictly below it is listed.',
  'lc.empty': 'No factory is on the list in {label}.',
  'lc.distributionHeading': 'Why these factories are listed',
  'lc.previous': 'Lists of earlier cycles are in the cycle reports.',

  'cycle.title': 'Cycle report: {label}',
  'cycle.period': 'Period {start} to {end}',
  'cycle.publishedOn': 'published on {date}',
  'cycle.figures': 'Figures',
  'cycle.changes': 'What changed since {label}',
  'cycle.first': 'This is the first cycle in the data.',
  'cycle.entered': 'Entered the low-compliance list',
  'cycle.left': 'Left the low-compliance list',
  'cycle.newlyPublished': 'Published for the first time',
  'cycle.closed': 'Closed during the cycle',
  'cycle.noChange': 'none',
  'cycle.lcHeading': 'Low-compliance list',
  'cycle.strikesHeading': 'Strikes in this cycle',
  'cycle.others': 'Other cycles',

  'strikes.title': 'Union compliance with legal strike requirements',
  'strikes.lede':
    'Strikes recorded at assessed factories, and whether each met the legal requirements for a strike (notice, secret ballot, conciliation, …). Strikes at factories whose findings are not yet published are listed without the factory.',
  'strikes.byUnion': 'Strikes by union, with how many did not meet legal requirements',
  'strikes.byCycle': 'Strikes by cycle, with how many did not meet legal requirements',
  'strikes.everyStrike':
    'Each cycle’s report lists its strikes in full; every strike is in the download {file}.',
  'strikes.latest': 'Strikes in {cycle}, newest first',
  'strikes.outside': 'Strikes that started outside every cycle’s period, newest first',
  'strikes.unpublishedFactory': 'factory not named (not published)',
  'strikes.atFactory': 'Strikes at this factory',

  'nav.corrections': 'Corrections',
  'corrections.title': 'Corrections of published findings',
  'corrections.lede':
    "Published findings are never changed in silence. When the findings of a cycle are corrected after they were published, the publisher records the date and the reason here, and the factory's page and its citation say so.",
  'corrections.none': 'No published findings have been corrected.',
  'corrections.caption': 'Corrections, newest first',
  'corrections.unpublishedFactory': 'not named: these findings of the factory are not published',
  'corrections.reasonWithheld': 'withheld with the factory',
  'col.correctedOn': 'Corrected on',
  'col.reason': 'Reason',
  'factory.correctionsHeading': 'Corrections',
  'factory.correctedOn': 'The findings of {label} were corrected on {date}: {reason}',
  'citation.corrected': '; corrected on {date}',

  'methodology.title': 'Methodology',
  'downloads.title': 'Downloads',

  yes: 'Yes',
  no: 'No',
  and: 'and',

  // methodology and downloads
  'methodology.lede':
    'How the figures on this site are made. The rules below are read from the same constants the scoring code uses, so this page always states the rules the data was scored with.',
  'methodology.sourceHeading': 'Where the data comes from',
  'methodology.source':
    '{publisher} assesses factories against a catalogue of {total} requirements: {critical} critical issues and {key} further key requirements of labour law. Each assessment records, for every requirement, whether the factory was found compliant, non-compliant, the requirement not applicable, or not assessed. Assessments are grouped into reporting cycles.',
  'methodology.ciHeading': 'Critical issues: who is published',
  'methodology.ci1':
    "A factory's findings on the critical issues are published once it has had at least {min} assessments, counting assessments made before the first cycle in the data. Its first assessment therefore always stays confidential: the factory has the chance to fix what was found before it is named.",
  'methodology.ci2':
    'A published factory is shown with the findings of its latest assessment dated on or before the end of the cycle. If it was not re-assessed during the cycle, its previous result carries over and the page says so.',
  'methodology.ci3':
    'A factory is fully compliant when none of the critical issues was found non-compliant. A requirement that was not assessed is shown as "not assessed", never as compliant.',
  'methodology.lcHeading': 'The low-compliance list',
  'methodology.lc1':
    'The compliance rate of a factory is the share of all requirements found compliant among those found compliant or non-compliant in its latest assessment; requirements not applicable or not assessed count in neither.',
  'methodology.lc2':
    "Each cycle's population is the active factories with at least {min} assessments whose latest assessment is at most {days} days older than the end of the cycle.",
  'methodology.lc3':
    "The threshold is the population's mean rate minus {k} standard deviations (the population standard deviation). A factory strictly below the threshold is on the list. The comparison is made with exact fractions, so two factories with the same findings are always treated alike.",
  'methodology.lc4':
    'Only for factories on the list are the findings on the key requirements published, as the evidence behind the listing. The compliance rate is shown only for factories in the population.',
  'methodology.closedHeading': 'Closed factories',
  'methodology.closed':
    'A factory that closes stays on this site, marked closed with its closing date and its last published findings. It counts in the figures of every cycle in which it was open for at least a day.',
  'methodology.strikesHeading': 'Strikes',
  'methodology.strikes':
    "Each strike belongs to the cycle in which it started. The strikes page lists whether each strike met the legal requirements and, for those that did not, which requirements were missed, by union. A strike at a factory whose findings are not yet published is listed without the factory's name.",
  'methodology.responsesHeading': 'Responses',
  'methodology.responses':
    "Factories and unions may publish a response to a finding. Responses are shown beside the finding they answer, always as the author's own statement, which {publisher} has not verified. They never change a score.",
  'methodology.requirementsHeading': 'The requirements',

  'downloads.lede':
    'Every figure on this site can be checked against these files. They follow the same rules as the pages: factories never published are not in them, findings only for published cycles. CSV files open in spreadsheets (UTF-8 with a byte-order mark; cells that a spreadsheet would run as a formula start with an apostrophe); scores.csv holds only ids, dates, numbers and booleans and has no byte-order mark.',
  'downloads.licence': 'Licence: {licence}.',
  'downloads.dictionary': 'Data dictionary',
  'downloads.columns': 'Columns of {file}',

  'downloads.size': 'Size',
  'downloads.compressed': 'compressed: {file}, {size}',
  'downloads.compressedNote':
    'Large files are also offered compressed with gzip (.gz), which every spreadsheet tool, programming language and command line can open: the same bytes, a fraction of the download.',
  'dl.file.scores.csv':
    'One row per cycle and published factory: assessments, latest assessment date, critical issues non-compliant and not assessed, compliance rate (where the factory is in the low-compliance population) and low-compliance status.',
  'dl.file.cycles.json':
    'One object per cycle with its headline figures: factories active and published, fully compliant, non-compliance per critical issue, the low-compliance population, mean, standard deviation, threshold and list, and strikes.',
  'dl.file.factories.csv':
    'The published factories: names, parent company, province, address, buyers, Open Supply Hub id, workers and status.',
  'dl.file.findings.csv':
    "One row per published factory, cycle and requirement: the finding on each critical issue, and on each key requirement for factories on that cycle's low-compliance list.",
  'dl.file.strikes.csv':
    'Every strike, with its union, dates and whether it met the legal requirements; the factory only where it has been published.',
  'dl.file.responses.csv':
    'Responses of published factories and their unions: their own statements, not verified.',
  'dl.file.requirements.csv':
    'The catalogue of requirements with their labels in English, Khmer and Chinese and their legal basis.',
  'dl.col.cycle': 'Cycle id (see cycles.json)',
  'dl.col.factory_id': 'Factory id, also its page: /factories/<factory_id>/',
  'dl.col.assessments': 'Assessments so far, including those before the first cycle',
  'dl.col.latest_assessment': 'Date of the assessment the findings come from',
  'dl.col.updated_this_cycle': 'true when that assessment falls inside the cycle',
  'dl.col.ci_published': 'true when the critical-issue findings are published (always true here)',
  'dl.col.ci_noncompliant': 'Critical issues found non-compliant, separated by ;',
  'dl.col.ci_not_assessed': 'Critical issues not assessed, separated by ;',
  'dl.col.compliance_rate':
    'Share of requirements found compliant, 6 decimals; empty when the factory is not in the low-compliance population',
  'dl.col.lc_eligible': 'true when the factory is in the low-compliance population',
  'dl.col.low_compliance': 'true when on the low-compliance list',
  'dl.col.name': 'Name',
  'dl.col.name_km': 'Name in Khmer',
  'dl.col.name_zh': 'Name in Chinese',
  'dl.col.aliases': 'Former and other names, separated by ;',
  'dl.col.parent_company': 'Parent company',
  'dl.col.province': 'Province',
  'dl.col.address': 'Address',
  'dl.col.buyers': 'Buyers, separated by ;',
  'dl.col.os_id': 'Open Supply Hub id',
  'dl.col.workers': 'Number of workers',
  'dl.col.women_workers': 'Number of women workers',
  'dl.col.status': 'open or closed',
  'dl.col.closed_on': 'Closing date',
  'dl.col.requirement_id': 'Requirement id',
  'dl.col.track': 'critical or key',
  'dl.col.finding': 'C compliant, NC non-compliant, NA not applicable, empty not assessed',
  'dl.col.strike_id': 'Strike id',
  'dl.col.union': 'Union that called the strike',
  'dl.col.federation': 'Federation of the union',
  'dl.col.start_date': 'First day of the strike',
  'dl.col.end_date': 'Last day of the strike',
  'dl.col.workers_involved': 'Workers on strike',
  'dl.col.legal': 'yes when the strike met the legal requirements',
  'dl.col.requirements_missed': 'Legal requirements the strike did not meet, separated by ;',
  'dl.col.summary': 'Short description; empty where the factory is not published',
  'dl.col.date': 'Date of the response',
  'dl.col.language': 'Language: en, km or zh',
  'dl.col.text': 'The response as written by the factory or union',
  'dl.col.id': 'Requirement id',
  'dl.col.group': 'Requirement group',
  'dl.col.label_en': 'Label in English',
  'dl.col.label_km': 'Label in Khmer',
  'dl.col.label_zh': 'Label in Chinese',
  'dl.col.legal_ref': 'Legal basis',

  // search
  'search.hint':
    'Name, former or other name, name in Khmer or Chinese, parent company, buyer, province, factory id or Open Supply Hub id. Case, accents, punctuation and small spelling mistakes do not matter.',
  'search.filters': 'Filters',
  'search.province': 'Province',
  'search.anyProvince': 'All provinces',
  'search.status': 'Status',
  'search.anyStatus': 'Open and closed',
  'search.requirement': 'Non-compliant on critical issue (latest published findings)',
  'search.anyRequirement': 'Any (no filter)',
  'search.buyer': 'Buyer',
  'search.anyBuyer': 'All buyers',
  'search.parent': 'Parent company',
  'search.anyParent': 'All parent companies',
  'search.onlyLowCompliance': 'Only factories on the latest low-compliance list',
  'search.clear': 'Clear search and filters',
  'search.matches.one': '{count} of {total} factories matches',
  'search.matches.other': '{count} of {total} factories match',
  'search.matches.none': 'No factory matches',
  'search.none': 'Check the spelling, try a former name or the factory id, or clear the filters.',
  'search.loading': 'Loading the search…',
  'search.failed': 'The search could not be loaded. All factories are listed below.',
  'search.more': 'Show {count} more',
  'search.shown': 'Showing the first {shown} of {count}.',
  'search.partial': 'Searched {searched} of {total} factories so far; the rest are still loading.',
  'search.sort': 'Order',
  'search.sort.default': 'Best match first (list order without a search)',
  'search.sort.name': 'Name',
  'search.sort.closed': 'Closing date, latest first',
  'search.sort.rate': 'Compliance rate, lowest first',
  'search.sort.critical': 'Critical issues, most first',

  // charts
  'chart.noData': 'No data to show.',
  'chart.downloadSvg': 'Download SVG',
  'chart.downloadPng': 'Download PNG',
  'chart.dataAsOf': 'Data as of {date}',
  'chart.downloadCsv': 'Download data (CSV)',
  'chart.dataTable': 'Data table',
  'chart.source': 'Source: {publisher}, {title}',
  'chart.yes': 'yes',
  'chart.no': 'no',
  'chart.factories.one': '{count} factory',
  'chart.factories.other': '{count} factories',
  'chart.shareOf': '{share} ({count} of {total})',
  'chart.col.group': 'Group',
  'chart.col.requirementId': 'Requirement',
  'chart.col.requirement': 'Description',
  'chart.col.nonCompliant': 'Factories non-compliant',
  'chart.col.published': 'Factories published',
  'chart.col.shareNonCompliant': 'Share non-compliant',
  'chart.col.cycleId': 'Cycle id',
  'chart.col.cycle': 'Cycle',
  'chart.col.seriesCount': '{label}: factories',
  'chart.col.seriesShare': '{label}: share',
  'chart.col.binFrom': 'Rate from',
  'chart.col.binTo': 'Rate up to',
  'chart.col.factories': 'Factories',
  'chart.col.belowThreshold': 'Below the threshold',
  'chart.col.rate': 'Compliance rate',
  'chart.col.threshold': 'Threshold',
  'chart.col.listed': 'On the low-compliance list',
  'chart.issueRates.title': 'Non-compliance on each critical issue, {cycle}',
  'chart.issueRates.axis': 'Share of published factories non-compliant',
  'chart.issueRates.value': '{share} ({count})',
  'chart.issueRates.issue': '{id} “{label}”',
  'chart.issueRates.desc.one':
    'In {cycle}, the most common critical issue was {issues}: {value} of the {published} published were non-compliant.',
  'chart.issueRates.desc.other':
    'In {cycle}, the most common critical issues were {issues}: {value} of the {published} published were non-compliant on each.',
  'chart.issueRates.descNone':
    'In {cycle}, none of the {published} published was non-compliant on any critical issue.',
  'chart.issueRates.descEmpty': 'No factory was published on the critical issues in {cycle}.',
  'chart.trend.axis': 'Share of published factories',
  'chart.trend.descEmpty': 'No factory has been published on the critical issues yet.',
  'chart.trend.fullCompliance.title':
    'Published factories fully compliant on the critical issues, by cycle',
  'chart.trend.fullCompliance.series': 'Fully compliant',
  'chart.trend.fullCompliance.desc':
    'The share of published factories fully compliant on the critical issues went from {first} in {firstCycle} to {last} in {lastCycle}.',
  'chart.trend.fullCompliance.descOne':
    'In {cycle}, {value} of the published factories were fully compliant on the critical issues.',
  'chart.trend.requirement.title': 'Published factories non-compliant on {id} ({label}), by cycle',
  'chart.trend.requirement.series': 'Non-compliant on {id}',
  'chart.trend.requirement.desc':
    'The share of published factories non-compliant on {id} went from {first} in {firstCycle} to {last} in {lastCycle}.',
  'chart.trend.requirement.descOne':
    'In {cycle}, {value} of the published factories were non-compliant on {id}.',
  'chart.distribution.title': 'Compliance rates of the low-compliance population, {cycle}',
  'chart.distribution.desc':
    'In {cycle}, {below} of the {population} in the low-compliance population had a compliance rate below the threshold of {threshold} (mean {mean}): that is what puts a factory on the list.',
  'chart.distribution.descEmpty': 'No factory was in the low-compliance population in {cycle}.',
  'chart.distribution.below': 'Below the threshold (on the list): {factories}',
  'chart.distribution.strip': 'Each dot is one factory of the population: {factories}',
  'chart.distribution.belowLowest':
    'Below the threshold (on the list): {factories}; the {named} lowest are named here, and every one in the list below the chart',
  'chart.distribution.stripMerged':
    'Each dot is one factory of the population or more at nearly the same rate: {factories}',
  'chart.distribution.threshold': 'Threshold {value}',
  'chart.distribution.mean': 'Mean {value}',
  'chart.distribution.xAxis': 'Compliance rate',
  'chart.history.title': 'Compliance rate of {factory} against the low-compliance threshold',
  'chart.history.axis': 'Compliance rate',
  'chart.history.rateWord': 'This factory',
  'chart.history.thresholdWord': 'Threshold',
  'chart.history.listed': 'On the low-compliance list',
  'chart.history.notListed': 'Not on the list',
  'chart.history.desc.one':
    '{factory} had a compliance rate of {rate} in {cycle}, against a threshold of {threshold}.',
  'chart.history.desc.other':
    '{factory} had a compliance rate of {rate} in {cycle}, against a threshold of {threshold}, and was on the low-compliance list in {listed} of its {eligible} cycles in the population.',
  'chart.history.descEmpty': '{factory} has not been in the low-compliance population.',

  // indexes and not found
  'cycles.title': 'Reporting cycles',
  'cycles.lede': 'The {count} reporting cycles in the data, newest first. Each has its own report.',
  'requirements.critical': 'Critical issues',
  'requirements.key': 'Key requirements',
  'requirements.ncIn': 'Non-compliant in {label}',
  'notFound.title': 'Page not found',
  'notFound.lede':
    'There is no page at this address. Factory pages are published only once a factory has had its second assessment; a factory that was never published has no page. Search for the factory by name, former name or id:',

  // cycles.json dictionary
  'dl.json.cycle': 'Cycle id',
  'dl.json.label': 'Cycle name',
  'dl.json.period_start': 'First day of the cycle',
  'dl.json.period_end': 'Last day of the cycle',
  'dl.json.factories_active':
    'Active factories with at least one assessment so far (published or not)',
  'dl.json.ci_published': 'Factories whose critical-issue findings are published',
  'dl.json.ci_fully_compliant': 'Published factories with no critical issue found non-compliant',
  'dl.json.ci_noncompliant_by_requirement':
    'For every critical issue, the published factories found non-compliant on it',
  'dl.json.lc_population': 'Factories in the low-compliance population',
  'dl.json.lc_mean':
    'Mean compliance rate of the population (a fraction, unrounded); null when the population is empty',
  'dl.json.lc_sd': 'Population standard deviation of the rates; null when the population is empty',
  'dl.json.lc_threshold':
    'Mean minus the standard-deviation multiplier times the standard deviation; null when the population is empty',
  'dl.json.low_compliance': 'Ids of the factories on the low-compliance list, sorted',
  'dl.json.strikes': 'Strikes that started in the cycle',
  'dl.json.strikes_not_legal': 'Of those, strikes that did not meet the legal requirements',

  // open data API and feed
  'nav.api': 'Open data API',
  'api.title': 'Open data API',
  'api.lede':
    'Every figure of this site as static JSON files that any program can read: one file per published factory, one per reporting cycle, and an index. They follow the same disclosure rules as the pages, and each kind of file is described by a JSON Schema published beside it.',
  'api.endpoints': 'Files',
  'api.colPath': 'Path',
  'api.colContents': 'Contents',
  'api.index':
    'Every published factory (id, name, status, latest cycle, low-compliance status) and every cycle, with the path of each file.',
  'api.factory':
    'One published factory: identity, every published cycle with its findings by requirement, compliance rate where in the population, strikes and responses.',
  'api.cycle':
    'One reporting cycle: its figures, the low-compliance statistics and list, and what changed since the previous cycle.',
  'api.schemas': 'JSON Schemas (draft 2020-12) of the three kinds of file.',
  'api.examples': 'Examples',
  'api.exampleCurl': 'Download one factory with curl:',
  'api.exampleFetch':
    'Read the index and list the factories on the latest low-compliance list with JavaScript:',
  'api.feedHeading': 'News feed',
  'api.feed':
    'The Atom feed lists each cycle publication and the changes it brings: factories entering or leaving the low-compliance list, published for the first time, closed. Subscribe in any feed reader.',
  'api.licence': 'Licence of the data: {licence}.',
  'feed.title': '{title}: cycle reports and changes',
  'feed.cycleTitle': 'Cycle report published: {label}',
  'feed.cycleSummary':
    '{published} factories published on the critical issues, {fully} fully compliant; {listed} on the low-compliance list; {strikes} strikes not meeting legal requirements.',
  'feed.entered': '{name} entered the low-compliance list ({label})',
  'feed.left': '{name} left the low-compliance list ({label})',
  'feed.published': '{name} published for the first time ({label})',
  'feed.closed': '{name} closed ({label})',

  // buyers and groups
  'entity.downloadsHeading': 'Buyers and parent companies',
  'entity.downloadsText':
    "Each buyer's and parent company's page offers its factories as a CSV file (/downloads/buyers/<slug>.csv, /downloads/groups/<slug>.csv), with each factory's standing as of the latest cycle.",
  'dl.entity.factory_id': 'The factory id (permalink /factories/<factory_id>/)',
  'dl.entity.name': "The factory's name",
  'dl.entity.province': 'Province',
  'dl.entity.status': 'open or closed',
  'dl.entity.closed_on': 'Date of closure, YYYY-MM-DD; empty when open',
  'dl.entity.latest_cycle': 'The latest cycle in which the factory was published',
  'dl.entity.critical_non_compliant': 'Critical issues non-compliant in that cycle, separated by ;',
  'dl.entity.critical_non_compliant_count': 'How many',
  'dl.entity.low_compliance_now': "true when on the latest cycle's low-compliance list",
  'dl.entity.low_compliance_cycles':
    'Every cycle whose low-compliance list named the factory, separated by ;',
  'dl.entity.strikes': 'Strikes at the factory',
  'dl.entity.strikes_not_legal': 'Of those, strikes not meeting legal requirements',
  'dl.entity.url': "The factory's page",
  'api.buyers':
    'Every buyer reported by the publisher on a published factory, with counts of its factories (on the low-compliance list, non-compliant, closed, strikes).',
  'api.buyer':
    "One buyer: its spellings in the data, its factories' standing and its counts in every cycle.",
  'api.groups': 'Every parent company reported by the publisher, in the same shape as the buyers.',
  'api.group':
    "One parent company: its spellings, its factories' standing and its counts in every cycle.",
  'api.entitySchemas': 'JSON Schemas (draft 2020-12) of the buyer and parent company files.',
  'api.buyerFeed':
    "Each buyer has its own feed of the changes at its factories, for a newsroom or a brand that follows one buyer's suppliers, e.g.",
  'entity.buyersTitle': 'Buyers',
  'entity.groupsTitle': 'Parent companies',
  'entity.buyersLede':
    '{count} buyers reported by the publisher for published factories, with the standing of their factories as of {label}.',
  'entity.groupsLede':
    '{count} parent companies reported by the publisher for published factories, with the standing of their factories as of {label}.',
  'entity.buyersNone': 'The publisher reports no buyers for the published factories.',
  'entity.groupsNone': 'The publisher reports no parent companies for the published factories.',
  'entity.buyersCaption': 'Buyers and the standing of their factories, as of {label}',
  'entity.groupsCaption': 'Parent companies and the standing of their factories, as of {label}',
  'entity.buyerFairness':
    "Buyers as reported by the publisher for each factory. Every finding and listing on this page is the factory's, from the publisher's assessments of the factory; none is a finding about the buyer.",
  'entity.groupFairness':
    "Parent companies as reported by the publisher for each factory. Every finding and listing on this page is the factory's, from the publisher's assessments of the factory; none is a finding about the parent company.",
  'entity.buyerLede':
    'Buyer reported by the publisher for {count} published factories. Standing as of {label}.',
  'entity.groupLede':
    'Parent company reported by the publisher for {count} published factories. Standing as of {label}.',
  'entity.buyerDescription':
    '{name}: buyer reported by the publisher for {count} published factories; {listed} of them on the low-compliance list of {label}.',
  'entity.groupDescription':
    '{name}: parent company reported by the publisher for {count} published factories; {listed} of them on the low-compliance list of {label}.',
  'entity.spellings': 'Spellings in the data:',
  'entity.alsoSpelt': '(also spelt {spellings})',
  'entity.sortBy': 'Sort by',
  'entity.colBuyer': 'Buyer',
  'entity.colGroup': 'Parent company',
  'entity.colFactories': 'Factories',
  'entity.colListedNowShort': 'On the low-compliance list ({label})',
  'entity.colListedEver': 'Ever on the low-compliance list',
  'entity.colNonCompliantNow': 'Non-compliant on a critical issue',
  'entity.colStrikesNotLegal': 'Strikes not meeting legal requirements',
  'entity.figuresLabel': 'Its factories as of {label}',
  'entity.figFactories': 'published factories',
  'entity.figListedNow': 'on the low-compliance list of {label}',
  'entity.figNonCompliant': 'non-compliant on a critical issue in their latest published cycle',
  'entity.figClosed': 'closed',
  'entity.figStrikes': 'strikes not meeting legal requirements',
  'entity.factoriesHeading': 'Factories',
  'entity.factoriesCaption': 'Factories reported for {name}, standing as of {label}',
  'entity.colCritical': 'Critical issues (latest published cycle)',
  'entity.colListedNow': 'Low-compliance list now',
  'entity.colListedBefore': 'On the low-compliance list before',
  'entity.colStrikes': 'Strikes (not meeting legal requirements / all)',
  'entity.noneNonCompliant': 'none non-compliant ({label})',
  'entity.nonCompliantIn': '{count} non-compliant: {ids} ({label})',
  'entity.moreInCsv':
    'The first {shown} of {count} factories, those that need action first. Every factory:',
  'entity.cyclesHeading': 'Over the cycles',
  'entity.cyclesCaption': 'Factories reported for {name}, by cycle',
  'entity.colPublished': 'Published',
  'entity.colNonCompliant': 'Non-compliant on a critical issue',
  'entity.colListed': 'On the low-compliance list',
  'entity.colClosed': 'Closed',
  'entity.dataHeading': 'Data',
  'entity.csv': 'These factories as a spreadsheet (CSV)',
  'entity.json': 'These factories in the open data API (JSON)',
  'entity.feed': 'Follow changes at these factories (Atom feed)',
  'entity.citeHeading': 'Cite this page',
  'entity.citeBuyer':
    '{demo}{name}, buyer reported by the publisher for {count} published factories. As of {label}: {listed} of these factories on the low-compliance list, {noncompliant} non-compliant on a critical issue in their latest published cycle, {closed} closed. {publisher}, {title}, data as of {date}. {url}',
  'entity.citeGroup':
    '{demo}{name}, parent company reported by the publisher for {count} published factories. As of {label}: {listed} of these factories on the low-compliance list, {noncompliant} non-compliant on a critical issue in their latest published cycle, {closed} closed. {publisher}, {title}, data as of {date}. {url}',
  'factory.buyersReported': 'Buyers reported by the publisher',
  'factory.groupPage': 'Every factory of {name}',
  'factory.citeWithRelations': 'Cite with the buyers and parent company',
  'factory.citeRelationsFrame': 'The latest citation above, with these words before its link:',
  'citation.buyers': 'Buyers reported by the publisher: {buyers}.',
  'citation.parent': 'Parent company: {parent}.',
  'chart.entity.title': 'Factories reported for {name}: shares by cycle',
  'chart.entity.listed': 'On the low-compliance list',
  'chart.entity.nonCompliant': 'Non-compliant on a critical issue',
  'chart.entity.desc':
    'In {cycle}, {value} of the published factories reported for {name} were on the low-compliance list.',
  'feed.buyerTitle': '{name}: factories reported for this buyer in {title}',
  'feed.buyerCycleSummary':
    'Of the factories reported for {name}: {published} published on the critical issues, {noncompliant} non-compliant on a critical issue, {listed} on the low-compliance list.',

  // supplier check
  'nav.check': 'Check suppliers',
  'check.title': 'Check a supplier list',
  'check.sheetName': 'Supplier check',
  'check.lede':
    'Paste the names of your suppliers, or choose the file you keep them in, and see for each line the matching factory and its standing: findings on the critical issues in its latest published cycle, the low-compliance list now and before, whether it is open or closed, and strikes.',
  'check.privacy':
    'Your list never leaves your computer. It is read and matched in this browser against the published factories; nothing is uploaded, sent or stored.',
  'check.formatsHeading': 'Lists the check reads',
  'check.formats':
    'CSV (comma, semicolon or tab separated), XLSX (every sheet with a column of factory names), plain text with one name per line, or JSON (an array of objects, or an object holding one), up to {size} and {rows} lines. Headers are matched in any case and order; cells reading N/A are read as empty and blank rows are skipped.',
  'check.formatsLayouts':
    'The Open Data Standard for the Apparel Sector (ODSAS) template, lists with the Transparency Pledge fields, and Open Supply Hub upload files (country, name, address) are recognised. The check reads these columns:',
  'check.field.name': 'Factory name',
  'check.field.supplierName': 'Supplier name, read only where a line gives no factory name',
  'check.field.nativeName': 'Name in the local language',
  'check.field.address': 'Address',
  'check.field.city': 'Town or district',
  'check.field.province': 'Province or state',
  'check.field.country': 'Country',
  'check.field.parentCompany': 'Parent company',
  'check.field.osId': 'Open Supply Hub id (OS ID)',
  'check.field.factoryId': 'Factory id on this site',
  'check.howHeading': 'How lines are matched',
  'check.how':
    'An OS ID or factory id decides the match only when the name on the line agrees with that factory’s names, is no other factory’s name, and its province or address does not place it elsewhere. A name decides only when, once case, accents, punctuation, spacing, legal forms such as “Co., Ltd.” and the country in brackets are set aside, it is the current, former or other name (in English, Khmer or Chinese) of exactly one factory, no other factory’s name goes on from it (“Sun Garment International” beside “Sun Garment”), the line does not place that factory in another province or country, and gives no OS ID other than the factory’s. Where several factories bear the name, or longer names begin with it, or the name is only similar, the line is marked “to confirm” and you choose among the candidates, each shown with its names, province, address, status, OS ID and standing. Words that many factories share, such as “Garment”, never make a candidate on their own. Lines that match nothing stay in the report as not found.',
  'check.noScript':
    'The supplier check runs in your browser and needs JavaScript. Without it, search the factory list or download factories.csv.',
  'check.pasteLabel': 'Paste supplier names',
  'check.pasteHint': 'One name per line, or a table copied from a spreadsheet with its header row.',
  'check.fileLabel': 'Or choose a file',
  'check.fileButton': 'Choose a file…',
  'check.fileHint': 'CSV, XLSX, TXT or JSON; up to {size} and {rows} lines.',
  'check.run': 'Check the list',
  'check.loading': 'Loading the published factories…',
  'check.reading': 'Reading {name}…',
  'check.progress': 'Checked {done} of {total} lines…',
  'check.cancel': 'Cancel',
  'check.cancelled': 'The check was cancelled.',
  'check.done': 'Lines checked: {total}, in {seconds} seconds.',
  'check.sourceFile': 'Checked: {name}.',
  'check.sourcePasted': 'Checked: the pasted list.',
  'check.readAs': 'Read as {layout}.',
  'check.layout.odsas': 'the ODSAS template',
  'check.layout.osh': 'an Open Supply Hub upload file',
  'check.layout.columns': 'a table with a column of factory names',
  'check.layout.lines': 'one name per line',
  'check.columnsUsed': 'Columns used: {columns}.',
  'check.labelled': '{label}: {value}',
  'check.blankSkipped': 'Blank lines skipped: {count}.',
  'check.lineNumber': '{line}',
  'check.lineOnSheet': '{line} (“{sheet}”)',
  'check.pageLinesSkipped':
    'Lines read as the page numbers of the document the list came from, not as factories: {lines}.',
  'check.onSheet': '“{sheet}”: {text}',
  'check.sheetQuoted': '“{name}”',
  'check.sheets':
    'Of the {count} sheets in the workbook, {names} were read: each has a column of factory names. A line’s sheet is given under its number.',
  'check.sheet':
    'Of the {count} sheets in the workbook, “{name}” was read: the only one with a column of factory names.',
  'check.titleSkipped':
    'The header is on line {line}; the {count} lines above it were read as the list’s title, not as factories.',
  'check.titleSkipped.one':
    'The header is on line {line}; the line above it was read as the list’s title, not as a factory.',
  'check.notesSkipped':
    'The {count} lines from line {line} on, below the list, were read as its notes (“Total”, “Source” and the like), not as factories.',
  'check.headingsRead':
    'Lines {lines} were read as country headings, not as factories: each gives its country to the lines under it.',
  'check.headingsRead.one':
    'Line {lines} was read as a country heading, not as a factory: it gives its country to the lines under it.',
  'check.notesSkipped.one':
    'Line {line}, below the list, was read as its note (“Total”, “Source” and the like), not as a factory.',
  'check.encoding': 'The file was read as {encoding} text.',
  'check.summary': '{matched} matched, {ambiguous} to confirm, {unmatched} not found.',
  'check.error.empty':
    'The list is empty. Paste names or choose a file with at least one factory name.',
  'check.error.tooBig':
    'The file is {size}; the check reads files up to {limit}. Split the list, or keep only the names, addresses and ids.',
  'check.error.tooManyRows':
    'The list has {rows} lines; the check reads up to {limit} at a time. Split it into parts.',
  'check.error.wrongType':
    '“{name}” is not a list the check can read. Choose a CSV, XLSX, TXT or JSON file.',
  'check.error.legacyExcel':
    'This is an old Excel file (.xls). Save it as .xlsx or CSV and choose it again.',
  'check.error.noNameColumn':
    'No column of factory names was found. The row read as the header: {header}. Name the column “Factory Name” or “name”.',
  'check.error.badJson':
    'The file is not a JSON list the check can read: expected an array of objects, one per factory, or an object holding one such array.',
  'check.error.jsonTooDeep':
    'The file nests its values more than {limit} levels deep: a supplier list is an array of objects, one per factory, whose values are text.',
  'check.error.unreadable': 'The file could not be read: {detail}.',
  'check.error.index':
    'The published factories could not be loaded. Check your connection and reload the page.',
  'check.results': 'Results',
  'check.show': 'Show',
  'check.show.all': 'All lines ({count})',
  'check.show.matched': 'Matched ({count})',
  'check.show.ambiguous': 'To confirm ({count})',
  'check.show.unmatched': 'Not found ({count})',
  'check.page': 'Showing {from} to {to} of {total}',
  'check.previous': 'Previous',
  'check.next': 'Next',
  'check.col.line': 'Line',
  'check.col.yourList': 'Your list',
  'check.col.result': 'Result',
  'check.col.standing': 'Standing',
  'check.col.critical': 'Critical issues, latest published cycle',
  'check.col.lowCompliance': 'Low-compliance list',
  'check.col.strikes': 'Strikes',
  'check.result.matched': 'Matched',
  'check.result.ambiguous': 'To confirm',
  'check.result.unmatched': 'Not found',
  'check.choose': 'Factory for line {line}',
  'check.choosePrompt': 'Choose a factory',
  'check.chooseNone': 'None of these',
  'check.nc.none': 'No non-compliance found ({cycle})',
  'check.nc.some': '{count} non-compliant ({cycle}):',
  'check.lc.now': 'On the list ({cycle})',
  'check.lc.before': 'Listed before, most recently {cycle} (cycles listed: {count})',
  'check.lc.never': 'Never listed',
  'check.strikes.none': 'None recorded',
  'check.strikes.some': '{count}, of which {notLegal} not meeting legal requirements',
  'check.note.noName': 'No factory name on this line.',
  'check.note.factoryIdNotFound': 'Factory id {value} is not among the published factories.',
  'check.note.osIdNotFound': 'OS ID {value} is not among the published factories.',
  'check.note.osIdDiffers':
    'Your list gives OS ID {value}, which no published factory has; {factory} has OS ID {own}. Confirm which factory the line means.',
  'check.note.otherCountry': 'Country “{country}”: the published factories are in {own} only.',
  'check.note.writtenAsAnother':
    'Your list writes the name letter for letter as “{factory}” does, which is not where your list says: confirm which factory the line means.',
  'check.note.idWrittenAsAnother':
    'Your list writes the name letter for letter as “{factory}” does, not as the factory of this id: confirm which factory the line means.',
  'check.note.sameFactoryAs': 'Line {line} of your list names the same factory.',
  'check.note.addressDiffers':
    'Your list gives the address “{list}”; the published factory of this name is at “{factory}”: confirm that the line means this factory.',
  'check.note.supplierNameOnly':
    'Your list gives no factory name on this line; the supplier’s name “{name}” was compared instead: confirm that this supplier is the factory.',
  'check.note.addressAbroad':
    'Your list’s address names “{country}”, though its country is {own}: confirm that the line means this factory.',
  'check.note.placeUnknown':
    'Your list places this line at “{place}”, which names no province of {own} and no place in any published factory’s address: confirm that the line means this factory.',
  'check.note.countryUnread':
    'Country “{country}” is not a country the check can read: confirm that the line means this factory in {own}.',
  'check.note.tradeWordsOnly':
    '“{name}” has only words that many factories share, such as “Garment” or “Co., Ltd.”: no factory can be told from them.',
  'check.note.idsDisagree':
    'The factory id {factoryId} and the OS ID {osId} belong to different factories: choose the one meant.',
  'check.note.nameDiffers.factoryId':
    'Your list names “{name}”, but this factory id belongs to “{factory}”: confirm it is the same factory.',
  'check.note.nameDiffers.osId':
    'Your list names “{name}”, but this OS ID belongs to “{factory}”: confirm it is the same factory.',
  'check.note.placeDiffers': 'Your list says {list}; “{factory}” is in {places}.',
  'check.note.longerName':
    '“{factory}” has this name, and the names of {count} other published factories begin with it: choose the one meant.',
  'check.note.longerName.one':
    '“{factory}” has this name, and another published factory’s name begins with it: choose the one meant.',
  'check.note.sameName': '{count} published factories have this name: choose the one meant.',
  'check.note.sameNameElsewhere':
    'Your list says {list}; none of these factories is there: it may be another factory of this name.',
  'check.note.sameNameSettled.place':
    '{count} published factories have this name; only one is where your list says.',
  'check.note.sameNameSettled.address':
    '{count} published factories have this name; only one is at the house and street your list gives.',
  'check.note.sameNameSettled.parentCompany':
    '{count} published factories have this name; only one has the parent company your list gives.',
  'check.reason.idDiffers': 'id to confirm',
  'check.reason.placeDiffers': 'same name, another place',
  'check.reason.longerName': 'same name, and longer names that begin with it',
  'check.reason.supplierName': 'the supplier’s name, the factory to confirm',
  'check.reason.placeToConfirm': 'same name, its place to confirm',
  'check.reason.sameName': 'several factories have this name',
  'check.reason.similar': 'similar names only (best {similarity})',
  'check.placeAgrees': 'in {place}, as your list says',
  'check.why': 'Why: {reason}',
  'check.candidates': 'Candidates for line {line}',
  'check.candidate.same': 'same name',
  'check.candidate.similar': 'similar name ({similarity})',
  'check.candidate.siteDiffers': 'another site number',
  'check.candidate.criticalCount': 'critical issues non-compliant: {count}',
  'check.candidate.names': 'Other names',
  'check.candidate.englishName': 'Name in English',
  'check.candidate.where': 'Where',
  'check.candidate.osId': 'OS ID',
  'check.candidate.placeDiffers': 'not where your list says',
  'check.problem.malformedRow': 'The line could not be read completely: {detail}.',
  'check.problem.longValue':
    'The column “{column}” holds {length} characters on this line; only the first {limit} were compared.',
  'check.problem.badOsId':
    '“{value}” is not an OS ID (2 letters, 7 digits, then 6 letters or digits).',
  'check.downloadCsv': 'Download the report (CSV)',
  'check.downloadXlsx': 'Download the report (XLSX)',
  'check.print': 'Print the report',
  'check.printHeading': 'Supplier check of {date}: {total} lines',
  'check.risk.heading': 'Risk summary',
  'check.risk.intro':
    'Of the {matched} lines matched to a factory (lines to confirm and lines not found are not counted):',
  'check.risk.lowCompliance': '{count} on the low-compliance list as of {cycle}',
  'check.risk.critical':
    '{count} non-compliant on at least one critical issue in their latest published cycle',
  'check.risk.requirement': '{label}: {count}',
  'check.risk.byRequirement': 'Critical issues, most frequent first',
  'check.risk.closed': '{count} closed',
  'check.risk.strikes': '{count} with strikes that did not meet legal requirements',
  'check.risk.hint': 'Select a count to show only those lines; select it again to show every line.',
  'check.risk.showing': 'Showing {count} lines: {filter}.',
  'check.sort.label': 'Order of the lines',
  'check.sort.input': 'As in your list',
  'check.sort.standing': 'By standing, most in need of attention first',
  'check.bulk.heading': 'Settle the lines to confirm',
  'check.bulk.rule':
    'A top candidate is accepted only when your line names a province, town or address and one of its places is the candidate’s province or is in its address or names. It is never accepted when the two names do not give the same site (“Factory 2” against a name without one), when they say the factories make different things (“Bags”, “Footwear”), when the line’s ids point to another factory, or when another candidate is in the same place too.',
  'check.bulk.accept': 'Accept {count} candidates whose province or address agrees',
  'check.bulk.rest': 'Mark the other {count} lines to confirm as not found',
  'check.bulk.undo': 'Undo the last change',
  'check.bulk.none': 'No line is left to confirm.',
  'check.bulk.accepted': '{count} candidates accepted.',
  'check.bulk.marked': '{count} lines marked not found.',
  'check.bulk.undone': 'The last change was undone.',
  'check.bulk.accept.one': 'Accept 1 candidate whose province or address agrees',
  'check.bulk.rest.one': 'Mark the other line to confirm as not found',
  'check.bulk.accepted.one': '1 candidate accepted.',
  'check.bulk.marked.one': '1 line marked not found.',
  'check.about.dataset': 'Dataset',
  'check.about.publisher': 'Publisher',
  'check.about.dataAsOf': 'Data as of',
  'check.about.latestCycle': 'Latest cycle',
  'check.about.site': 'Site',
  'check.about.checkedOn': 'Checked on',
  'check.about.list': 'List',
  'check.about.pasted': 'pasted list',
  'check.about.summary': 'Summary',
  'check.brief.critical': 'Critical issues non-compliant: {count} ({cycle})',
  'check.brief.listed': 'on the low-compliance list as of {cycle}',
  'check.brief.strikes': 'Strikes that did not meet legal requirements: {count}',
  'check.template': 'Download a template (ODSAS layout, CSV)',
  'check.templateHint':
    'The columns of the Open Data Standard for the Apparel Sector, with one example line to replace. An OS ID, factory id or province column may be added.',
  'check.checking': 'Checking…',
  'check.reportLayoutHeading': 'What the reports hold',
  'check.reportLayout':
    'Every report starts with what was checked: the dataset, its publisher, the date of the data, the latest cycle, the site’s address, the date of the check, the list’s file name and the risk summary. In the CSV these come first as lines starting with “#”, one “# key,value” pair each ({keys}, then the counts); the table follows with the same English column names in every language, so a program can skip the “#” lines and read it. The XLSX puts them above a header in your language, with the header frozen and a filter on every column.',
  'check.report.yes': 'yes',
  'check.report.no': 'no',
  'check.report.col.line': 'Line',
  'check.report.col.sheet': 'Sheet',
  'check.report.col.list_name': 'Name in your list',
  'check.report.col.list_address': 'Address in your list',
  'check.report.col.list_os_id': 'OS ID in your list',
  'check.report.col.list_country': 'Country in your list',
  'check.report.col.result': 'Result',
  'check.report.col.match_basis': 'Matched by',
  'check.report.col.match_reason': 'Why',
  'check.report.col.matched_name': 'Name that matched',
  'check.report.col.factory_id': 'Factory id',
  'check.report.col.factory_name': 'Factory',
  'check.report.col.factory_url': 'Factory page',
  'check.report.col.status': 'Status',
  'check.report.col.closed_on': 'Closed on',
  'check.report.col.latest_published_cycle': 'Latest published cycle',
  'check.report.col.critical_issues_non_compliant_count': 'Critical issues non-compliant',
  'check.report.col.critical_issues_non_compliant': 'Which critical issues',
  'check.report.col.on_latest_low_compliance_list': 'On the latest low-compliance list',
  'check.report.col.low_compliance_cycles': 'Cycles on the low-compliance list',
  'check.report.col.strikes': 'Strikes',
  'check.report.col.strikes_not_legal': 'Strikes not meeting legal requirements',
  'check.report.col.candidates': 'Candidates to confirm',
  'check.report.col.notes': 'Notes',

  // why a factory was found (factory search and supplier check)
  'why.name': 'current name',
  'why.formerName': 'former name “{name}”',
  'why.alias': 'former or other name “{name}”',
  'why.otherName': 'other name “{name}”',
  'why.khmerName': 'name in Khmer',
  'why.chineseName': 'name in Chinese',
  'why.factoryId': 'factory id',
  'why.osId': 'OS ID',
  'why.chosen': 'chosen by you',
  'why.parentCompany': 'parent company “{name}”',
  'why.buyer': 'buyer “{name}”',
  'why.province': 'province “{name}”',
  'why.similar': 'similar name ({similarity}) “{name}”',
  'why.similarAlias': 'similar to a former or other name ({similarity}) “{name}”',
  'search.why': 'Match: {reason}',

  // strike requirements (the values of requirements_missed)
  'strike.req.notice': 'notice',
  'strike.req.secret-ballot': 'secret ballot',
  'strike.req.conciliation': 'conciliation',
  'strike.req.arbitration': 'arbitration',
  'strike.req.quorum': 'quorum',
} as const;

export type MessageKey = keyof typeof en;

/** A complete set of UI strings: every language file has exactly the keys of this one. */
export type Messages = Record<MessageKey, string>;
