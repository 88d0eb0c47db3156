import type { ViewerFragment } from '../../../generated/graphql';
import { Badge } from '../../../app/ui/Badge';
import { formatDate } from '../../../app/ui/format';

const ROLE_LABELS: Record<ViewerFragment['role'], string> = {
  member: 'Member',
  moderator: 'Site moderator',
  clinician: 'Clinician',
  admin: 'Administrator',
};

export function AccountDetails({ me }: { me: ViewerFragment }) {
  return (
    <section className="panel" aria-labelledby="account-title">
      <h2 id="account-title" className="panel__title">
        Your account
      </h2>
      <dl className="facts">
        <div>
          <dt>Handle</dt>
          <dd>
            <strong>{me.handle}</strong> <span className="muted">(public: this is how other members see you)</span>
          </dd>
        </div>
        <div>
          <dt>Email address</dt>
          <dd>
            {me.email} <span className="muted">(private: only you can see this)</span>
          </dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>
            {ROLE_LABELS[me.role]}
            {me.clinicianStatus === 'verified' ? (
              <>
                {' '}
                <Badge tone="success">Verified clinician</Badge>
              </>
            ) : me.clinicianStatus === 'pending' ? (
              <>
                {' '}
                <Badge tone="warning">Clinician registration awaiting verification</Badge>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Member since</dt>
          <dd>{formatDate(me.createdAt)}</dd>
        </div>
      </dl>
    </section>
  );
}
