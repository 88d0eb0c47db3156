import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { LIMITS } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { GroupEntity } from '../groups/group.entity';
import { toGroup } from '../groups/groups.service';
import { MemberConditionsRepository } from './member-conditions.repository';
import type { MyConditionInput } from './onboarding.input';
import type { MyConditionObject, SuggestedGroupObject } from './onboarding.object';

/**
 * The first steps after sign-up: the conditions a member lives with or cares for (optional,
 * seen by no one else, editable later) and the groups suggested for them.
 */
@Injectable()
export class OnboardingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(GroupEntity) private readonly groups: Repository<GroupEntity>,
    private readonly conditions: MemberConditionsRepository,
  ) {}

  myConditions(viewer: AuthUser): Promise<MyConditionObject[]> {
    return this.conditions.list(viewer.id);
  }

  async setMyConditions(viewer: AuthUser, entries: MyConditionInput[]): Promise<MyConditionObject[]> {
    const seen = new Set<string>();
    const unique = entries.filter((e) => {
      const key = `${e.conditionId}:${e.relation}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return this.db.transaction(async (tx) => {
      const known = await this.conditions.existing(tx, [...new Set(unique.map((e) => e.conditionId))]);
      const missing = unique.findIndex((e) => !known.has(e.conditionId));
      if (missing >= 0) {
        throw new AppError('NOT_FOUND', 'That condition was not found.', {
          fields: [{ field: `conditions.${missing}.conditionId`, code: 'INVALID_VALUE', message: 'That condition was not found.' }],
        });
      }
      await this.conditions.replace(tx, viewer.id, unique);
      return this.conditions.list(viewer.id, tx);
    });
  }

  async suggestedGroups(viewer: AuthUser): Promise<SuggestedGroupObject[]> {
    const ids = await this.conditions.suggestedGroupIds(viewer.id, LIMITS.suggestedGroupsMax);
    if (!ids.length) return [];
    const rows = await this.groups.findBy({ id: In(ids.map((i) => i.groupId)) });
    const byId = new Map(rows.map((g) => [g.id, g]));
    return ids.flatMap((i) => {
      const g = byId.get(i.groupId);
      return g ? [{ group: toGroup(g), relation: i.relation }] : [];
    });
  }
}
