import { AREAS } from './areas.data';
import { CONDITIONS } from './conditions.data';
import { SERVICE_KINDS, SERVICE_KIND_FAMILIES } from './service-kinds.data';

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('service kinds', () => {
  it('has unique kebab-case slugs in known families', () => {
    const slugs = SERVICE_KINDS.map((k) => k.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const k of SERVICE_KINDS) {
      expect(k.slug).toMatch(KEBAB_CASE);
      expect(SERVICE_KIND_FAMILIES).toContain(k.family);
    }
  });

  it('links only to conditions in the catalogue', () => {
    const known = new Set(CONDITIONS.map((c) => c.slug));
    const unknown = SERVICE_KINDS.flatMap((k) => k.conditionSlugs.filter((s) => !known.has(s)).map((s) => `${k.slug}: ${s}`));
    expect(unknown).toEqual([]);
  });

  it('includes the kinds the issue names', () => {
    const slugs = SERVICE_KINDS.map((k) => k.slug);
    for (const s of ['gp-practice', 'hospital-outpatients', 'specialist-nurse', 'pulmonary-rehabilitation', 'structured-education', 'memory-clinic', 'pharmacy', 'mental-health-team', 'social-care-assessment']) {
      expect(slugs).toContain(s);
    }
  });
});

describe('areas', () => {
  it('lists the 42 English ICBs and the Welsh and Scottish health boards with unique GSS codes', () => {
    const codes = AREAS.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(AREAS.filter((a) => a.kind === 'icb')).toHaveLength(42);
    expect(AREAS.filter((a) => a.nation === 'Wales')).toHaveLength(7);
    expect(AREAS.filter((a) => a.nation === 'Scotland')).toHaveLength(14);
    for (const a of AREAS) {
      expect(a.code).toMatch(a.kind === 'icb' ? /^E54\d{6}$/ : a.nation === 'Wales' ? /^W11\d{6}$/ : /^S08\d{6}$/);
    }
  });

  it('has unique names', () => {
    const names = AREAS.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
