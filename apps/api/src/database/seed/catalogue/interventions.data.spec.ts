import { CONDITIONS } from './conditions.data';
import { INTERVENTIONS, InterventionCategory } from './interventions.data';

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CATEGORIES: InterventionCategory[] = [
  'medication',
  'therapy',
  'device',
  'lifestyle',
  'self-management',
  'service',
];

describe('intervention catalogue', () => {
  it('has at least 120 interventions', () => {
    expect(INTERVENTIONS.length).toBeGreaterThanOrEqual(120);
  });

  it('has unique kebab-case slugs', () => {
    const slugs = INTERVENTIONS.map((i) => i.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) {
      expect(slug).toMatch(KEBAB_CASE);
    }
  });

  it('has names that are unique case-insensitively', () => {
    const names = INTERVENTIONS.map((i) => i.name.trim().toLowerCase());
    const duplicates = names.filter((name, index) => names.indexOf(name) !== index);
    expect(duplicates).toEqual([]);
  });

  it('uses only known categories', () => {
    for (const intervention of INTERVENTIONS) {
      expect(CATEGORIES).toContain(intervention.category);
    }
  });

  it('has at least 5 interventions in every category', () => {
    for (const category of CATEGORIES) {
      const count = INTERVENTIONS.filter((i) => i.category === category).length;
      expect({ category, ok: count >= 5 }).toEqual({ category, ok: true });
    }
  });

  it('only links to conditions that exist, at least one each, without repeats', () => {
    const known = new Set(CONDITIONS.map((c) => c.slug));
    for (const intervention of INTERVENTIONS) {
      expect(intervention.conditionSlugs.length).toBeGreaterThanOrEqual(1);
      expect(new Set(intervention.conditionSlugs).size).toBe(intervention.conditionSlugs.length);
      const unknown = intervention.conditionSlugs.filter((slug) => !known.has(slug));
      expect({ slug: intervention.slug, unknown }).toEqual({ slug: intervention.slug, unknown: [] });
    }
  });

  it('gives every condition at least 4 interventions', () => {
    const thin = CONDITIONS.map((condition) => ({
      slug: condition.slug,
      count: INTERVENTIONS.filter((i) => i.conditionSlugs.includes(condition.slug)).length,
    })).filter(({ count }) => count < 4);
    expect(thin).toEqual([]);
  });

  it('has 0-6 distinct synonyms, none equal to its own name', () => {
    for (const intervention of INTERVENTIONS) {
      const name = intervention.name.trim().toLowerCase();
      const synonyms = intervention.synonyms.map((s) => s.trim().toLowerCase());
      expect(synonyms.length).toBeLessThanOrEqual(6);
      expect(new Set(synonyms).size).toBe(synonyms.length);
      expect({ slug: intervention.slug, clash: synonyms.includes(name) }).toEqual({
        slug: intervention.slug,
        clash: false,
      });
      for (const synonym of intervention.synonyms) {
        expect(synonym.trim().length).toBeGreaterThan(0);
      }
    }
  });

  it('has a one-sentence description under 200 characters', () => {
    for (const intervention of INTERVENTIONS) {
      const { description, slug } = intervention;
      expect({ slug, length: description.length < 200 }).toEqual({ slug, length: true });
      // Starts with a capital letter, ends with a full stop, and has no sentence break inside.
      expect({ slug, description }).toEqual({ slug, description: expect.stringMatching(/^[A-Z].*\.$/) });
      expect({ slug, sentences: description.split(/[.!?](\s|$)/).filter((s) => s && s.trim()).length }).toEqual({
        slug,
        sentences: 1,
      });
    }
  });

  it('keeps descriptions free of dosing and advice', () => {
    const dosing = /\b\d+(\.\d+)?\s?(mg|mcg|micrograms?|g|ml|units?|iu)\b/i;
    const advice = /\b(you|your|should|must|cures?|recommended)\b/i;
    for (const { slug, description } of INTERVENTIONS) {
      expect({ slug, dosing: dosing.test(description), advice: advice.test(description) }).toEqual({
        slug,
        dosing: false,
        advice: false,
      });
    }
  });
});
