import { CONDITIONS } from '../catalogue/conditions.data';
import { GROUPS } from '../catalogue/groups.data';
import { INTERVENTIONS } from '../catalogue/interventions.data';
import { TAGS } from '../catalogue/tags.data';
import { planMembers } from './community';
import { DEMO_CONDITIONS } from './conditions.data';
import { Dice, mulberry32 } from './random';

describe('demo community data', () => {
  const conditions = new Set(CONDITIONS.map((c) => c.slug));
  const tags = new Set(TAGS.map((t) => t.slug));

  it('names only catalogue conditions, tags and interventions linked to the condition', () => {
    expect(DEMO_CONDITIONS.length).toBeGreaterThanOrEqual(15);
    for (const c of DEMO_CONDITIONS) {
      expect(conditions.has(c.slug)).toBe(true);
      for (const r of c.related) expect(conditions.has(r)).toBe(true);
      for (const t of c.tags) expect(tags.has(t)).toBe(true);
      for (const slug of c.reports) {
        const iv = INTERVENTIONS.find((i) => i.slug === slug);
        expect(iv?.conditionSlugs).toContain(c.slug);
      }
      expect(GROUPS.some((g) => g.conditionSlug === c.slug)).toBe(true);
      expect(c.topics.length).toBeGreaterThanOrEqual(4);
    }
    expect(DEMO_CONDITIONS.filter((c) => c.guide).length).toBeGreaterThanOrEqual(3);
  });

  it('plans the same members from the same seed, each with one to two conditions', () => {
    const a = planMembers(new Dice(mulberry32(7)), 50, new Set());
    const b = planMembers(new Dice(mulberry32(7)), 50, new Set());
    expect(a).toEqual(b);
    expect(new Set(a.map((m) => m.handle)).size).toBe(50);
    for (const m of a) {
      expect(m.conditions.length).toBeGreaterThanOrEqual(1);
      expect(m.conditions.length).toBeLessThanOrEqual(2);
      expect(m.bio).toMatch(/Demo member\.$/);
    }
    expect(planMembers(new Dice(mulberry32(8)), 50, new Set())).not.toEqual(a);
  });
});
