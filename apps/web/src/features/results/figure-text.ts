import { SMALL_GROUP_LIMIT, type Indicator, type Measurement } from '@motesplats/contracts';
import type { Translate } from '../../lib/i18n';

type Figures = Pick<Measurement, 'count' | 'groupSize' | 'value'>;

/** A value of the indicator's kind in words: "15 av 22", "100 aktiviteter", "ökning med 80 %". */
export function figureText(t: Translate, indicator: Pick<Indicator, 'kind' | 'unit'>, f: Figures): string {
  switch (indicator.kind) {
    case 'SHARE_OF_GROUP':
      return f.count !== null && f.groupSize !== null
        ? t('results.figure.share', { count: f.count, groupSize: f.groupSize })
        : t('results.figure.none');
    case 'COUNT':
      if (f.value === null) return t('results.figure.none');
      return indicator.unit
        ? t('results.figure.count', { value: f.value, unit: indicator.unit })
        : t('results.figure.countPlain', { value: f.value });
    case 'PERCENTAGE':
      if (f.value === null) return t('results.figure.none');
      return f.groupSize === null
        ? t('results.figure.percentage', { value: f.value })
        : t('results.figure.percentageOf', { value: f.value, groupSize: f.groupSize });
    case 'CHANGE_PERCENT':
      if (f.value === null) return t('results.figure.none');
      if (f.value === 0) return t('results.figure.unchanged');
      return f.value > 0
        ? t('results.figure.increase', { value: f.value })
        : t('results.figure.decrease', { value: -f.value });
  }
}

/** What the public sees of a withheld reading: "färre än 5 av 22", "fler än 5 av 10". */
export function withheldText(t: Translate, m: Pick<Measurement, 'suppressed' | 'groupSize'>): string {
  const limit = SMALL_GROUP_LIMIT;
  if (m.suppressed === 'SMALL_GROUP' || m.groupSize === null) {
    return m.suppressed === 'SMALL_GROUP'
      ? t('results.figure.smallGroup', { limit })
      : t('results.figure.fewPeople', { limit });
  }
  switch (m.suppressed) {
    case 'SMALL_REMAINDER':
      return t('results.figure.moreThan', { floor: m.groupSize - limit, groupSize: m.groupSize });
    // Fine on their own, withheld beside other figures: no bound is given, since one would
    // narrow the very number the rule protects.
    case 'SUBTRACTION':
    case 'CHANGE':
      return t('results.figure.protected', { groupSize: m.groupSize });
    default:
      return t('results.figure.fewerThan', { limit, groupSize: m.groupSize });
  }
}

/** The reading as this reader sees it: its figure, or the words for a withheld one. */
export function readingText(t: Translate, indicator: Pick<Indicator, 'kind' | 'unit'>, m: Measurement): string {
  const hasFigure = m.count !== null || m.value !== null;
  return !hasFigure && m.suppressed !== null ? withheldText(t, m) : figureText(t, indicator, m);
}

/** The target in words, of the same kind as the readings (a share's target counts of the latest group). */
export function targetText(t: Translate, indicator: Indicator): string | null {
  if (indicator.target === null) return null;
  const groupSize = indicator.measurements.at(-1)?.groupSize ?? null;
  if (indicator.kind === 'SHARE_OF_GROUP') {
    return groupSize === null
      ? t('results.figure.countPlain', { value: indicator.target })
      : t('results.figure.share', { count: indicator.target, groupSize });
  }
  return figureText(t, indicator, { count: null, groupSize: null, value: indicator.target });
}

/** The baseline in words; a share's baseline is a count of the group. */
export function baselineText(t: Translate, indicator: Indicator): string | null {
  if (indicator.baseline === null) return null;
  return indicator.kind === 'SHARE_OF_GROUP'
    ? t('results.figure.countPlain', { value: indicator.baseline })
    : figureText(t, indicator, { count: null, groupSize: null, value: indicator.baseline });
}

/** The number a chart plots for a reading; null when the reader has no figure. */
export function plotted(indicator: Pick<Indicator, 'kind'>, m: Measurement): number | null {
  return indicator.kind === 'SHARE_OF_GROUP' ? m.count : m.value;
}

/** Whether the latest reading reaches the target (a decrease target counts downwards). */
export function targetReached(indicator: Indicator): boolean {
  const latest = indicator.measurements.at(-1);
  const figure = latest ? plotted(indicator, latest) : null;
  if (figure === null || indicator.target === null) return false;
  const baseline = indicator.baseline ?? 0;
  return indicator.target >= baseline ? figure >= indicator.target : figure <= indicator.target;
}
