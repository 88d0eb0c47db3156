
import { CONDITIONS, CONDITION_FAMILIES } from './conditions.data';
import { GROUPS } from './groups.data';

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ICD10_CODE = /^[A-Z]\d{2}(\.\d{1,2})?$/;

describe('condition catalogue', () => {
  it('has at least 25 conditions', () => {
    expect(CONDITIONS.length).toBeGreaterThanOrEqual(25);
  });

  it('has unique kebab-case slugs', () => {
    const slugs = CONDITIONS.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) {
      expect(slug).toMatch(KEBAB_CASE);
    }
  });

  it('uses well-formed ICD-10 codes', () => {
    for (const condition of CONDITIONS) {
      expect(condition.icd10).toMatch(ICD10_CODE);
    }
  });

  it('gives every condition at least 2 synonyms and a known family', () => {
    for (const condition of CONDITIONS) {
      expect(condition.synonyms.length).toBeGreaterThanOrEqual(2);
      expect(CONDITION_FAMILIES).toContain(condition.family);
    }
  });

  it('never repeats the condition name as a synonym', () => {
    for (const condition of CONDITIONS) {
      const name = condition.name.toLowerCase();
      const synonyms = condition.synonyms.map((s) => s.toLowerCase());
      expect(synonyms).not.toContain(name);
    }
  });

  it('has at least 3 conditions in every family', () => {
    const thinFamilies = CONDITION_FAMILIES.filter(
      (family) => CONDITIONS.filter((c) => c.family === family).length < 3,
    );
    expect(thinFamilies).toEqual([]);
  });

  it("lists 'sugar diabetes' as a synonym of type 2 diabetes", () => {
    const condition = CONDITIONS.find((c) => c.slug === 'type-2-diabetes');
    expect(condition).toBeDefined();
    expect(condition?.synonyms).toContain('sugar diabetes');
  });

  it("lists 'long covid' as a synonym of the long COVID condition", () => {
    const condition = CONDITIONS.find((c) => c.slug === 'long-covid');
    expect(condition).toBeDefined();
    const synonyms = (condition?.synonyms ?? []).map((s) => s.toLowerCase());
    expect(synonyms).toContain('long covid');
  });
});

describe('group catalogue', () => {
  const conditionBySlug = new Map(CONDITIONS.map((c) => [c.slug, c]));

  it('links every group to an existing condition', () => {
    const orphans = GROUPS.filter(
      (g) => !conditionBySlug.has(g.conditionSlug),
    );
    expect(orphans.map((g) => g.slug)).toEqual([]);
  });

  it('has unique group slugs', () => {
    const slugs = GROUPS.map((g) => g.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('has at least 8 private groups', () => {
    const privateGroups = GROUPS.filter((g) => g.visibility === 'private');
    expect(privateGroups.length).toBeGreaterThanOrEqual(8);
  });

  it('has at least 3 groups in every family', () => {
    const thinFamilies = CONDITION_FAMILIES.filter(
      (family) =>
        GROUPS.filter(
          (g) => conditionBySlug.get(g.conditionSlug)?.family === family,
        ).length < 3,
    );
    expect(thinFamilies).toEqual([]);
  });
});
