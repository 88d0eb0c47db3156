import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import { PageArgs } from '../../common/graphql/pagination';
import { text, uuid } from '../../common/validation/args';
import { ThreadObject } from '../threads/thread.object';
import { ExperienceReportConnection } from './experience-report.connections';
import { FileExperienceReportInput, ReportAnswersInput } from './experience-report.input';
import { ExperienceReportObject, ExperienceReportRevisionObject, WhatWorksObject } from './experience-report.object';
import { ExperienceReportsService } from './experience-reports.service';

@Resolver(() => ExperienceReportObject)
export class ExperienceReportsResolver {
  constructor(private readonly service: ExperienceReportsService) {}

  @Query(() => WhatWorksObject, { description: 'What members report works for a condition.' })
  whatWorks(@CurrentUser() viewer: AuthUser | null, @Args('conditionSlug', text(LIMITS.slugMax)) conditionSlug: string) {
    return this.service.whatWorks(viewer, conditionSlug);
  }

  @Query(() => ExperienceReportObject)
  experienceReport(@CurrentUser() viewer: AuthUser | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.service.report(viewer, id);
  }

  @Auth()
  @Query(() => ExperienceReportConnection, { description: 'The signed-in member’s own reports, latest first.' })
  myExperienceReports(@CurrentUser() viewer: AuthUser, @Args() page: PageArgs) {
    return this.service.mine(viewer, page);
  }

  @ResolveField(() => [ExperienceReportRevisionObject], { description: 'Earlier versions, newest first.' })
  revisions(@Parent() report: ExperienceReportObject, @CurrentUser() viewer: AuthUser | null) {
    return this.service.revisions(viewer, report.id);
  }

  @Auth()
  @Mutation(() => ExperienceReportObject, { description: 'File a "what works" report for one condition and one intervention.' })
  fileExperienceReport(@CurrentUser() viewer: AuthUser, @Args('input') input: FileExperienceReportInput) {
    return this.service.file(viewer, input);
  }

  @Auth()
  @Mutation(() => ExperienceReportObject, { description: 'Update your report; the previous version is kept.' })
  updateExperienceReport(
    @CurrentUser() viewer: AuthUser,
    @Args('id', { type: () => ID }, uuid) id: string,
    @Args('input') input: ReportAnswersInput,
  ) {
    return this.service.update(viewer, id, input);
  }

  @Auth()
  @Mutation(() => ExperienceReportObject, { description: 'Attach your report to a thread.' })
  linkExperienceReport(
    @CurrentUser() viewer: AuthUser,
    @Args('reportId', { type: () => ID }, uuid) reportId: string,
    @Args('threadId', { type: () => ID }, uuid) threadId: string,
  ) {
    return this.service.link(viewer, reportId, threadId);
  }
}

/** `Thread.experienceReports`: the reports attached to a thread. */
@Resolver(() => ThreadObject)
export class ThreadReportsResolver {
  constructor(private readonly service: ExperienceReportsService) {}

  @ResolveField(() => [ExperienceReportObject])
  experienceReports(@Parent() thread: ThreadObject, @CurrentUser() viewer: AuthUser | null) {
    return this.service.forThread(viewer, thread.id);
  }
}
