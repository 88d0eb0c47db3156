import { useParams } from 'react-router-dom';
import { isErrorCode } from '../app/graphql-client';
import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useMemberQuery } from '../generated/graphql';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { BlockMemberControls } from '../modules/members/components/BlockMemberControls';
import { MemberProfile } from '../modules/members/components/MemberProfile';
import { ReportButton } from '../modules/moderation/components/ReportButton';
import { NotFound } from './NotFound';

export function MemberPage() {
  const { handle = '' } = useParams();
  const q = useMemberQuery({ handle });
  const { viewer } = useViewer();
  const notFound = q.isError && isErrorCode(q.error, 'NOT_FOUND', 'BAD_REQUEST', 'VALIDATION_FAILED');
  usePageTitle(
    q.data?.member.handle ?? (q.isPending ? 'Loading member' : notFound ? 'Member not found' : 'Member could not be loaded'),
  );

  if (q.isPending) return <Loading label="Loading member…" />;
  if (q.isError) {
    if (notFound) {
      return (
        <NotFound title="Member not found">
          <p>There is no member called “{handle}”. They may have changed their handle or left Kindred.</p>
        </NotFound>
      );
    }
    return <ErrorPanel as="h1" title="We couldn’t load this member" error={q.error} onRetry={() => void q.refetch()} />;
  }

  const member = q.data.member;
  return (
    <div className="narrow">
      <MemberProfile member={member} />
      {viewer && viewer.id !== member.id ? <BlockMemberControls member={member} /> : null}
      {viewer && viewer.id !== member.id ? (
        <section className="section" aria-labelledby="report-member-title">
          <h2 id="report-member-title">Worried about {member.handle}?</h2>
          <p>
            If {member.handle} is harassing someone, spamming, or may be at risk, tell the moderators. {member.handle}{' '}
            won’t be told who reported them.
          </p>
          <ReportButton
            targetType="member"
            targetId={member.id}
            subject={member.handle}
            className="button button--secondary"
          />
        </section>
      ) : null}
      {viewer && viewer.id === member.id ? <p className="muted">This is how other members see your profile.</p> : null}
    </div>
  );
}
