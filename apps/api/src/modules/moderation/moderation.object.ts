import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CASE_STATUSES, MODERATION_ACTIONS, MODERATION_STATES, REPORT_REASONS, REPORT_TARGETS, WATCHED_WORD_ACTIONS } from '@kindred/contracts';
import type { CaseStatus, ModerationState, ReportReason, ReportTarget, WatchedWordAction } from '@kindred/contracts';
import { ConnectionType } from '../../common/graphql/pagination';
import { MemberObject } from '../users/user.object';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ReportTargetEnum = asEnum(REPORT_TARGETS);
registerEnumType(ReportTargetEnum, { name: 'ReportTarget', description: 'What can be reported.' });
export const ReportReasonEnum = asEnum(REPORT_REASONS);
registerEnumType(ReportReasonEnum, { name: 'ReportReason' });
export const ModerationStateEnum = asEnum(MODERATION_STATES);
registerEnumType(ModerationStateEnum, {
  name: 'ModerationState',
  description: 'visible; pending (waiting for approval); hidden (pending review); removed (by a moderator).',
});
export const ModerationActionEnum = asEnum(MODERATION_ACTIONS);
registerEnumType(ModerationActionEnum, { name: 'ModerationActionKind' });
export const CaseStatusEnum = asEnum(CASE_STATUSES);
registerEnumType(CaseStatusEnum, { name: 'CaseStatus' });
export const WatchedWordActionEnum = asEnum(WATCHED_WORD_ACTIONS);
registerEnumType(WatchedWordActionEnum, { name: 'WatchedWordAction' });

@ObjectType('ReportReceipt')
export class ReportReceiptObject {
  @Field(() => ID)
  id!: string;

  @Field()
  createdAt!: Date;

  @Field()
  message!: string;
}

@ObjectType('ContentSnapshot', { description: 'Reported content as it was at one moment (for moderators).' })
export class ContentSnapshotObject {
  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field()
  body!: string;

  @Field()
  authorLabel!: string;

  @Field(() => ModerationStateEnum)
  state!: ModerationState;

  @Field()
  capturedAt!: Date;
}

@ObjectType('ReasonCount')
export class ReasonCountObject {
  @Field(() => ReportReasonEnum)
  reason!: ReportReason;

  @Field(() => Int)
  count!: number;
}

@ObjectType('CaseReport', { description: 'One member’s report. Only moderators see who reported.' })
export class CaseReportObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportReasonEnum)
  reason!: ReportReason;

  @Field()
  note!: string;

  @Field()
  createdAt!: Date;

  @Field(() => MemberObject, { nullable: true })
  reporter!: MemberObject | null;

  @Field(() => ContentSnapshotObject)
  snapshot!: ContentSnapshotObject;
}

@ObjectType('AuditEntry', { description: 'One entry of the append-only audit log.' })
export class AuditEntryObject {
  @Field(() => ID)
  id!: string;

  @Field()
  action!: string;

  @Field(() => MemberObject, { nullable: true })
  actor!: MemberObject | null;

  @Field({ description: 'The actor’s handle, "Kindred" for automatic actions, or "former member".' })
  actorLabel!: string;

  @Field()
  targetType!: string;

  @Field()
  targetId!: string;

  @Field()
  reason!: string;

  @Field(() => ID, { nullable: true })
  groupId!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection extends ConnectionType(AuditEntryObject, 'AuditEntry') {}

@ObjectType('ModerationCase', { description: 'An item in the review queue: one per reported (or flagged) item while open.' })
export class ModerationCaseObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportTargetEnum)
  targetType!: ReportTarget;

  @Field(() => ID)
  targetId!: string;

  /** Resolved to a Group by the resolver. */
  groupId!: string | null;

  @Field(() => MemberObject, { nullable: true, description: 'The author or reported member; null for anonymous posts.' })
  subject!: MemberObject | null;

  @Field()
  subjectLabel!: string;

  @Field(() => CaseStatusEnum)
  status!: CaseStatus;

  @Field()
  crisis!: boolean;

  @Field(() => [String], { description: 'Why it is in the queue: report, crisis, watched_word, new_member, auto_hidden.' })
  sources!: string[];

  @Field(() => [ReasonCountObject])
  reasons!: ReasonCountObject[];

  @Field(() => Int)
  reporterCount!: number;

  @Field(() => ContentSnapshotObject, { description: 'The content as it was when first reported.' })
  snapshot!: ContentSnapshotObject;

  @Field(() => ContentSnapshotObject, { nullable: true, description: 'The content now; null if it no longer exists.' })
  current!: ContentSnapshotObject | null;

  @Field({ description: 'Where the item is on the site (a web path).' })
  contextUrl!: string;

  @Field(() => MemberObject, { nullable: true })
  claimedBy!: MemberObject | null;

  @Field(() => Date, { nullable: true })
  claimedAt!: Date | null;

  @Field()
  viewerHasClaim!: boolean;

  @Field()
  openedAt!: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => String, { nullable: true })
  resolution!: string | null;

  @Field(() => [CaseReportObject])
  reports!: CaseReportObject[];

  @Field(() => [AuditEntryObject], { description: 'Every action on the item, newest first.' })
  history!: AuditEntryObject[];
}

@ObjectType('ModerationCaseConnection')
export class ModerationCaseConnection extends ConnectionType(ModerationCaseObject, 'ModerationCase') {}

@ObjectType('ModerationSummary')
export class ModerationSummaryObject {
  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  crisis!: number;
}

@ObjectType('WatchedWord')
export class WatchedWordObject {
  @Field(() => ID)
  id!: string;

  @Field()
  phrase!: string;

  @Field(() => WatchedWordActionEnum)
  action!: WatchedWordAction;

  @Field()
  createdAt!: Date;
}
