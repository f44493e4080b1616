/**
 * The supplier check's risk summary: counts of the matched suppliers on the low-compliance list,
 * non-compliant on critical issues (each issue, most frequent first), closed, and with strikes
 * that did not meet legal requirements. Each count is a toggle that shows only its lines.
 */
import { formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { filterKey, type RiskFilter, type RiskSummary } from '../lib/supplier-risk';
import type { Translate } from './check-text';

interface CheckSummaryProps {
  summary: RiskSummary;
  active: RiskFilter | null;
  onFilter: (filter: RiskFilter | null) => void;
  locale: Locale;
  /** The latest cycle's label, for "on the low-compliance list as of …". */
  latestCycle: string;
  requirementLabels: Record<string, string>;
  t: Translate;
  headingId: string;
}

export function CheckSummary({
  summary,
  active,
  onFilter,
  locale,
  latestCycle,
  requirementLabels,
  t,
  headingId,
}: CheckSummaryProps) {
  const number = (value: number) => formatNumber(locale, value);
  const activeKey = active === null ? null : filterKey(active);
  const toggle = (filter: RiskFilter, label: string, count: number) => {
    const pressed = activeKey === filterKey(filter);
    return (
      <button
        type="button"
        className="check-risk-toggle"
        aria-pressed={pressed}
        disabled={count === 0 && !pressed}
        data-risk={filterKey(filter)}
        onClick={() => onFilter(pressed ? null : filter)}
      >
        {label}
      </button>
    );
  };
  return (
    <section className="check-risk" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('check.risk.heading')}</h3>
      <p>{t('check.risk.intro', { matched: number(summary.matched) })}</p>
      <ul className="check-risk-counts">
        <li>
          {toggle(
            { kind: 'lowCompliance' },
            t('check.risk.lowCompliance', {
              count: number(summary.lowCompliance),
              cycle: latestCycle,
            }),
            summary.lowCompliance,
          )}
        </li>
        <li>
          {toggle(
            { kind: 'critical' },
            t('check.risk.critical', { count: number(summary.critical) }),
            summary.critical,
          )}
          {summary.byRequirement.length > 0 && (
            <ul aria-label={t('check.risk.byRequirement')}>
              {summary.byRequirement.map(({ requirement, count }) => (
                <li key={requirement}>
                  {toggle(
                    { kind: 'critical', requirement },
                    t('check.risk.requirement', {
                      label: requirementLabels[requirement] ?? requirement,
                      count: number(count),
                    }),
                    count,
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
        <li>
          {toggle(
            { kind: 'closed' },
            t('check.risk.closed', { count: number(summary.closed) }),
            summary.closed,
          )}
        </li>
        <li>
          {toggle(
            { kind: 'strikesNotLegal' },
            t('check.risk.strikes', { count: number(summary.strikesNotLegal) }),
            summary.strikesNotLegal,
          )}
        </li>
      </ul>
      <p className="muted no-print">{t('check.risk.hint')}</p>
    </section>
  );
}

/** A filter in words, for the line that says what the table shows. */
export function riskFilterText(
  filter: RiskFilter,
  summary: RiskSummary,
  t: Translate,
  locale: Locale,
  latestCycle: string,
  requirementLabels: Record<string, string>,
): string {
  const number = (value: number) => formatNumber(locale, value);
  switch (filter.kind) {
    case 'lowCompliance':
      return t('check.risk.lowCompliance', {
        count: number(summary.lowCompliance),
        cycle: latestCycle,
      });
    case 'critical': {
      if (filter.requirement === undefined) {
        return t('check.risk.critical', { count: number(summary.critical) });
      }
      const found = summary.byRequirement.find((r) => r.requirement === filter.requirement);
      return t('check.risk.requirement', {
        label: requirementLabels[filter.requirement] ?? filter.requirement,
        count: number(found?.count ?? 0),
      });
    }
    case 'closed':
      return t('check.risk.closed', { count: number(summary.closed) });
    case 'strikesNotLegal':
      return t('check.risk.strikes', { count: number(summary.strikesNotLegal) });
  }
}
