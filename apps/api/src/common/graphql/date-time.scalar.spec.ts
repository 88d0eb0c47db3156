import { Kind } from 'graphql';
import { DateTimeScalar } from './date-time.scalar';

describe('DateTime scalar', () => {
  it('serialises Dates as before, and sends toISOString() text as it is', () => {
    const d = new Date('2026-12-06T10:20:30.456Z');
    expect(DateTimeScalar.serialize(d)).toBe('2026-12-06T10:20:30.456Z');
    expect(DateTimeScalar.serialize(d.toISOString())).toBe('2026-12-06T10:20:30.456Z');
  });

  it('gives null for any other string or value, as Nest’s scalar did', () => {
    for (const v of ['2026-12-06 10:20:30+00', '2026-12-06T10:20:30Z', '2026-12-06T10:20:30.456+01:00', 'yesterday', '', 42, null, {}]) {
      expect(DateTimeScalar.serialize(v)).toBeNull();
    }
  });

  it('parses input as before', () => {
    expect(DateTimeScalar.parseValue('2026-12-06T10:20:30.456Z')).toEqual(new Date('2026-12-06T10:20:30.456Z'));
    expect(DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: '2026-12-06T10:20:30.456Z' })).toEqual(new Date('2026-12-06T10:20:30.456Z'));
    expect(DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1' })).toBeNull();
  });
});
