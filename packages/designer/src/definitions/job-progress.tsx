/** @module How far the re-score a publish queued has come (its event stream followed, or the job asked every second where the stream cannot be read), and what it changed. */
import { Alert, Progress } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import type { JobView } from '../api/definition-types.js';
import { useLoad } from '../renderer/index.js';
import { changedCounts } from '../scorecard/impact.js';

const POLL_MS = 1000;

type Watch = { readonly kind: 'waiting' } | { readonly kind: 'hidden' } | { readonly kind: 'job'; readonly job: JobView };

const ended = (job: JobView) => job.status === 'succeeded' || job.status === 'dead';

/** What the finished re-score changed, once asked; nothing while it is asked or when it cannot be. */
function Impact({ jobId }: { readonly jobId: string }) {
  const { t } = useTranslation();
  const [loaded] = useLoad(() => api.rescoreImpact(jobId), [jobId]);
  if (loaded.status !== 'ok') return null;
  const impact = loaded.value;
  if (impact.changedScores === 0 && impact.changedGrades === 0) return <span data-testid="rescore-impact">{t('definitions.job.unchanged')}</span>;
  const moves = impact.moves.map((m) => t('definitions.job.move', { from: m.from ?? '—', to: m.to ?? '—', count: m.count })).join(t('definitions.job.separator'));
  return <span data-testid="rescore-impact">{t('definitions.job.impact', { ...changedCounts(impact, t), moves: moves === '' ? '—' : moves })}</span>;
}

/** The job's progress; only admins may read jobs, so others are told it runs in the background. */
export function JobProgress({ jobId }: { readonly jobId: string }) {
  const { t } = useTranslation();
  const [watch, setWatch] = useState<Watch>({ kind: 'waiting' });

  useEffect(() => {
    let live = true;
    let timer: number | undefined;
    const show = (job: JobView) => live && setWatch({ kind: 'job', job });
    const poll = () =>
      api.job(jobId).then(
        (job) => {
          show(job);
          if (live && !ended(job)) timer = window.setTimeout(poll, POLL_MS);
        },
        () => live && setWatch({ kind: 'hidden' }),
      );
    const stop = api.followJob(jobId, show, () => void poll());
    return () => {
      live = false;
      stop();
      window.clearTimeout(timer);
    };
  }, [jobId]);

  if (watch.kind === 'hidden') return <Alert type="info" showIcon title={t('definitions.job.background')} />;
  const job = watch.kind === 'job' ? watch.job : undefined;
  const { done, total } = job?.progress ?? { done: 0, total: null };
  if (job?.status === 'succeeded') return <Alert type="success" showIcon title={t('definitions.job.done', { done })} description={<Impact jobId={jobId} />} data-testid="job-done" />;
  if (job?.status === 'dead') return <Alert type="error" showIcon title={t('definitions.job.failed', { error: job.lastError ?? '' })} />;
  const percent = total === null || total === 0 ? undefined : Math.floor((done / total) * 100);
  return (
    <div data-testid="job-progress">
      <div>{total === null ? t('definitions.job.running') : t('definitions.job.counted', { done, count: total })}</div>
      <Progress percent={percent ?? 0} status="active" showInfo={percent !== undefined} />
    </div>
  );
}
