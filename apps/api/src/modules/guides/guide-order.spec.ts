import { cleanHeading, groupSections, place } from './guide-order';

const e = (id: string, heading: string) => ({ id, heading });
const show = (list: { id: string; heading: string }[]) => list.map((x) => `${x.heading}:${x.id}`);

describe('guide order (unit)', () => {
  const list = [e('a', 'Diet'), e('b', 'Diet'), e('c', 'Exercise')];

  it('adds to the end of an existing heading, whatever its case, or starts a section at the end', () => {
    expect(show(place(list, 'n', 'diet'))).toEqual(['Diet:a', 'Diet:b', 'Diet:n', 'Exercise:c']);
    expect(show(place(list, 'n', 'Sleep'))).toEqual(['Diet:a', 'Diet:b', 'Exercise:c', 'Sleep:n']);
  });

  it('moves within a section and between sections, clamping the index', () => {
    expect(show(place(list, 'b', 'Diet', 0))).toEqual(['Diet:b', 'Diet:a', 'Exercise:c']);
    expect(show(place(list, 'a', 'Diet', 99))).toEqual(['Diet:b', 'Diet:a', 'Exercise:c']);
    expect(show(place(list, 'a', 'Exercise', 0))).toEqual(['Diet:b', 'Exercise:a', 'Exercise:c']);
    // The last entry of a section leaving it takes the section away.
    expect(show(place(list, 'c', 'Diet', 1))).toEqual(['Diet:a', 'Diet:c', 'Diet:b']);
  });

  it('keeps each heading together and cleans headings', () => {
    expect(show(groupSections([e('a', 'Diet'), e('c', 'Exercise'), e('b', 'DIET')]))).toEqual(['Diet:a', 'Diet:b', 'Exercise:c']);
    expect(cleanHeading('  Eating \n  well ')).toBe('Eating well');
  });
});
