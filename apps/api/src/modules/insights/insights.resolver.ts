import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { DateTimeScalar } from '../../common/graphql/date-time.scalar';
import { LIMITS } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Auth } from '../../common/auth/roles.decorator';
import { fieldError } from '../../common/errors/app-error';
import { text, uuidList } from '../../common/validation/args';
import { isUuid } from '../../common/validation/uuid';
import { ConditionInsightsObject } from './insights.object';
import { InsightsService } from './insights.service';

const RANGE = { description: 'Widened to whole weeks (Monday to Sunday, UTC).' };

@Resolver()
export class InsightsResolver {
  constructor(private readonly insights: InsightsService) {}

  @Auth('clinician', 'admin')
  @Query(() => ConditionInsightsObject, { description: 'Verified clinicians: what members with a condition report, aggregated and disclosure-controlled.' })
  conditionInsights(
    @CurrentUser() viewer: AuthUser,
    @Args('condition', { description: 'Condition id or slug.' }, text(LIMITS.slugMax)) condition: string,
    @Args('from', { type: () => DateTimeScalar, ...RANGE }) from: Date,
    @Args('to', { type: () => DateTimeScalar, ...RANGE }) to: Date,
  ) {
    return this.insights.dashboard(viewer, condition, from, to);
  }

  @Auth('clinician', 'admin')
  @Query(() => ConditionInsightsObject, { description: 'Verified clinicians: two interventions side by side for a condition.' })
  compareInterventions(
    @CurrentUser() viewer: AuthUser,
    @Args('condition', text(LIMITS.slugMax)) condition: string,
    @Args('from', { type: () => DateTimeScalar, ...RANGE }) from: Date,
    @Args('to', { type: () => DateTimeScalar, ...RANGE }) to: Date,
    @Args('interventionIds', { type: () => [ID] }, uuidList(LIMITS.insightsCompareMax)) interventionIds: string[],
  ) {
    if (interventionIds.length !== 2 || interventionIds[0] === interventionIds[1] || !interventionIds.every((id) => isUuid(id))) {
      throw fieldError('interventionIds', 'INVALID_VALUE', 'Choose two different interventions to compare.');
    }
    return this.insights.dashboard(viewer, condition, from, to, interventionIds);
  }

  @Auth('clinician', 'admin')
  @Query(() => String, { description: 'The dashboard as CSV: the same published numbers, with the period, the rules and the time computed in its header.' })
  async conditionInsightsCsv(
    @CurrentUser() viewer: AuthUser,
    @Args('condition', text(LIMITS.slugMax)) condition: string,
    @Args('from', { type: () => DateTimeScalar }) from: Date,
    @Args('to', { type: () => DateTimeScalar }) to: Date,
  ) {
    return this.insights.toCsv(await this.insights.dashboard(viewer, condition, from, to));
  }
}

