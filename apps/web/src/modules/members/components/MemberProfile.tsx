import type { MemberQuery } from '../../../generated/graphql';
import { Badge } from '../../../app/ui/Badge';
import { formatDate } from '../../../app/ui/format';

type Member = MemberQuery['member'];

/** A member's public profile: handle, badges, when they joined and their bio. */
export function MemberProfile({ member }: { member: Member }) {
  return (
    <>
      <header className="page-header member-profile__header">
        <span className="avatar avatar--large" aria-hidden="true">
          {member.handle.slice(0, 1).toUpperCase()}
        </span>
        <div>
          <h1>{member.handle}</h1>
          <p className="page-header__meta">
            <span>Member since {formatDate(member.joinedAt)}</span>
            {member.isModerator ? <Badge tone="neutral">Site moderator</Badge> : null}
            {member.isVerifiedClinician ? <Badge tone="success">Verified clinician</Badge> : null}
          </p>
        </div>
      </header>
      <section className="section" aria-labelledby="member-bio-title">
        <h2 id="member-bio-title">About {member.handle}</h2>
        {member.bio.trim() ? (
          <p className="member-profile__bio">{member.bio}</p>
        ) : (
          <p className="muted">{member.handle} hasn’t written anything about themselves yet.</p>
        )}
      </section>
    </>
  );
}
