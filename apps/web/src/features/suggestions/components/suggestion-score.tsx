import { SUGGESTION_COMPONENTS, SUGGESTION_WEIGHTS, type Suggestion } from '@motesplats/contracts';
import { useT } from '../../../lib/i18n';

/**
 * The score and what it is made of: one bar per component, each out of its weight in
 * SUGGESTION_WEIGHTS. The bars are decoration; the numbers beside them are the text. The
 * words-in-common row names the words, which say more than its points.
 */
export function SuggestionScore({ suggestion }: { suggestion: Suggestion }) {
  const t = useT();
  return (
    <details className="suggestion-score">
      <summary>
        <span className="suggestion-score__total">
          {t('suggestions.score', { score: Math.round(suggestion.score) })}
        </span>{' '}
        <span className="suggestion-score__more">{t('suggestions.showComponents')}</span>
      </summary>
      <dl className="suggestion-bars">
        {SUGGESTION_COMPONENTS.map((component) => {
          const weight = SUGGESTION_WEIGHTS[component];
          const points = Math.min(weight, Math.max(0, suggestion.components[component]));
          return (
            <div key={component} className="suggestion-bars__row">
              <dt>{t(`suggestions.component.${component}`)}</dt>
              <dd>
                <span className="suggestion-bars__bar" aria-hidden="true">
                  <span className="suggestion-bars__fill" style={{ width: `${(points / weight) * 100}%` }} />
                </span>
                <span className="suggestion-bars__points">
                  {t('suggestions.points', { points: Math.round(points), weight })}
                </span>
              </dd>
              {component === 'text' && (
                <dd className="suggestion-bars__words">
                  {suggestion.reasons.sharedWords.length > 0
                    ? suggestion.reasons.sharedWords.join(', ')
                    : t('suggestions.sharedWordsNone')}
                </dd>
              )}
            </div>
          );
        })}
      </dl>
    </details>
  );
}
