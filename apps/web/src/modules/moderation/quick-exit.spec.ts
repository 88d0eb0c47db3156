/// <reference types="jest" />
import { escapeCounter } from './quick-exit';

describe('quick exit by Escape', () => {
  it('fires on the third press within the window', () => {
    const count = escapeCounter(3, 1_500);
    expect(count(0)).toBe(false);
    expect(count(400)).toBe(false);
    expect(count(900)).toBe(true);
  });

  it('does not fire when the presses are spread out', () => {
    const count = escapeCounter(3, 1_500);
    expect(count(0)).toBe(false);
    expect(count(1_000)).toBe(false);
    expect(count(2_600)).toBe(false);
    expect(count(3_000)).toBe(false);
    expect(count(3_200)).toBe(true);
  });
});
