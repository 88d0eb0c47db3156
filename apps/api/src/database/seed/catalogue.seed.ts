import type { DataSource, EntityManager } from 'typeorm';
import { CONDITIONS } from './catalogue/conditions.data';
import { CARERS_GROUP_SLUGS, GROUPS } from './catalogue/groups.data';
import { INTERVENTIONS } from './catalogue/interventions.data';
import { TAGS } from './catalogue/tags.data';
import { Progress } from './progress';

/**
 * The condition catalogue and its standard groups are product data, not demo data: they are
 * written once, on the first start against an empty catalogue, in every mode. After that,
 * admins own the catalogue (a deleted entry is not brought back).
 */
export async function seedCatalogueIfEmpty(db: DataSource, log: (line: string) => void): Promise<boolean> {
  // Tags are a fixed list: new ones arrive with new releases.
  for (const t of TAGS) {
    await db.query(`INSERT INTO tags (slug, label) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING`, [t.slug, t.label]);
  }
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM conditions`);
  if (n > 0) {
    // Installs from before the intervention catalogue existed get it once.
    const [{ i }] = await db.query(`SELECT count(*)::int AS i FROM interventions`);
    if (i === 0) {
      const rows: { id: string; slug: string }[] = await db.query(`SELECT id, slug FROM conditions`);
      await db.transaction((tx) => seedInterventions(tx, new Map(rows.map((r) => [r.slug, r.id])), log));
    }
    return false;
  }
  log(`Writing the condition catalogue (${CONDITIONS.length} conditions, ${GROUPS.length} groups)\n`);
  await db.transaction(async (tx) => {
    const conditions = new Progress('conditions', CONDITIONS.length, log);
    const ids = new Map<string, string>();
    for (const [i, c] of CONDITIONS.entries()) {
      const [row] = await tx.query(
        `INSERT INTO conditions (slug, name, icd10_code, family, synonyms, description)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [c.slug, c.name, c.icd10, c.family, c.synonyms, c.description],
      );
      ids.set(c.slug, row.id);
      conditions.tick(i + 1);
    }
    const groups = new Progress('groups', GROUPS.length, log);
    for (const [i, g] of GROUPS.entries()) {
      await tx.query(
        `INSERT INTO groups (condition_id, slug, name, description, visibility, allow_anonymous, for_carers)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [ids.get(g.conditionSlug), g.slug, g.name, g.description, g.visibility, g.allowAnonymous, CARERS_GROUP_SLUGS.has(g.slug)],
      );
      groups.tick(i + 1);
    }
    await seedInterventions(tx, ids, log);
  });
  return true;
}

async function seedInterventions(tx: EntityManager, conditionIds: Map<string, string>, log: (line: string) => void) {
  // Two statements for the whole catalogue: the embedded database is slow per statement.
  const rows: { id: string; slug: string }[] = await tx.query(
    `INSERT INTO interventions (slug, name, category, synonyms, description, status)
     SELECT slug, name, category, string_to_array(synonyms, '|'), description, 'accepted'
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(slug, name, category, synonyms, description)
     RETURNING id, slug`,
    [
      INTERVENTIONS.map((i) => i.slug),
      INTERVENTIONS.map((i) => i.name),
      INTERVENTIONS.map((i) => i.category),
      INTERVENTIONS.map((i) => i.synonyms.join('|')),
      INTERVENTIONS.map((i) => i.description),
    ],
  );
  const idBySlug = new Map(rows.map((r) => [r.slug, r.id]));
  const pairs = INTERVENTIONS.flatMap((iv) =>
    iv.conditionSlugs.filter((s) => conditionIds.has(s)).map((s) => [idBySlug.get(iv.slug)!, conditionIds.get(s)!]),
  );
  await tx.query(
    `INSERT INTO intervention_conditions (intervention_id, condition_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );
  new Progress('interventions', INTERVENTIONS.length, log).tick(INTERVENTIONS.length);
}
