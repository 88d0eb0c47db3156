import { createBrowserRouter } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { Layout } from './Layout';
import { RootErrorPage, RouteErrorPage } from './RouteErrorPage';
import { HomePage } from '../pages/HomePage';
import { SignUpPage } from '../pages/SignUpPage';
import { SignInPage } from '../pages/SignInPage';
import { ConditionsPage } from '../pages/ConditionsPage';
import { ConditionPage } from '../pages/ConditionPage';
import { GroupPage } from '../pages/GroupPage';
import { ProfilePage } from '../pages/ProfilePage';
import { NewThreadPage } from '../pages/NewThreadPage';
import { ThreadPage } from '../pages/ThreadPage';
import { EditThreadPage } from '../pages/EditThreadPage';
import { THREAD_ROUTE_PATTERNS } from '../modules/threads/routes';
import { WhatWorksPage } from '../pages/WhatWorksPage';
import { NewReportPage } from '../pages/NewReportPage';
import { ReportPage } from '../pages/ReportPage';
import { EditReportPage } from '../pages/EditReportPage';
import { REPORT_ROUTE_PATTERNS } from '../modules/experience-reports/routes';
import { GuidePage } from '../pages/GuidePage';
import { GUIDE_ROUTE_PATTERN } from '../modules/guides/routes';
import { NotFoundPage } from '../pages/NotFoundPage';
import { SearchPage } from '../pages/SearchPage';
import { SEARCH_ROUTE } from '../modules/search/routes';
import { InsightsPage } from '../pages/InsightsPage';
import { INSIGHTS_ROUTE } from '../modules/insights/routes';
import { AdminCliniciansPage } from '../pages/AdminCliniciansPage';
import { ADMIN_ROUTES } from '../modules/admin/routes';
import { NotificationsPage } from '../pages/NotificationsPage';
import { NOTIFICATIONS_ROUTE } from '../modules/notifications/routes';
import { MemberPage } from '../pages/MemberPage';
import { MEMBER_ROUTE_PATTERN } from '../modules/members/routes';
import { NotificationSettingsPage } from '../pages/NotificationSettingsPage';
import { SessionsPage } from '../pages/SessionsPage';
import { DataExportPage } from '../pages/DataExportPage';
import { DeleteAccountPage } from '../pages/DeleteAccountPage';
import { GoodbyePage } from '../pages/GoodbyePage';
import { GOODBYE_ROUTE, SETTINGS_ROUTES } from '../modules/account/routes';
import { ModerationQueuePage } from '../pages/ModerationQueuePage';
import { ModerationCasePage } from '../pages/ModerationCasePage';
import { ModerationAuditPage } from '../pages/ModerationAuditPage';
import { GroupModerationPage } from '../pages/GroupModerationPage';
import { MODERATION_ROUTE_PATTERNS } from '../modules/moderation/routes';

/** Route paths come from WEB_ROUTES in libs/contracts, shared with the API and the tests. */
export const routePatterns = {
  condition: WEB_ROUTES.condition(':slug').replace('%3A', ':'),
  group: WEB_ROUTES.group(':slug').replace('%3A', ':'),
} as const;

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RootErrorPage />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { path: WEB_ROUTES.home, element: <HomePage /> },
          { path: WEB_ROUTES.signUp, element: <SignUpPage /> },
          { path: WEB_ROUTES.signIn, element: <SignInPage /> },
          { path: WEB_ROUTES.conditions, element: <ConditionsPage /> },
          { path: routePatterns.condition, element: <ConditionPage /> },
          { path: routePatterns.group, element: <GroupPage /> },
          { path: THREAD_ROUTE_PATTERNS.newThread, element: <NewThreadPage /> },
          { path: THREAD_ROUTE_PATTERNS.thread, element: <ThreadPage /> },
          { path: THREAD_ROUTE_PATTERNS.editThread, element: <EditThreadPage /> },
          { path: REPORT_ROUTE_PATTERNS.whatWorks, element: <WhatWorksPage /> },
          { path: REPORT_ROUTE_PATTERNS.newReport, element: <NewReportPage /> },
          { path: REPORT_ROUTE_PATTERNS.report, element: <ReportPage /> },
          { path: REPORT_ROUTE_PATTERNS.editReport, element: <EditReportPage /> },
          { path: GUIDE_ROUTE_PATTERN, element: <GuidePage /> },
          { path: WEB_ROUTES.profile, element: <ProfilePage /> },
          { path: SEARCH_ROUTE, element: <SearchPage /> },
          { path: INSIGHTS_ROUTE, element: <InsightsPage /> },
          { path: ADMIN_ROUTES.clinicians, element: <AdminCliniciansPage /> },
          { path: NOTIFICATIONS_ROUTE, element: <NotificationsPage /> },
          { path: MEMBER_ROUTE_PATTERN, element: <MemberPage /> },
          { path: SETTINGS_ROUTES.notifications, element: <NotificationSettingsPage /> },
          { path: SETTINGS_ROUTES.sessions, element: <SessionsPage /> },
          { path: SETTINGS_ROUTES.data, element: <DataExportPage /> },
          { path: SETTINGS_ROUTES.deleteAccount, element: <DeleteAccountPage /> },
          { path: GOODBYE_ROUTE, element: <GoodbyePage /> },
          { path: MODERATION_ROUTE_PATTERNS.queue, element: <ModerationQueuePage /> },
          { path: MODERATION_ROUTE_PATTERNS.case, element: <ModerationCasePage /> },
          { path: MODERATION_ROUTE_PATTERNS.audit, element: <ModerationAuditPage /> },
          { path: MODERATION_ROUTE_PATTERNS.groupSafety, element: <GroupModerationPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
