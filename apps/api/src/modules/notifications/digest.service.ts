import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { storedNotificationReadable } from './notifications.service';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { composeMail, MailService } from '../../common/mail/mail.service';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { PeriodicTask } from '../../common/scheduling/periodic-task';

export interface SentDigest {
  to: string;
  subject: string;
  text: string;
}


/**
 * Email digests of unread notifications, daily or weekly as each member chooses (off by
 * default), only to verified addresses. Sent through MailService (SMTP when SMTP_URL is set,
 * otherwise the log). Checked every hour; a member gets at most one digest per period, and only
 * when something new is unread. The subject never holds health content; the body names other
 * members by handle only.
 */
@Injectable()
export class DigestService implements OnApplicationBootstrap, OnApplicationShutdown {
  /** Hourly; a run never overlaps the previous one, so a slow run cannot send a digest twice. */
  private readonly schedule: PeriodicTask;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: PinoLogger,
    private readonly mail: MailService,
  ) {
    this.logger.setContext('Digest');
    this.schedule = new PeriodicTask(3_600_000, () => this.sendDue(), (err) => this.logger.warn({ err }, 'digest run failed; will retry next hour'));
  }

  onApplicationBootstrap(): void {
    this.schedule.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.schedule.stop();
  }

  /** Sends every digest that is due now; returns what was sent. */
  async sendDue(now = new Date()): Promise<SentDigest[]> {
    const due: { user_id: string; email: string; handle: string; digest: string; since: Date | null }[] = await this.db.query(
      `SELECT s.user_id, u.email, u.handle, s.digest, s.digest_sent_at AS since
         FROM notification_settings s JOIN users u ON u.id = s.user_id
        WHERE s.digest <> 'off' AND u.email_verified_at IS NOT NULL
          AND (s.digest_sent_at IS NULL OR s.digest_sent_at <= $1::timestamptz - CASE s.digest WHEN 'daily' THEN interval '1 day' ELSE interval '7 days' END)
          AND EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = s.user_id AND n.read_at IS NULL
                        AND (s.digest_sent_at IS NULL OR n.created_at > s.digest_sent_at))`,
      [now],
    );
    const sent: SentDigest[] = [];
    for (const d of due) {
      const items: { message: string; url: string }[] = await this.db.query(
        `SELECT n.message, n.url FROM notifications n WHERE n.user_id = $1 AND n.read_at IS NULL AND ($2::timestamptz IS NULL OR n.created_at > $2)
            AND ${storedNotificationReadable('n')}
          ORDER BY n.created_at DESC LIMIT 20`,
        [d.user_id, d.since],
      );
      if (!items.length) {
        // Nothing left the member may still read: no mail, and the window moves on.
        await this.db.query(`UPDATE notification_settings SET digest_sent_at = $2 WHERE user_id = $1`, [d.user_id, now]);
        continue;
      }
      const link = (url: string) => `${this.config.publicUrl}${url}`;
      const subject = `Kindred: ${items.length} new notification${items.length === 1 ? '' : 's'}`;
      const mail = composeMail(d.email, subject, `Hello ${d.handle},`, [
        { p: `What happened on Kindred since your last digest:` },
        { list: items.map((i) => ({ text: i.message, href: link(i.url) })) },
        { link: link('/settings/notifications'), label: 'Change how often you get this' },
      ]);
      await this.mail.send(mail);
      const text = mail.text;
      await this.db.query(`UPDATE notification_settings SET digest_sent_at = $2 WHERE user_id = $1`, [d.user_id, now]);
      sent.push({ to: d.email, subject, text });
    }
    return sent;
  }
}
