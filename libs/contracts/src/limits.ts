import { SEARCH_QUERY_MAX } from './search-query';

/**
 * Every limit Kindred enforces, in one place, shared by the API (which enforces them)
 * and the web client (which tells people about them before they hit them).
 */
export const LIMITS = {
  /** Largest JSON body the API accepts on any route. */
  bodyBytes: 100 * 1024,
  /**
   * Default and hard maximum page size for every paginated list that states no other
   * (each list's own maximum is below; the API answers PAGE_SIZE_TOO_LARGE above it).
   */
  pageSizeDefault: 20,
  pageSizeMax: 100,
  /** A URL name (slug) of a condition, group or intervention. */
  slugMax: 80,
  /** GraphQL operation limits. */
  graphqlMaxDepth: 10,
  graphqlMaxComplexity: 10_000,
  /** Account fields. */
  handleMin: 3,
  handleMax: 24,
  passwordMin: 10,
  passwordMax: 200,
  emailMax: 254,
  bioMax: 500,
  /** Conditions a member says they live with or care for (onboarding, editable later). */
  myConditionsMax: 12,
  /** Groups suggested to a member for their conditions. */
  suggestedGroupsMax: 12,
  /** Catalogue and groups. */
  conditionNameMax: 120,
  synonymMax: 60,
  synonymsMax: 20,
  descriptionMax: 2_000,
  groupNameMax: 80,
  searchFilterMax: 100,
  /** Threads and replies. */
  threadTitleMin: 5,
  threadTitleMax: 150,
  threadBodyMax: 20_000,
  replyBodyMax: 10_000,
  tagsPerThreadMax: 5,
  /** Replies load in tree order, this many per request (a 200-reply thread loads in one). */
  replyPageDefault: 300,
  replyPageMax: 500,
  auditReasonMax: 500,
  /** Experience reports. */
  tipsMax: 2_000,
  sideEffectsMax: 10,
  sideEffectNameMax: 60,
  durationWeeksMax: 2_600,
  interventionNameMax: 120,
  /** What-works page: tips shown per intervention, side effects listed. */
  whatWorksTips: 3,
  whatWorksSideEffects: 5,
  /** Curated guides: section headings, entry summaries, the intro, source excerpts, history page. */
  guideHeadingMax: 80,
  guideSummaryMin: 10,
  guideSummaryMax: 500,
  guideIntroMax: 4_000,
  guideExcerptChars: 300,
  guideHistoryDefault: 20,
  guideHistoryMax: 50,
  /** Chat: message length, socket payload size, pages, and each member's send rate. */
  chatMessageMax: 2_000,
  chatPayloadBytes: 16 * 1024,
  chatHistoryPageDefault: 50,
  chatHistoryPageMax: 100,
  chatCatchUpPage: 200,
  /** Sustained sends per member: 1 per second… */
  chatMessagesPerSecond: 1,
  /** …plus a burst of this many more, refilled over chatBurstWindowSeconds. */
  chatBurst: 5,
  chatBurstWindowSeconds: 10,
  /** Typing signals per member per 10 seconds beyond which they are dropped. */
  chatTypingPer10Seconds: 20,
  chatMuteMinutesMax: 30 * 24 * 60,
  /** Search: query length, page size, how deep pages reach, values per filter. */
  searchQueryMax: SEARCH_QUERY_MAX,
  searchPageDefault: 20,
  searchPageMax: 50,
  searchResultsMax: 1_000,
  searchFilterValuesMax: 20,
  /** The length of one filter value (a kind or a tag). */
  searchFilterValueMax: 40,
  /** Moderation: report notes, action reasons, mute and suspension lengths, queue pages, claims. */
  reportNoteMax: 1_000,
  /** Reports one member can file in an hour (a flood of reports is itself abuse). */
  reportsPerHour: 30,
  moderationReasonMin: 3,
  moderationReasonMax: 1_000,
  moderationDurationHoursMax: 24 * 365,
  moderationQueuePageMax: 50,
  auditPageDefault: 50,
  auditPageMax: 100,
  caseClaimMinutes: 30,
  /** Experiences of care: each free-text field of a story, a service's response, an organisation's name. */
  careStoryFieldMax: 4_000,
  careResponseMax: 4_000,
  careWhatChangedMax: 1_000,
  organisationNameMax: 160,
  organisationWebsiteMax: 200,
  /** How far back a story may be dated (months), and the quarters the service-area page charts. */
  careStoryMonthsBackMax: 120,
  careAreaQuarters: 8,
  /** Stories a member may share per day (a brake on floods; one story per service visit is the norm). */
  careStoriesPerDayMax: 20,
  watchedWordMin: 2,
  watchedWordMax: 100,
  watchedWordsPerGroupMax: 200,
  /** Sign-in throttling: failures per account and attempts per IP within the window. */
  /** Failed sign-ins for one account from one IP per window: a stranger cannot lock the owner out. */
  signInFailuresPerAccount: 5,
  /** Failed sign-ins for one account from every IP per hour: the slower, global brake. */
  signInFailuresPerAccountPerHour: 50,
  signInAttemptsPerIp: 30,
  signInWindowSeconds: 15 * 60,
  registrationsPerIpPerHour: 10,
  /** Account security: how long emailed links last, how often they may be asked for. */
  emailVerificationHours: 24,
  passwordResetMinutes: 60,
  verificationMailsPerAccountPerHour: 3,
  passwordResetsPerAccountPerHour: 3,
  passwordResetsPerIpPerHour: 10,
  /** Two-factor sign-in: the second step's window and tries, recovery codes, the grace for powers. */
  twoFactorChallengeMinutes: 5,
  twoFactorChallengeAttempts: 5,
  twoFactorCodeMax: 40,
  recoveryCodeCount: 10,
  twoFactorGraceDays: 7,
  /** Notification settings: kinds switched on, at most one of each. */
  notificationKindsMax: 6,
  /** Clinician insights: interventions compared side by side. */
  insightsCompareMax: 2,
  /**
   * The member's home: its lists' page size (default and maximum), and where new-reply and unread
   * counts stop counting (a count at the cap is shown as "99+"); a group's unread count looks at
   * its most recently active threads since it was marked read, at most this many.
   */
  homePageDefault: 20,
  homePageMax: 50,
  homeUnreadCap: 100,
  homeUnreadScan: 500,
} as const;

/** Handles: letters, digits, underscore and hyphen; must start with a letter. */
export const HANDLE_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
