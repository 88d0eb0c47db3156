/**
 * Answers to requests the page's <head> script (early-data.ts) sent before the app's code had
 * loaded, by request. Kept small: graphql-client.ts, on every first page, reads them.
 */
export interface EarlyAnswers {
  /** performance.now() when the requests were sent. */
  at: number;
  answers: Map<string, Promise<Response>>;
}

/** Answers older than this are not used (the app asks again): they are for the page as first opened. */
export const EARLY_ANSWER_MAX_AGE_MS = 15_000;

/** The same query text with the same variables, written in the same order. */
export const earlyAnswerKey = (query: string, variables: unknown): string => `${JSON.stringify(variables ?? {})}\n${query}`;

const holder = globalThis as { __kindredEarly?: EarlyAnswers };

export const setEarlyAnswers = (early: EarlyAnswers): void => {
  holder.__kindredEarly = early;
};

/** The early answer to this request, if there is a fresh one; each is used once. */
export function takeEarlyAnswer(query: string, variables: unknown): Promise<Response> | undefined {
  const early = holder.__kindredEarly;
  if (!early) return undefined;
  const key = earlyAnswerKey(query, variables);
  const answer = early.answers.get(key);
  early.answers.delete(key);
  return answer && performance.now() - early.at < EARLY_ANSWER_MAX_AGE_MS ? answer : undefined;
}
