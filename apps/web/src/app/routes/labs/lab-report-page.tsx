import type { Lab, LabReport } from '@motesplats/contracts';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../../components/page-title';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { UserText } from '../../../components/user-text';
import { DiaryList } from '../../../features/diary/components/diary-list';
import { useIdeas } from '../../../features/ideas/api/list-ideas';
import { useLab } from '../../../features/labs/api/get-lab';
import { useLabReport } from '../../../features/labs/api/get-lab-report';
import { LabDetails } from '../../../features/labs/components/lab-details';
import { MeetingList } from '../../../features/meetings/components/meeting-list';
import { IndicatorResult } from '../../../features/results/components/indicator-result';
import { ResultsSection } from '../../../features/results/components/results-section';
import { useI18n, useT } from '../../../lib/i18n';
import './lab-report.css';

/*
 * A lab as one printable document: the lab page's content without its forms and buttons, in the
 * order a reader of a report expects, with a print stylesheet (lab-report.css) for a clean A4.
 * "Ladda ner som PDF" is the browser's own print dialogue: no PDF service on the server.
 */
export function LabReportPage() {
  const t = useT();
  const { id = '' } = useParams();
  const lab = useLab(id);
  const report = useLabReport(id);
  usePageTitle(lab.data ? t('report.title', { name: lab.data.name }) : undefined);
  if (lab.isPending || report.isPending) return <Loading />;
  if (lab.isError) return <LoadError error={lab.error} onRetry={() => void lab.refetch()} />;
  if (report.isError) return <LoadError error={report.error} onRetry={() => void report.refetch()} />;
  return <Report lab={lab.data} report={report.data} />;
}

function Report({ lab, report }: { lab: Lab; report: LabReport }) {
  const { t, formatDate } = useI18n();
  const address = `${window.location.origin}/labs/${lab.id}`;
  return (
    <article className="lab-report" aria-labelledby="report-title">
      <header className="lab-report__header">
        <p className="no-print">
          <Link to={`/labs/${lab.id}`}>{t('report.backToLab')}</Link>
        </p>
        <h1 id="report-title">{t('report.title', { name: lab.name })}</h1>
        {lab.summary && (
          <UserText as="p" lang={lab.language} className="lead">
            {lab.summary}
          </UserText>
        )}
        <p className="meta">
          {t('report.generated', { date: formatDate(report.generatedAt.slice(0, 10)) })}{' '}
          <span className="lab-report__address">{address}</span>
        </p>
        <div className="no-print lab-report__print">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('report.print')}
          </button>
          <p className="meta">{t('report.printHint')}</p>
        </div>
      </header>

      <h2 className="lab-report__part">{t('report.about')}</h2>
      <LabDetails lab={lab} />

      <section className="section" aria-labelledby="report-meetings">
        <h2 id="report-meetings">{t('report.meetings')}</h2>
        <MeetingList labId={lab.id} />
      </section>

      <ReportIdeas labId={lab.id} />

      <ResultsSection owner={{ kind: 'labs', id: lab.id }} readOnly />

      <section className="section" aria-labelledby="report-matches">
        <h2 id="report-matches">{t('report.matches')}</h2>
        {report.collaborations.length === 0 ? (
          <EmptyState>{t('report.matchesEmpty')}</EmptyState>
        ) : (
          report.collaborations.map((c) => (
            <section key={c.id} className="lab-report__collaboration" aria-labelledby={`report-match-${c.id}`}>
              <h3 id={`report-match-${c.id}`}>
                {c.challengeTitle} – {c.offeringTitle}
              </h3>
              <p className="meta">
                {c.partnerName}
                {c.completedAt && <> · {formatDate(c.completedAt.slice(0, 10))}</>}
              </p>
              {c.indicators.map((indicator) => (
                <IndicatorResult key={indicator.id} indicator={indicator} headingLevel={4} readOnly />
              ))}
            </section>
          ))
        )}
      </section>

      <section className="section" aria-labelledby="report-methods">
        <h2 id="report-methods">{t('report.methods')}</h2>
        {report.methods.length === 0 ? (
          <EmptyState>{t('report.methodsEmpty')}</EmptyState>
        ) : (
          <ul className="list">
            {report.methods.map((m) => (
              <li key={m.id} className="list-item">
                <Link to={`/methods/${m.slug}`}>{m.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section lab-report__diary" aria-labelledby="report-diary">
        <h2 id="report-diary">{t('report.diary')}</h2>
        <DiaryList labId={lab.id} page={1} />
      </section>
    </article>
  );
}

/** The residents' ideas to the lab that the public may read, with their support. */
function ReportIdeas({ labId }: { labId: string }) {
  const t = useT();
  const ideas = useIdeas({ lab: labId, pageSize: 20 });
  return (
    <section className="section" aria-labelledby="report-ideas">
      <h2 id="report-ideas">{t('report.ideas')}</h2>
      {ideas.isPending ? (
        <Loading />
      ) : ideas.isError ? (
        <LoadError error={ideas.error} onRetry={() => void ideas.refetch()} />
      ) : ideas.data.items.length === 0 ? (
        <EmptyState>{t('report.ideasEmpty')}</EmptyState>
      ) : (
        <ul className="list">
          {ideas.data.items.map((idea) => (
            <li key={idea.id} className="list-item">
              <Link to={`/ideas/${idea.id}`}>{idea.title}</Link>
              <span className="meta"> – {t('report.supports', { count: idea.supportCount })}</span>
              {idea.excerpt && <p>{idea.excerpt}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
