import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ConditionObject } from '../conditions/condition.object';
import { ConditionRelationEnum } from './onboarding.object';

interface Row {
  relation: ConditionRelationEnum;
  id: string;
  slug: string;
  name: string;
  icd10_code: string;
  family: string;
  synonyms: string[];
  description: string;
}

const toCondition = (r: Row): ConditionObject => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  icd10Code: r.icd10_code,
  family: r.family,
  synonyms: r.synonyms,
  description: r.description,
});

/** The `member_conditions` table: what a member lives with or cares for, in their order. */
@Injectable()
export class MemberConditionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(userId: string, db: DataSource | EntityManager = this.db): Promise<{ condition: ConditionObject; relation: ConditionRelationEnum }[]> {
    const rows: Row[] = await db.query(
      `SELECT mc.relation, c.id, c.slug, c.name, c.icd10_code, c.family, c.synonyms, c.description
         FROM member_conditions mc JOIN conditions c ON c.id = mc.condition_id
        WHERE mc.user_id = $1 ORDER BY mc.position, c.name`,
      [userId],
    );
    return rows.map((r) => ({ condition: toCondition(r), relation: r.relation }));
  }

  /** Ids of the given conditions that exist in the catalogue. */
  async existing(tx: EntityManager, conditionIds: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await tx.query(`SELECT id FROM conditions WHERE id = ANY($1::uuid[])`, [conditionIds]);
    return new Set(rows.map((r) => r.id));
  }

  /** Replaces the member's whole list in one statement pair (the caller's transaction). */
  async replace(tx: EntityManager, userId: string, entries: { conditionId: string; relation: ConditionRelationEnum }[]): Promise<void> {
    await tx.query(`DELETE FROM member_conditions WHERE user_id = $1`, [userId]);
    if (!entries.length) return;
    await tx.query(
      `INSERT INTO member_conditions (user_id, condition_id, relation, position)
       SELECT $1, c, r, p FROM unnest($2::uuid[], $3::text[], $4::int[]) AS t(c, r, p)
       ON CONFLICT DO NOTHING`,
      [userId, entries.map((e) => e.conditionId), entries.map((e) => e.relation), entries.map((_, i) => i)],
    );
  }

  /**
   * Groups for the member's conditions, best first: for a condition they care for, its carers'
   * groups, then its public groups; for one they live with, its groups that are not for carers.
   * Within each condition (in the member's order) public before private, then the busiest.
   * Groups are listed to everyone (GroupsService.list), so this reveals nothing new.
   */
  async suggestedGroupIds(userId: string, limit: number): Promise<{ groupId: string; relation: ConditionRelationEnum }[]> {
    const rows: { group_id: string; relation: ConditionRelationEnum }[] = await this.db.query(
      `SELECT group_id, relation FROM (
         SELECT DISTINCT ON (g.id) g.id AS group_id, mc.relation, mc.position, g.for_carers, g.visibility, g.member_count, g.name
           FROM member_conditions mc JOIN groups g ON g.condition_id = mc.condition_id
          WHERE mc.user_id = $1 AND (mc.relation = 'carer' OR NOT g.for_carers)
          ORDER BY g.id, mc.position
       ) s
       ORDER BY position, (relation = 'carer' AND for_carers) DESC, visibility = 'public' DESC, member_count DESC, lower(name)
       LIMIT $2`,
      [userId, limit],
    );
    return rows.map((r) => ({ groupId: r.group_id, relation: r.relation }));
  }
}
