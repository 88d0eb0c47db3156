import { lazy } from 'react';
import { CARE_ROUTE_PATTERNS } from '../modules/care-experiences/routes';
import type { ComponentType } from 'react';
import { Route, Routes } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { Layout } from './Layout';
import { HomePage } from '../pages/HomePage';
import { THREAD_ROUTE_PATTERNS } from '../modules/threads/route-patterns';
import { REPORT_ROUTE_PATTERNS } from '../modules/experience-reports/route-patterns';
import { GUIDE_ROUTE_PATTERN } from '../modules/guides/routes';
import { SEARCH_ROUTE } from '../modules/search/routes';
import { INSIGHTS_ROUTE } from '../modules/insights/routes';
import { ADMIN_ROUTES } from '../modules/admin/routes';
import { NOTIFICATIONS_ROUTE } from '../modules/notifications/routes';
import { SAVED_ROUTE } from '../modules/home/routes';
import { MEMBER_ROUTE_PATTERN } from '../modules/members/routes';
import { GOODBYE_ROUTE, SETTINGS_ROUTES } from '../modules/account/routes';
import { MODERATION_ROUTE_PATTERNS } from '../modules/moderation/route-patterns';
import { OPEN_DATA_ROUTE } from '../modules/open-data/routes';
import { ONBOARDING_ROUTES } from '../modules/onboarding/routes';

/**
 * Every page but the home page is loaded when its route is first shown, in a chunk of its own
 * (the condition, group and thread pages share one: vite.config.ts); the Suspense boundary in
 * Layout keeps the frame and reserves the page's space meanwhile. So the first page downloads
 * only the frame, the libraries every page uses and itself. Once its code is in (`preload`, as
 * main.tsx has a first page's done before the first render), a page renders at once, without
 * suspending.
 */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  let Loaded: ComponentType | undefined;
  const preload = () =>
    load().then((m) => {
      Loaded = m[name];
      return { default: Loaded };
    });
  const Lazy = lazy(preload);
  const Page = () => (Loaded ? <Loaded /> : <Lazy />);
  Page.preload = preload;
  return Page;
}

