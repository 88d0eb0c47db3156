import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { DataSource, type EntityManager } from 'typeorm';
import { LIMITS } from '@kindred/contracts';
import { returnedRows } from '../../common/database/returning';

const ISSUER = 'Kindred';
const PERIOD = 30;
/** Recovery codes: 16 characters from a 32-letter alphabet (80 bits), shown as 4 groups of 4. */
const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export const totpFor = (secretBase32: string, label: string) =>
  new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secretBase32) });

/** A recovery code as typed (any case, spaces or dashes) → the text that is hashed. */
export const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');
const hashRecoveryCode = (code: string) => createHash('sha256').update(`kindred-recovery:${normaliseRecoveryCode(code)}`).digest('hex');

function recoveryCode(): string {
  const bytes = randomBytes(16);
  let s = '';
  for (const b of bytes) s += CODE_ALPHABET[b % CODE_ALPHABET.length];
  return s.match(/.{4}/g)!.join('-');
}

export interface TwoFactorSetup {
  secret: string;
  otpauthUrl: string;
  qrCodeDataUrl: string;
}

/**
 * Two-factor sign-in with time-based one-time passwords (RFC 6238: 6 digits, 30 seconds, SHA-1,
 * as every authenticator app reads them; the otpauth library). A code is accepted one step
 * either side of now, and never twice (the last accepted step is kept). Ten recovery codes,
 * single use, stored only as SHA-256 hashes (each holds 80 random bits).
 */
@Injectable()
export class TwoFactorService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A new secret waiting to be confirmed, with its otpauth:// address as a QR code (SVG) and as text. */
  async begin(userId: string, handle: string): Promise<TwoFactorSetup> {
    const secret = new Secret({ size: 20 }).base32;
    await this.db.query(`UPDATE users SET totp_pending_secret = $2 WHERE id = $1`, [userId, secret]);
    const otpauthUrl = totpFor(secret, handle).toString();
    const svg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    return { secret, otpauthUrl, qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
  }

  /** The time step a code belongs to (one step either side of now), or null. */
  stepOf(secret: string, code: string): number | null {
    const token = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(token)) return null;
    const delta = totpFor(secret, 'x').validate({ token, window: 1 });
    if (delta === null) return null;
    return Math.floor(Date.now() / 1000 / PERIOD) + delta;
  }

  /** Checks a code against the account's secret in use and claims its step, so it is never accepted again. */
  async verifyCode(userId: string, code: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const [u]: { totp_secret: string | null }[] = await tx.query(`SELECT totp_secret FROM users WHERE id = $1`, [userId]);
    if (!u?.totp_secret) return false;
    const step = this.stepOf(u.totp_secret, code);
    if (step === null) return false;
    const claimed = returnedRows(
      await tx.query(`UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id`, [userId, step]),
    );
    return claimed.length > 0;
  }

  /** Uses up one recovery code; false if it is not one of the account's unused codes. */
  async useRecoveryCode(userId: string, code: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    if (normaliseRecoveryCode(code).length !== 16) return false;
    const used = returnedRows(
      await tx.query(`UPDATE recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`, [userId, hashRecoveryCode(code)]),
    );
    return used.length > 0;
  }

  /** Confirms the pending secret with a code from it; returns the new recovery codes (shown once). */
  async confirm(userId: string, code: string): Promise<string[] | null> {
    return this.db.transaction(async (tx) => {
      const [u]: { totp_pending_secret: string | null }[] = await tx.query(`SELECT totp_pending_secret FROM users WHERE id = $1 FOR UPDATE`, [userId]);
      if (!u?.totp_pending_secret) return null;
      const step = this.stepOf(u.totp_pending_secret, code);
      if (step === null) return null;
      await tx.query(
        `UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = now(), totp_last_step = $2 WHERE id = $1`,
        [userId, step],
      );
      return this.replaceRecoveryCodes(userId, tx);
    });
  }

  async replaceRecoveryCodes(userId: string, tx: EntityManager = this.db.manager): Promise<string[]> {
    const codes = Array.from({ length: LIMITS.recoveryCodeCount }, recoveryCode);
    await tx.query(`DELETE FROM recovery_codes WHERE user_id = $1`, [userId]);
    await tx.query(`INSERT INTO recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])`, [userId, codes.map(hashRecoveryCode)]);
    return codes;
  }

  async disable(userId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(`UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = $1`, [userId]);
      await tx.query(`DELETE FROM recovery_codes WHERE user_id = $1`, [userId]);
    });
  }

  async recoveryCodesLeft(userId: string): Promise<number> {
    const [r]: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL`, [userId]);
    return r?.n ?? 0;
  }
}
