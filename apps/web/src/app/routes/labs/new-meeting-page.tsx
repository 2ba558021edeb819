import { Link, useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../../components/page-title';
import { LoadError, Loading } from '../../../components/query-states';
import { useLab } from '../../../features/labs/api/get-lab';
import { useCreateMeeting } from '../../../features/meetings/api/create-meeting';
import { useMeetingOptions } from '../../../features/meetings/api/get-meeting-options';
import { MeetingForm } from '../../../features/meetings/components/meeting-form';
import { withFlash } from '../../../lib/flash';
import { useT } from '../../../lib/i18n';

export function NewMeetingPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const lab = useLab(id);
  const options = useMeetingOptions(id);
  const create = useCreateMeeting(id);
  usePageTitle(t('meetings.form.title'));
  return (
    <div className="page page--narrow">
      <p className="meta">
        <Link to={`/labs/${id}`}>{lab.data?.name ?? t('labs.backToList')}</Link>
      </p>
      <h1>{t('meetings.form.title')}</h1>
      <p className="lead">{t('meetings.form.intro')}</p>
      {options.isPending ? (
        <Loading />
      ) : options.isError ? (
        <LoadError error={options.error} onRetry={() => void options.refetch()} />
      ) : (
        <MeetingForm
          options={options.data}
          onSubmit={async (body) => {
            const meeting = await create.mutateAsync(body);
            await navigate(`/labs/${id}#meeting-${meeting.id}`, { state: withFlash('meetings.saved') });
          }}
        />
      )}
    </div>
  );
}
