import { strToU8, zipSync } from 'fflate';
import type { EntityManager } from 'typeorm';
import { escapeHtml } from '../../common/text/escape-html';

/** One part of a member's export: a title and the rows Kindred holds. */
interface Section {
  key: string;
  title: string;
  sql: string;
}

/**
 * Everything Kindred holds about a member, section by section. Each query selects by the
 * member's own id only: rows about them, never other members' private data (the people they
 * blocked are listed by handle, as the member sees them in their settings).
 */
export const EXPORT_SECTIONS: Section[] = [
  { key: 'profile', title: 'Profile', sql: `SELECT id, handle, email, bio, role, clinician_status, clinician_registration, clinician_organisation, share_presence, share_typing, created_at, updated_at FROM users WHERE id = $1` },
  { key: 'memberships', title: 'Group memberships', sql: `SELECT g.name AS group, g.slug, m.role, m.status, m.requested_at, m.joined_at FROM group_memberships m JOIN groups g ON g.id = m.group_id WHERE m.user_id = $1 ORDER BY m.requested_at` },
  { key: 'conditions', title: 'Conditions you live with or care for', sql: `SELECT c.name AS condition, mc.relation, mc.created_at FROM member_conditions mc JOIN conditions c ON c.id = mc.condition_id WHERE mc.user_id = $1 ORDER BY mc.position` },
  { key: 'follows', title: 'Groups followed', sql: `SELECT g.name AS group, f.created_at FROM group_follows f JOIN groups g ON g.id = f.group_id WHERE f.user_id = $1` },
  { key: 'threads', title: 'Threads', sql: `SELECT t.id, g.name AS group, t.kind, t.title, t.body, t.tags, t.anonymous, t.created_at, t.edited_at, t.deleted_at FROM threads t JOIN groups g ON g.id = t.group_id WHERE t.author_id = $1 ORDER BY t.created_at` },
  { key: 'thread_revisions', title: 'Earlier versions of your threads', sql: `SELECT r.thread_id, r.title, r.body, r.tags, r.created_at AS replaced_at FROM thread_revisions r JOIN threads t ON t.id = r.thread_id WHERE t.author_id = $1 ORDER BY r.created_at` },
  { key: 'replies', title: 'Replies', sql: `SELECT r.id, r.thread_id, t.title AS thread, r.body, r.anonymous, r.created_at, r.edited_at, r.deleted_at FROM replies r JOIN threads t ON t.id = r.thread_id WHERE r.author_id = $1 ORDER BY r.created_at` },
  { key: 'reply_revisions', title: 'Earlier versions of your replies', sql: `SELECT v.reply_id, v.body, v.created_at AS replaced_at FROM reply_revisions v JOIN replies r ON r.id = v.reply_id WHERE r.author_id = $1 ORDER BY v.created_at` },
  { key: 'chat_messages', title: 'Chat messages', sql: `SELECT g.name AS group, m.seq, m.body, m.created_at, m.edited_at, m.deleted_at FROM chat_messages m JOIN groups g ON g.id = m.group_id WHERE m.author_id = $1 ORDER BY m.created_at` },
  { key: 'experience_reports', title: 'Experience reports', sql: `SELECT e.id, c.name AS condition, i.name AS intervention, e.effectiveness, e.side_effects, e.adherence, e.burden, e.cost_band, e.duration_weeks, e.still_using, e.tips, e.created_at, e.updated_at FROM experience_reports e JOIN conditions c ON c.id = e.condition_id JOIN interventions i ON i.id = e.intervention_id WHERE e.user_id = $1 ORDER BY e.created_at` },
  { key: 'experience_report_revisions', title: 'Earlier versions of your reports', sql: `SELECT v.report_id, v.snapshot, v.created_at FROM experience_report_revisions v JOIN experience_reports e ON e.id = v.report_id WHERE e.user_id = $1 ORDER BY v.created_at` },
  { key: 'interventions_proposed', title: 'Interventions you proposed', sql: `SELECT name, category, status, created_at FROM interventions WHERE proposed_by = $1` },
  { key: 'helpful_marks', title: 'Posts you marked helpful', sql: `SELECT target_type, target_id, created_at FROM helpful_marks WHERE user_id = $1 ORDER BY created_at` },
  { key: 'care_experiences', title: 'Your stories of care', sql: `SELECT e.id, e.service_kind, e.area_code, c.name AS condition, to_char(e.occurred_on, 'YYYY-MM') AS month, e.what_was_good, e.could_be_better, e.rating_seen, e.rating_listened, e.rating_involved, e.anonymous, e.moderation, e.created_at FROM care_experiences e LEFT JOIN conditions c ON c.id = e.condition_id WHERE e.author_id = $1 ORDER BY e.created_at` },
  { key: 'care_experience_responses', title: 'Responses to stories you wrote for an organisation', sql: `SELECT r.id, r.experience_id, o.name AS organisation, r.body, r.changed_something, r.what_changed, r.created_at, r.updated_at FROM care_experience_responses r JOIN organisations o ON o.id = r.organisation_id WHERE r.author_id = $1 ORDER BY r.created_at` },
  { key: 'organisation_memberships', title: 'Organisations you answer for', sql: `SELECT o.id, o.name, o.service_kind, o.area_code, o.status, m.created_at AS joined_at, o.created_by = $1 AS applied_by_you FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1 ORDER BY m.created_at` },
  { key: 'consents', title: 'Consents', sql: `SELECT purpose, granted, changed_at FROM consents WHERE user_id = $1` },
  { key: 'consent_history', title: 'Consent history', sql: `SELECT purpose, granted, created_at FROM consent_events WHERE user_id = $1 ORDER BY created_at` },
  { key: 'notifications', title: 'Notifications', sql: `SELECT kind, message, url, created_at, read_at FROM notifications WHERE user_id = $1 ORDER BY created_at` },
  { key: 'notification_settings', title: 'Notification settings', sql: `SELECT disabled_kinds, digest, digest_sent_at FROM notification_settings WHERE user_id = $1` },
  { key: 'blocked_members', title: 'Members you blocked', sql: `SELECT u.handle, b.created_at FROM member_blocks b JOIN users u ON u.id = b.blocked_id WHERE b.blocker_id = $1` },
  { key: 'chat_mutes', title: 'Chat mutes placed on you', sql: `SELECT g.name AS group, m.until, m.reason, m.created_at FROM chat_mutes m JOIN groups g ON g.id = m.group_id WHERE m.user_id = $1` },
  { key: 'thread_reads', title: 'Threads you have read', sql: `SELECT thread_id, last_read_at FROM thread_reads WHERE user_id = $1` },
  { key: 'group_reads', title: 'Groups you marked all read', sql: `SELECT g.name AS group, r.read_before FROM group_reads r JOIN groups g ON g.id = r.group_id WHERE r.user_id = $1` },
  { key: 'thread_follows', title: 'Threads you follow', sql: `SELECT f.thread_id, t.title AS thread, f.created_at FROM thread_follows f JOIN threads t ON t.id = f.thread_id WHERE f.user_id = $1 ORDER BY f.created_at` },
  { key: 'saved_posts', title: 'Posts you saved', sql: `SELECT s.thread_id, t.title AS thread, s.reply_id, s.created_at FROM saved_posts s JOIN threads t ON t.id = s.thread_id WHERE s.user_id = $1 ORDER BY s.created_at` },
  { key: 'sessions', title: 'Sessions', sql: `SELECT user_agent AS device, created_at, last_seen_at, expires_at, revoked_at FROM sessions WHERE user_id = $1 ORDER BY created_at` },
];

