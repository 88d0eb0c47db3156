/**
 * A clock shared by every thread of this process, in milliseconds: performance.timeOrigin is
 * the process's (the same in worker threads), so a time taken on one thread can be compared
 * with a time taken on another.
 */
export const clock = (): number => performance.timeOrigin + performance.now();
