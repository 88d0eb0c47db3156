import { lazy } from 'react';
import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { Layout } from './Layout';
import { RootErrorPage, RouteErrorPage } from './RouteErrorPage';
import { HomePage } from '../pages/HomePage';
import { THREAD_ROUTE_PATTERNS } from '../modules/threads/routes';
import { REPORT_ROUTE_PATTERNS } from '../modules/experience-reports/routes';
import { GUIDE_ROUTE_PATTERN } from '../modules/guides/routes';
import { SEARCH_ROUTE } from '../modules/search/routes';
import { INSIGHTS_ROUTE } from '../modules/insights/routes';
import { ADMIN_ROUTES } from '../modules/admin/routes';
import { NOTIFICATIONS_ROUTE } from '../modules/notifications/routes';
import { MEMBER_ROUTE_PATTERN } from '../modules/members/routes';
import { GOODBYE_ROUTE, SETTINGS_ROUTES } from '../modules/account/routes';
import { MODERATION_ROUTE_PATTERNS } from '../modules/moderation/routes';

/**
 * Every page but the home page is its own chunk, loaded when its route is first shown (the
 * Suspense boundary in Layout keeps the frame and reserves the page's space meanwhile), so the
 * first page downloads only the frame, the libraries every page uses and itself.
 */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
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
          { path: WEB_ROUTES.verifyEmail, element: <VerifyEmailPage /> },
          { path: WEB_ROUTES.forgotPassword, element: <ForgotPasswordPage /> },
          { path: WEB_ROUTES.resetPassword, element: <ResetPasswordPage /> },
          { path: SETTINGS_ROUTES.security, element: <SecurityPage /> },
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