const cell = (v: unknown) =>
  escapeHtml(v instanceof Date ? v.toISOString() : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v ?? ''));

/** A readable page of the same data: every section as a table, all text escaped. */
function toHtml(handle: string, generatedAt: Date, data: Record<string, Record<string, unknown>[]>): string {
  const parts = EXPORT_SECTIONS.map((s) => {
    const rows = data[s.key] ?? [];
    if (!rows.length) return `<section><h2>${escapeHtml(s.title)}</h2><p>Nothing.</p></section>`;
    const cols = Object.keys(rows[0]!);
    return `<section><h2>${escapeHtml(s.title)} (${rows.length})</h2><table><thead><tr>${cols
      .map((c) => `<th scope="col">${escapeHtml(c)}</th>`)
      .join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${cols.map((c) => `<td>${cell(r[c])}</td>`).join('')}</tr>`).join('')}</tbody></table></section>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Your Kindred data</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;margin-bottom:1.5rem}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}td{white-space:pre-wrap}</style>
</head><body><h1>Everything Kindred holds about ${escapeHtml(handle)}</h1><p>Made ${escapeHtml(generatedAt.toISOString())}. The same data is in <code>kindred-data.json</code>.</p>${parts.join('\n')}</body></html>`;
}

/** Gathers every section (reporting progress from 0 to 90) and packs JSON + HTML into one zip. */
export async function buildExport(
  db: EntityManager,
  userId: string,
  progress: (percent: number) => Promise<void>,
): Promise<{ zip: Uint8Array; sections: Record<string, number> }> {
  const data: Record<string, Record<string, unknown>[]> = {};
  for (const [i, s] of EXPORT_SECTIONS.entries()) {
    data[s.key] = await db.query(s.sql, [userId]);
    await progress(Math.floor(((i + 1) / EXPORT_SECTIONS.length) * 90));
  }
  const generatedAt = new Date();
  const handle = String(data.profile?.[0]?.handle ?? '');
  const json = JSON.stringify({ generatedAt, sections: data }, null, 2);
  const zip = zipSync({
    'kindred-data.json': strToU8(json),
    'kindred-data.html': strToU8(toHtml(handle, generatedAt, data)),
    'README.txt': strToU8('Your Kindred data: kindred-data.json (for programs) and kindred-data.html (to read in a browser).\n'),
  });
  return { zip, sections: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.length])) };
}
