/// <reference types="jest" />
import { auditVariables, readAuditFilters, writeAuditFilters } from './audit-state';

describe('audit log search in the address', () => {
  it('round-trips the filters and leaves empty ones out', () => {
    const params = new URLSearchParams('q=spam&action=content.hide&actor=@mo_moderator&type=reply&from=2026-01-01&to=2026-01-31');
    const f = readAuditFilters(params);
    expect(f.actor).toBe('mo_moderator');
    expect(writeAuditFilters(f).toString()).toBe('q=spam&action=content.hide&actor=mo_moderator&type=reply&from=2026-01-01&to=2026-01-31');
  });

  it('drops dates and group ids the API would refuse', () => {
    const f = readAuditFilters(new URLSearchParams('from=2026-13-45&to=yesterday&group=abc'));
    expect(f.from).toBe('');
    expect(f.to).toBe('');
    expect(f.groupId).toBe('');
  });

  it('sends whole days: from the start of the first to the end of the last', () => {
    const v = auditVariables(readAuditFilters(new URLSearchParams('from=2026-03-01&to=2026-03-01')), 25);
    expect(new Date(v.to!).getTime() - new Date(v.from!).getTime()).toBe(24 * 3600 * 1000 - 1);
    expect(v).not.toHaveProperty('q');
  });
});
