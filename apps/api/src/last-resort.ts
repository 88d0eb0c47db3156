/** Every line the last-resort handlers write starts with this (tests look for it). */
export const LAST_RESORT_MARK = 'LAST-RESORT';

/**
 * The last resort for an error nobody handled. Every known failure (PostgreSQL, Redis, the
 * Socket.IO adapter, a client hanging up) is handled where it happens and never gets here, and
 * the fault tests check that it does not. Anything that does is a state the code does not know:
 * it is logged with its stack, and the process shuts down gracefully (within the shutdown
 * deadline) rather than carry on in an unknown state or die mid-write.
 */
export function installLastResortHandlers(log: (line: string) => void, shutdown: () => void): void {
  const report = (kind: string, error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`${kind}: ${detail.replace(/\n/g, '\n    ')}`);
  };
  process.on('unhandledRejection', (reason) => {
    report('unhandled promise rejection', reason);
    shutdown();
  });
  process.on('uncaughtException', (error, origin) => {
    report(origin === 'unhandledRejection' ? 'unhandled promise rejection' : 'uncaught exception', error);
    shutdown();
  });
}
