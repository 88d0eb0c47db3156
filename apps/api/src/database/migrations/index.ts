import { Foundation1764200000000 } from './1764200000000-foundation';
import { Threads1764300000000 } from './1764300000000-threads';
import { WhatWorks1764400000000 } from './1764400000000-what-works';
import { Chat1764500000000 } from './1764500000000-chat';
import { Search1764600000000 } from './1764600000000-search';
import { Insights1764700000000 } from './1764700000000-insights';
import { Notifications1764800000000 } from './1764800000000-notifications';
import { BlocksInSearch1764900000000 } from './1764900000000-blocks-in-search';
import { SearchNameIndex1765000000000 } from './1765000000000-search-name-index';
import { InsightsActivityIndex1765100000000 } from './1765100000000-insights-activity-index';
import { Moderation1765200000000 } from './1765200000000-moderation';
import { Guides1765300000000 } from './1765300000000-guides';
import { SearchSpeed1765400000000 } from './1765400000000-search-speed';
import { SearchVectorInRow1765500000000 } from './1765500000000-search-vector-in-row';
import { SafetyExamples1765700000000 } from './1765700000000-safety-examples';
import { TrustLayer1765600000000 } from './1765600000000-trust-layer';
import { SearchDocumentVersion1765800000000 } from './1765800000000-search-document-version';
import { SearchThreadAuthor1765850000000 } from './1765850000000-search-thread-author';
import { IdempotencyKeys1765900000000 } from './1765900000000-idempotency-keys';
import { GroupSearchCreatedAt1765910000000 } from './1765910000000-group-search-created-at';
import { AccountSecurity1766000000000 } from './1766000000000-account-security';
import { ReadState1766100000000 } from './1766100000000-read-state';
import { MemberConditions1766200000000 } from './1766200000000-member-conditions';
import { CareExperiences1766300000000 } from './1766300000000-care-experiences';
import { CareExperiencesLinks1766300000001 } from './1766300000001-care-experiences-links';
import { OpenData1766400000000 } from './1766400000000-open-data';

/** Migrations in order. Schema changes happen only here; `synchronize` is never on. */
export const MIGRATIONS = [Foundation1764200000000, Threads1764300000000, WhatWorks1764400000000, Chat1764500000000, Search1764600000000, Insights1764700000000, Notifications1764800000000, BlocksInSearch1764900000000, SearchNameIndex1765000000000, InsightsActivityIndex1765100000000, Moderation1765200000000, Guides1765300000000, SearchSpeed1765400000000, SearchVectorInRow1765500000000, TrustLayer1765600000000, SafetyExamples1765700000000, SearchDocumentVersion1765800000000, SearchThreadAuthor1765850000000, IdempotencyKeys1765900000000, GroupSearchCreatedAt1765910000000, AccountSecurity1766000000000, ReadState1766100000000, MemberConditions1766200000000, CareExperiences1766300000000, CareExperiencesLinks1766300000001, OpenData1766400000000];
