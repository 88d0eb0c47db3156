import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id with the library's current recommended parameters (OWASP: m=64 MiB, t=3, p=4). */
@Injectable()
export class PasswordService {
  private dummyHash: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** Spends the same time as a real check, so a missing account cannot be told by timing. */
  async verifyNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash('kindred-timing-equaliser');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
