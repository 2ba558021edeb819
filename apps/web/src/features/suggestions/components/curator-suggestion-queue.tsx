import type { CuratorSuggestionsQuery } from '@motesplats/contracts';
import { useState } from 'react';
import type { z } from 'zod';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { ResultCount } from '../../../components/search';
import { useI18n } from '../../../lib/i18n';
import { useCuratorSuggestions } from '../api/list-curator-suggestions';
import type { OnMatchOpened } from '../api/open-match';
import { ShowWeakToggle } from './show-weak-toggle';
import { SuggestionItem } from './suggestion-item';
import './suggestions.css';

const QUEUE_SIZE = 10;

export interface CuratorSuggestionQueueProps {
  /** The board's filters (focus areas, county). */
  filters: Omit<z.input<typeof CuratorSuggestionsQuery>, 'limit' | 'lang' | 'includeWeak'>;
  onMatchOpened?: OnMatchOpened;
}

/** The curators' queue beside the board: the best unmatched pairs, each with "propose". */
export function CuratorSuggestionQueue({ filters, onMatchOpened }: CuratorSuggestionQueueProps) {
  const { t, locale } = useI18n();
  const [includeWeak, setIncludeWeak] = useState(false);
  const queue = useCuratorSuggestions({
    ...filters,
    limit: QUEUE_SIZE,
    lang: locale,
    ...(includeWeak ? { includeWeak: 'true' as const } : {}),
  });
  return (
    <section className="board-queue" aria-labelledby="queue-title">
      <h2 id="queue-title">{t('matches.board.queueTitle')}</h2>
      <p className="meta">{t('matches.board.queueIntro')}</p>
      <ShowWeakToggle checked={includeWeak} onChange={setIncludeWeak} />
      <ResultCount
        text={queue.data ? t('matches.board.queueCount', { count: queue.data.items.length }) : ''}
        busy={queue.isFetching}
      />
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <LoadError error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <EmptyState>{t(includeWeak ? 'matches.board.queueEmpty' : 'suggestions.emptyStrong')}</EmptyState>
      ) : (
        <ol className="suggestions">
          {queue.data.items.map((suggestion) => (
            <SuggestionItem
              key={`${suggestion.challenge.id}:${suggestion.offering.id}`}
              suggestion={suggestion}
              shows="pair"
              actions={['PROPOSE']}
              onMatchOpened={onMatchOpened}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
