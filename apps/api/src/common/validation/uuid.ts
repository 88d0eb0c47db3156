/** Any UUID-shaped string (8-4-4-4-12 hex digits), for ids that arrive unvalidated (socket payloads, slugs-or-ids). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);
