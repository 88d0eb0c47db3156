import { API_PATHS, CSRF_COOKIE, CSRF_HEADER } from '@kindred/contracts';
import type { GroupQuery } from '../generated/graphql';
import { earlyAnswerKey, keepEarlyAnswers } from './early-answers';
import { firstPageOf, firstPageRequests, groupPageLaterQueries, groupPageRequests, threadPageExtras, viewerRequest } from './first-page-requests';
import type { FirstPageRequest } from './first-page-requests';

/**
 * The first page's data, asked for by a small script of its own that the API puts in the <head>
 * of a condition, group or thread page opened by address (the build writes it beside the app:
 * apps/web/route-preload.ts). It runs as soon as it arrives, while the app's code is still
 * downloading, so the data no longer waits for React and the page's code to load and run. The
 * answers are kept by request (early-answers.ts); the app's GraphQL client takes them instead
 * of sending the same requests again. Without the CSRF cookie (set with the page) it does nothing.
 */
function start(): void {
  const token = new RegExp(`(?:^|;\\s*)${CSRF_COOKIE}=([^;]*)`).exec(document.cookie)?.[1];
  if (!token) return;
  const answers = new Map<string, Promise<Response>>();
  const send = ({ query, variables }: FirstPageRequest): Promise<Response> => {
    const answer = fetch(API_PATHS.graphql, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', accept: 'application/json', [CSRF_HEADER]: decodeURIComponent(token) },
      body: JSON.stringify({ query, variables }),
    });
    answers.set(earlyAnswerKey(query, variables), answer);
    return answer;
  };
  const [first, ...rest] = firstPageRequests(location.pathname);
  if (!first) {
    keepEarlyAnswers(answers);
    return;
  }
  const answer = send(first);
  rest.forEach(send);
  void send(viewerRequest());
  const page = firstPageOf(location.pathname);
  if (page?.page === 'thread') threadPageExtras(page.param).forEach(send);
  // A group page: its threads and tags as soon as the group is in (the app reads the original
  // answer). The app starts on the same answer; `take` has it wait for these rather than ask twice.
  const later =
    page?.page === 'group'
      ? answer
          .then((r) => r.clone().json() as Promise<{ data?: GroupQuery | null }>)
          .then((body) => {
            if (body.data?.group) groupPageRequests(body.data.group, location.search).forEach(send);
          })
          .catch(() => undefined)
      : null;
  keepEarlyAnswers(answers, performance.now(), later ? { queries: new Set(groupPageLaterQueries()), sent: later } : undefined);
}

start();
