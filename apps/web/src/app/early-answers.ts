/**
 * Answers to requests the page's <head> script (early-data.ts) sent before the app's code had
 * loaded. The script keeps them and installs `take` on the page; the app's GraphQL client
 * (graphql-client.ts, on every page) only calls it, so the first page carries none of this.
 */
export interface EarlyAnswers {
  /** The answer to this request, if there is a fresh one; each is given once. */
  take(query: string, variables: unknown): Promise<Response> | undefined;
}

/** Answers older than this are not used (the app asks again): they are for the page as first opened. */
export const EARLY_ANSWER_MAX_AGE_MS = 15_000;

/** The same query text with the same variables, written in the same order. */
export const earlyAnswerKey = (query: string, variables: unknown): string => `${JSON.stringify(variables ?? {})}\n${query}`;

const holder = globalThis as { __kindredEarly?: EarlyAnswers };

/** Keeps answers by request (as the early-data script does) and installs `take` for the app. */
export function keepEarlyAnswers(answers: Map<string, Promise<Response>>, at = performance.now()): void {
  holder.__kindredEarly = {
    take(query, variables) {
      const key = earlyAnswerKey(query, variables);
      const answer = answers.get(key);
      answers.delete(key);
      return answer && performance.now() - at < EARLY_ANSWER_MAX_AGE_MS ? answer : undefined;
    },
  };
}

/** For graphql-client.ts: the early answer to this request, if any. */
export const takeEarlyAnswer = (query: string, variables: unknown): Promise<Response> | undefined =>
  holder.__kindredEarly?.take(query, variables);
