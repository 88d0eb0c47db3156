import { Link } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';

/**
 * Why someone cannot see the dashboard, in plain words: it is for verified clinicians (and
 * admins), and a clinician's registration is checked by an administrator first.
 */
export function InsightsAccessNotice({ reason }: { reason: 'pending' | 'not-clinician' }) {
  if (reason === 'pending') {
    return (
      <div className="notice insights-notice" role="status">
        <h2 className="notice__title">Waiting for verification</h2>
        <p>
          Your clinician account is waiting for an administrator to check your professional registration. Once it is
          verified you can use clinician insights here; there is nothing more you need to do.
        </p>
        <p>
          Until then you can take part in Kindred as a member. <Link to={WEB_ROUTES.profile}>Your profile</Link> shows
          your verification status.
        </p>
      </div>
    );
  }
  return (
    <div className="notice insights-notice" role="status">
      <h2 className="notice__title">This page is for clinicians</h2>
      <p>
        Clinician insights summarise, without names, what members who agreed to it report about their treatments. Only
        verified clinicians can see them.
      </p>
      <p>
        If you are a registered health professional, you can ask for clinician access when you create an account. To
        read what members share, see <Link to={WEB_ROUTES.conditions}>the conditions</Link> and what works for each.
      </p>
    </div>
  );
}
