import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppError, notFound } from '../../common/errors/app-error';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/graphql/pagination';
import { ConditionEntity } from './condition.entity';
import type { ConditionInput, ConditionsArgs } from './condition.input';
import type { ConditionFamilyObject, ConditionObject } from './condition.object';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export const toCondition = (c: ConditionEntity): ConditionObject => ({
  id: c.id,
  slug: c.slug,
  name: c.name,
  icd10Code: c.icd10Code,
  family: c.family,
  synonyms: c.synonyms,
  description: c.description,
});

@Injectable()
export class ConditionsService {
  constructor(@InjectRepository(ConditionEntity) private readonly conditions: Repository<ConditionEntity>) {}

  /** The catalogue A–Z, filtered by name, synonym or ICD-10 code as the visitor types. */
  async list(args: ConditionsArgs): Promise<Connection<ConditionObject>> {
    const limit = pageSize(args.first);
    const cursor = decodeCursor(args.after, 2);
    const qb = this.conditions.createQueryBuilder('c');
    const filter = args.filter?.trim();
    if (filter) {
      const like = `%${escapeLike(filter.toLowerCase())}%`;
      qb.andWhere(
        `(lower(c.name) LIKE :like OR lower(c.icd10_code) LIKE :prefix
          OR EXISTS (SELECT 1 FROM unnest(c.synonyms) s WHERE lower(s) LIKE :like))`,
        { like, prefix: `${escapeLike(filter.toLowerCase())}%` },
      );
    }
    if (args.family) qb.andWhere('c.family = :family', { family: args.family });
    const total = await qb.getCount();
    if (cursor) {
      qb.andWhere('(lower(c.name), c.id) > (:name, :id::uuid)', { name: cursor[0], id: cursor[1] });
    }
    const rows = await qb
      .orderBy('lower(c.name)', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    return toConnection(rows, limit, total, (c) => [c.name.toLowerCase(), c.id], toCondition);
  }

  async families(): Promise<ConditionFamilyObject[]> {
    const rows: { name: string; n: number }[] = await this.conditions.query(
      `SELECT family AS name, count(*)::int AS n FROM conditions GROUP BY family ORDER BY family`,
    );
    return rows.map((r) => ({ name: r.name, conditionCount: r.n }));
  }

  async bySlug(slug: string): Promise<ConditionObject> {
    const c = await this.conditions.findOneBy({ slug });
    if (!c) throw notFound('That condition');
    return toCondition(c);
  }

  async create(input: ConditionInput): Promise<ConditionObject> {
    await this.assertSlugFree(input.slug);
    const saved = await this.conditions.save(this.conditions.create(this.clean(input)));
    return toCondition(saved);
  }

  async update(id: string, input: ConditionInput): Promise<ConditionObject> {
    const existing = await this.conditions.findOneBy({ id });
    if (!existing) throw notFound('That condition');
    if (existing.slug !== input.slug) await this.assertSlugFree(input.slug);
    Object.assign(existing, this.clean(input));
    return toCondition(await this.conditions.save(existing));
  }

  async remove(id: string): Promise<boolean> {
    const existing = await this.conditions.findOneBy({ id });
    if (!existing) throw notFound('That condition');
    const [{ n }] = await this.conditions.query(`SELECT count(*)::int AS n FROM groups WHERE condition_id = $1`, [id]);
    if (n > 0) {
      throw new AppError('CONDITION_IN_USE', `${existing.name} still has ${n} group(s); move or close them first.`);
    }
    await this.conditions.delete({ id });
    return true;
  }

  private clean(input: ConditionInput): Partial<ConditionEntity> {
    const synonyms = [...new Set(input.synonyms.map((s) => s.trim()).filter(Boolean))];
    return {
      slug: input.slug,
      name: input.name.trim(),
      icd10Code: input.icd10Code,
      family: input.family.trim(),
      synonyms,
      description: input.description.trim(),
    };
  }

  private async assertSlugFree(slug: string): Promise<void> {
    if (await this.conditions.existsBy({ slug })) {
      throw new AppError('CONDITION_SLUG_TAKEN', `A condition with the address "${slug}" already exists.`);
    }
  }
}
