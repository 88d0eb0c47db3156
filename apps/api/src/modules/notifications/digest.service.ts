import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { storedNotificationReadable } from './notifications.service';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { escapeHtml } from '../../common/text/escape-html';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

export interface SentDigest {
  to: string;
  subject: string;
  text: string;
}


/**
 * Email digests of unread notifications, daily or weekly as each member chooses (off by
 * default). Sent through SMTP when SMTP_URL is set; otherwise each mail is written to the log
 * (development). Checked every hour; a member gets at most one digest per period, and only when
 * something new is unread.
 */
@Injectable()
export class DigestService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly transport: Transporter;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('Digest');
    this.transport = config.mail.smtpUrl ? createTransport(config.mail.smtpUrl) : createTransport({ jsonTransport: true });
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sendDue().catch((err: unknown) => this.logger.warn({ err }, 'digest run failed; will retry next hour'));
    }, 3_600_000);
    this.timer.unref?.();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Sends every digest that is due now; returns what was sent. */
  async sendDue(now = new Date()): Promise<SentDigest[]> {
    const due: { user_id: string; email: string; handle: string; digest: string; since: Date | null }[] = await this.db.query(
      `SELECT s.user_id, u.email, u.handle, s.digest, s.digest_sent_at AS since
         FROM notification_settings s JOIN users u ON u.id = s.user_id
        WHERE s.digest <> 'off'
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
      const text = [`Hello ${d.handle},`, '', ...items.map((i) => `• ${i.message}\n  ${link(i.url)}`), '', `Change how often you get this: ${link('/me')}`].join('\n');
      const html = `<p>Hello ${escapeHtml(d.handle)},</p><ul>${items
        .map((i) => `<li><a href="${escapeHtml(link(i.url))}">${escapeHtml(i.message)}</a></li>`)
        .join('')}</ul><p><a href="${escapeHtml(link('/me'))}">Change how often you get this</a></p>`;
      await this.transport.sendMail({ from: this.config.mail.from, to: d.email, subject, text, html });
      if (!this.config.mail.smtpUrl) this.logger.info({ subject, items: items.length }, 'digest written to the log (no SMTP_URL)');
      await this.db.query(`UPDATE notification_settings SET digest_sent_at = $2 WHERE user_id = $1`, [d.user_id, now]);
      sent.push({ to: d.email, subject, text });
    }
    return sent;
  }
}
