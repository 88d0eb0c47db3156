/// <reference types="jest" />
import { readQueueFilters, writeQueueFilters } from './queue-state';

describe('moderation queue filters in the address', () => {
  it('reads defaults from an empty address and writes nothing for them', () => {
    const f = readQueueFilters(new URLSearchParams(''));
    expect(f).toEqual({ status: 'open', groupId: null, reason: null, targetType: null, crisisOnly: false });
    expect(writeQueueFilters(f).toString()).toBe('');
  });

  it('round-trips every filter', () => {
    const id = '4b0c6a4e-2f1d-4f7e-9a55-0f0c2b1d3e4f';
    const f = readQueueFilters(new URLSearchParams(`status=resolved&group=${id}&reason=harassment&type=reply&crisis=1`));
    expect(f).toEqual({ status: 'resolved', groupId: id, reason: 'harassment', targetType: 'reply', crisisOnly: true });
    expect(readQueueFilters(writeQueueFilters(f))).toEqual(f);
  });

  it('ignores values the API would refuse', () => {
    const f = readQueueFilters(new URLSearchParams('status=maybe&group=not-a-uuid&reason=rude&type=post&crisis=yes'));
    expect(f).toEqual({ status: 'open', groupId: null, reason: null, targetType: null, crisisOnly: false });
  });
});