const SignUpPage = lazyPage(() => import('../pages/SignUpPage'), 'SignUpPage');
const SignInPage = lazyPage(() => import('../pages/SignInPage'), 'SignInPage');
const ConditionsPage = lazyPage(() => import('../pages/ConditionsPage'), 'ConditionsPage');
const ConditionPage = lazyPage(() => import('../pages/ConditionPage'), 'ConditionPage');
const GroupPage = lazyPage(() => import('../pages/GroupPage'), 'GroupPage');
const ProfilePage = lazyPage(() => import('../pages/ProfilePage'), 'ProfilePage');
const NewThreadPage = lazyPage(() => import('../pages/NewThreadPage'), 'NewThreadPage');
const ThreadPage = lazyPage(() => import('../pages/ThreadPage'), 'ThreadPage');
const EditThreadPage = lazyPage(() => import('../pages/EditThreadPage'), 'EditThreadPage');
const WhatWorksPage = lazyPage(() => import('../pages/WhatWorksPage'), 'WhatWorksPage');
const NewReportPage = lazyPage(() => import('../pages/NewReportPage'), 'NewReportPage');
const ReportPage = lazyPage(() => import('../pages/ReportPage'), 'ReportPage');
const EditReportPage = lazyPage(() => import('../pages/EditReportPage'), 'EditReportPage');
const GuidePage = lazyPage(() => import('../pages/GuidePage'), 'GuidePage');
const NotFoundPage = lazyPage(() => import('../pages/NotFoundPage'), 'NotFoundPage');
const SearchPage = lazyPage(() => import('../pages/SearchPage'), 'SearchPage');
const InsightsPage = lazyPage(() => import('../pages/InsightsPage'), 'InsightsPage');
const AdminCliniciansPage = lazyPage(() => import('../pages/AdminCliniciansPage'), 'AdminCliniciansPage');
const NotificationsPage = lazyPage(() => import('../pages/NotificationsPage'), 'NotificationsPage');
const MemberPage = lazyPage(() => import('../pages/MemberPage'), 'MemberPage');
const NotificationSettingsPage = lazyPage(() => import('../pages/NotificationSettingsPage'), 'NotificationSettingsPage');
const SessionsPage = lazyPage(() => import('../pages/SessionsPage'), 'SessionsPage');
const DataExportPage = lazyPage(() => import('../pages/DataExportPage'), 'DataExportPage');
const DeleteAccountPage = lazyPage(() => import('../pages/DeleteAccountPage'), 'DeleteAccountPage');
const GoodbyePage = lazyPage(() => import('../pages/GoodbyePage'), 'GoodbyePage');
const VerifyEmailPage = lazyPage(() => import('../pages/VerifyEmailPage'), 'VerifyEmailPage');
const ForgotPasswordPage = lazyPage(() => import('../pages/ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = lazyPage(() => import('../pages/ResetPasswordPage'), 'ResetPasswordPage');
const SecurityPage = lazyPage(() => import('../pages/SecurityPage'), 'SecurityPage');
const ModerationQueuePage = lazyPage(() => import('../pages/ModerationQueuePage'), 'ModerationQueuePage');
const ModerationCasePage = lazyPage(() => import('../pages/ModerationCasePage'), 'ModerationCasePage');
const ModerationAuditPage = lazyPage(() => import('../pages/ModerationAuditPage'), 'ModerationAuditPage');
const GroupModerationPage = lazyPage(() => import('../pages/GroupModerationPage'), 'GroupModerationPage');
const SavedPage = lazyPage(() => import('../pages/SavedPage'), 'SavedPage');
const OpenDataPage = lazyPage(() => import('../pages/OpenDataPage'), 'OpenDataPage');
const WelcomeConditionsPage = lazyPage(() => import('../pages/WelcomeConditionsPage'), 'WelcomeConditionsPage');
const WelcomeGroupsPage = lazyPage(() => import('../pages/WelcomeGroupsPage'), 'WelcomeGroupsPage');
const WelcomeIntroducePage = lazyPage(() => import('../pages/WelcomeIntroducePage'), 'WelcomeIntroducePage');
const CareStoriesPage = lazyPage(() => import('../pages/CareStoriesPage'), 'CareStoriesPage');
const ShareCarePage = lazyPage(() => import('../pages/ShareCarePage'), 'ShareCarePage');
const CareStoryPage = lazyPage(() => import('../pages/CareStoryPage'), 'CareStoryPage');
const CareAreaPage = lazyPage(() => import('../pages/CareAreaPage'), 'CareAreaPage');
const OrganisationConsolePage = lazyPage(() => import('../pages/OrganisationConsolePage'), 'OrganisationConsolePage');
const AdminOrganisationsPage = lazyPage(() => import('../pages/AdminOrganisationsPage'), 'AdminOrganisationsPage');

/** The pages a first visit often opens by address (first-page.ts), for first-page-ready.ts to load before the first render. */
export const FIRST_PAGES = { condition: ConditionPage, group: GroupPage, thread: ThreadPage };

/** Route paths come from WEB_ROUTES in libs/contracts, shared with the API and the tests. */
export const routePatterns = {
  condition: WEB_ROUTES.condition(':slug').replace('%3A', ':'),
  group: WEB_ROUTES.group(':slug').replace('%3A', ':'),
} as const;

/**
 * The routes, for the plain <BrowserRouter> (the data router's loaders and actions are not used,
 * and it is a larger download). Layout holds the frame, the error boundary of each page and the
 * scroll positions.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path={WEB_ROUTES.home} element={<HomePage />} />
        <Route path={WEB_ROUTES.signUp} element={<SignUpPage />} />
        <Route path={WEB_ROUTES.signIn} element={<SignInPage />} />
        <Route path={WEB_ROUTES.conditions} element={<ConditionsPage />} />
        <Route path={routePatterns.condition} element={<ConditionPage />} />
        <Route path={routePatterns.group} element={<GroupPage />} />
        <Route path={THREAD_ROUTE_PATTERNS.newThread} element={<NewThreadPage />} />
        <Route path={THREAD_ROUTE_PATTERNS.thread} element={<ThreadPage />} />
        <Route path={THREAD_ROUTE_PATTERNS.editThread} element={<EditThreadPage />} />
        <Route path={REPORT_ROUTE_PATTERNS.whatWorks} element={<WhatWorksPage />} />
        <Route path={REPORT_ROUTE_PATTERNS.newReport} element={<NewReportPage />} />
        <Route path={REPORT_ROUTE_PATTERNS.report} element={<ReportPage />} />
        <Route path={REPORT_ROUTE_PATTERNS.editReport} element={<EditReportPage />} />
        <Route path={GUIDE_ROUTE_PATTERN} element={<GuidePage />} />
        <Route path={WEB_ROUTES.profile} element={<ProfilePage />} />
        <Route path={SEARCH_ROUTE} element={<SearchPage />} />
        <Route path={INSIGHTS_ROUTE} element={<InsightsPage />} />
        <Route path={ADMIN_ROUTES.clinicians} element={<AdminCliniciansPage />} />
        <Route path={WEB_ROUTES.careStories} element={<CareStoriesPage />} />
        <Route path={WEB_ROUTES.careShare} element={<ShareCarePage />} />
        <Route path={CARE_ROUTE_PATTERNS.story} element={<CareStoryPage />} />
        <Route path={CARE_ROUTE_PATTERNS.area} element={<CareAreaPage />} />
        <Route path={WEB_ROUTES.organisationConsole} element={<OrganisationConsolePage />} />
        <Route path={WEB_ROUTES.adminOrganisations} element={<AdminOrganisationsPage />} />
        <Route path={NOTIFICATIONS_ROUTE} element={<NotificationsPage />} />
        <Route path={SAVED_ROUTE} element={<SavedPage />} />
        <Route path={MEMBER_ROUTE_PATTERN} element={<MemberPage />} />
        <Route path={SETTINGS_ROUTES.notifications} element={<NotificationSettingsPage />} />
        <Route path={SETTINGS_ROUTES.sessions} element={<SessionsPage />} />
        <Route path={SETTINGS_ROUTES.data} element={<DataExportPage />} />
        <Route path={SETTINGS_ROUTES.deleteAccount} element={<DeleteAccountPage />} />
        <Route path={GOODBYE_ROUTE} element={<GoodbyePage />} />
        <Route path={WEB_ROUTES.verifyEmail} element={<VerifyEmailPage />} />
        <Route path={WEB_ROUTES.forgotPassword} element={<ForgotPasswordPage />} />
        <Route path={WEB_ROUTES.resetPassword} element={<ResetPasswordPage />} />
        <Route path={SETTINGS_ROUTES.security} element={<SecurityPage />} />
        <Route path={MODERATION_ROUTE_PATTERNS.queue} element={<ModerationQueuePage />} />
        <Route path={MODERATION_ROUTE_PATTERNS.case} element={<ModerationCasePage />} />
        <Route path={MODERATION_ROUTE_PATTERNS.audit} element={<ModerationAuditPage />} />
        <Route path={MODERATION_ROUTE_PATTERNS.groupSafety} element={<GroupModerationPage />} />
        <Route path={OPEN_DATA_ROUTE} element={<OpenDataPage />} />
        <Route path={ONBOARDING_ROUTES.conditions} element={<WelcomeConditionsPage />} />
        <Route path={ONBOARDING_ROUTES.groups} element={<WelcomeGroupsPage />} />
        <Route path={ONBOARDING_ROUTES.introduce} element={<WelcomeIntroducePage />} />
        <Route path={'*'} element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
