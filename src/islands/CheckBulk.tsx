/**
 * Bulk actions for the lines to confirm (rules in src/lib/supplier-bulk.ts), each button saying
 * how many lines it will change, and an undo of the last change.
 */
import { formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { BulkPlan } from '../lib/supplier-bulk';
import type { Translate } from './check-text';

interface CheckBulkProps {
  plan: BulkPlan;
  canUndo: boolean;
  onAccept: () => void;
  onRest: () => void;
  onUndo: () => void;
  locale: Locale;
  t: Translate;
  headingId: string;
}

export function CheckBulk({
  plan,
  canUndo,
  onAccept,
  onRest,
  onUndo,
  locale,
  t,
  headingId,
}: CheckBulkProps) {
  const number = (value: number) => formatNumber(locale, value);
  const left = plan.accept.length + plan.rest.length;
  if (left === 0 && !canUndo) return null;
  return (
    <section className="check-bulk no-print" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('check.bulk.heading')}</h3>
      {left === 0 ? <p>{t('check.bulk.none')}</p> : <p className="muted">{t('check.bulk.rule')}</p>}
      <div className="check-actions">
        {plan.accept.length > 0 && (
          <button type="button" data-bulk="accept" onClick={onAccept}>
            {t(plan.accept.length === 1 ? 'check.bulk.accept.one' : 'check.bulk.accept', {
              count: number(plan.accept.length),
            })}
          </button>
        )}
        {plan.rest.length > 0 && (
          <button type="button" className="secondary" data-bulk="rest" onClick={onRest}>
            {t(plan.rest.length === 1 ? 'check.bulk.rest.one' : 'check.bulk.rest', {
              count: number(plan.rest.length),
            })}
          </button>
        )}
        {canUndo && (
          <button type="button" className="secondary" data-bulk="undo" onClick={onUndo}>
            {t('check.bulk.undo')}
          </button>
        )}
      </div>
    </section>
  );
}
