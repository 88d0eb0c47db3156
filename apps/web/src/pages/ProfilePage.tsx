import { useRef } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { signInPath } from '../app/ui/navigation';
import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { AccountDetails } from '../modules/profile/components/AccountDetails';
import { BioForm } from '../modules/profile/components/BioForm';
import { BlockedMembers } from '../modules/chat/components/BlockedMembers';
import { ChatPrivacySettings } from '../modules/chat/components/ChatPrivacySettings';
import { MyReports } from '../modules/experience-reports/components/MyReports';
import { PrivacyConsentSettings } from '../modules/consents/components/PrivacyConsentSettings';
import { MyGroups } from '../modules/profile/components/MyGroups';
import { MyConditionsSummary } from '../modules/onboarding/components/MyConditionsSummary';
import { SessionControls } from '../modules/profile/components/SessionControls';
import { SettingsLinks } from '../modules/account/components/SettingsFrame';

export function ProfilePage() {
  usePageTitle('Your profile');
  const { viewer, isLoading, error } = useViewer();
  // Someone who was signed in here and just signed out is on their way home: don't bounce
  // them to the sign-in page in the meantime (the navigation and the cache update race).
  const hadViewer = useRef(false);
  if (viewer) hadViewer.current = true;

  if (isLoading) return <Loading label="Loading your profile…" />;
  if (error && !viewer) {
    return <ErrorPanel as="h1" title="We couldn’t load your profile" error={error} />;
  }
  if (!viewer && hadViewer.current) {
    return (
      <div className="narrow">
        <h1>You have signed out</h1>
        <p>
          <Link to={signInPath(WEB_ROUTES.profile)}>Sign in again</Link> to see your profile.
        </p>
      </div>
    );
  }
  if (!viewer) return <Navigate to={signInPath(WEB_ROUTES.profile)} replace />;

  return (
    <>
      <header className="page-header">
        <h1>Your profile</h1>
        <p className="lead">Hello, {viewer.handle}. This page is only visible to you.</p>
      </header>
      <div className="two-column two-column--even">
        <div className="two-column__main">
          <AccountDetails me={viewer} />
          <section className="section" aria-labelledby="bio-title">
            <h2 id="bio-title">About you</h2>
            <BioForm bio={viewer.bio} />
          </section>
          <ChatPrivacySettings me={viewer} />
          <BlockedMembers />
          <PrivacyConsentSettings />
        </div>
        <div className="two-column__side">
          <MyGroups />
          <MyConditionsSummary />
          <MyReports />
          <SessionControls />
          <SettingsLinks />
        </div>
      </div>
    </>
  );
}
