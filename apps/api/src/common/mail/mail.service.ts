import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { createTransport, type Transporter } from 'nodemailer';
import { escapeHtml } from '../text/escape-html';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/** One mail: a subject, a plain-text part and an HTML part (both always sent). */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** A paragraph, a link or a short list in a mail, written once for both parts. */
export type MailBlock = { p: string } | { link: string; label: string } | { list: { text: string; href?: string }[] } | { small: string };

/**
 * A mail in Kindred's one layout: a plain-text part and an accessible HTML part (a language,
 * a title, one heading, real paragraphs and links whose words say where they go, no images,
 * no tracking, readable without styles) from the same blocks.
 */
export function composeMail(to: string, subject: string, heading: string, blocks: MailBlock[]): Mail {
  const text = [heading, '', ...blocks.map((b) => ('p' in b ? b.p : 'link' in b ? `${b.label}:\n${b.link}` : 'list' in b ? b.list.map((i) => `• ${i.text}${i.href ? `\n  ${i.href}` : ''}`).join('\n') : b.small)).flatMap((l) => [l, ''])]
    .join('\n')
    .trimEnd();
  const body = blocks
    .map((b) => {
      if ('p' in b) return `<p>${escapeHtml(b.p)}</p>`;
      if ('link' in b) return `<p><a href="${escapeHtml(b.link)}">${escapeHtml(b.label)}</a></p><p style="font-size:0.9em;color:#444">If the link does not open, copy this address into your browser: ${escapeHtml(b.link)}</p>`;
      if ('list' in b) return `<ul>${b.list.map((i) => `<li>${i.href ? `<a href="${escapeHtml(i.href)}">${escapeHtml(i.text)}</a>` : escapeHtml(i.text)}</li>`).join('')}</ul>`;
      return `<p style="font-size:0.9em;color:#444">${escapeHtml(b.small)}</p>`;
    })
    .join('\n');
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:36em;margin:0 auto;padding:1em">
<main>
<h1 style="font-size:1.3em">${escapeHtml(heading)}</h1>
${body}
</main>
</body>
</html>`;
  return { to, subject, text, html };
}

/**
 * Kindred's one way out by mail. With SMTP_URL set, mails go through that server (nodemailer);
 * without it each mail is written to the log: in development with its text (so the demo's links
 * can be followed), in production its subject only (a link in a mail is a credential).
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('Mail');
    this.transport = config.mail.smtpUrl ? createTransport(config.mail.smtpUrl) : createTransport({ jsonTransport: true });
  }

  /** An address on this site (PUBLIC_URL + path). */
  link(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  async send(mail: Mail): Promise<void> {
    await this.transport.sendMail({ from: this.config.mail.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    if (!this.config.mail.smtpUrl) {
      // In development the text is logged, so the demo's links can be followed; in production
      // only the subject (a link in a mail is a credential).
      const text = this.config.isProduction ? undefined : mail.text;
      this.logger.info({ subject: mail.subject, to: this.config.isProduction ? undefined : mail.to, text }, 'mail written to the log (no SMTP_URL)');
    }
  }

  /** Sends without making the caller wait; a failure is logged, never thrown. */
  sendLater(mail: Mail): void {
    setImmediate(() => {
      this.send(mail).catch((err: unknown) => this.logger.error({ err, subject: mail.subject }, 'mail could not be sent'));
    });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}

@Global()
@Module({ providers: [MailService], exports: [MailService] })
export class MailModule {}
