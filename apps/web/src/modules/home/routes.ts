/** The Saved page: threads and replies the member saved for later. */
export const SAVED_ROUTE = '/saved';
