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

/**
 * Requests the script sends only once an earlier answer is in (a group's threads and the tag list,
 * after the group): the query texts, and a promise that settles once they are sent (or will not be).
 */
export interface LaterRequests {
  queries: ReadonlySet<string>;
  sent: Promise<unknown>;
}

/**
 * Keeps answers by request (as the early-data script does) and installs `take` for the app. The
 * app may ask for one of the `later` requests before the script has sent it (both start on the
 * same answer): it then gets the script's answer once sent, or a failure (and asks itself) if the
 * script did not send that request; never the same request twice.
 */
export function keepEarlyAnswers(answers: Map<string, Promise<Response>>, at = performance.now(), later?: LaterRequests): void {
  const takeFrom = (key: string) => {
    const answer = answers.get(key);
    answers.delete(key);
    return answer;
  };
  holder.__kindredEarly = {
    take(query, variables) {
      if (performance.now() - at >= EARLY_ANSWER_MAX_AGE_MS) return undefined;
      const key = earlyAnswerKey(query, variables);
      const answer = takeFrom(key);
      if (answer || !later?.queries.has(query)) return answer;
      return later.sent.then(() => takeFrom(key) ?? Promise.reject(new Error('not asked early')));
    },
  };
}

/** For graphql-client.ts: the early answer to this request, if any. */
export const takeEarlyAnswer = (query: string, variables: unknown): Promise<Response> | undefined =>
  holder.__kindredEarly?.take(query, variables);
