import { composeMail, type Mail } from '../../common/mail/mail.service';

/**
 * The mails Kindred sends about an account. Subjects say what the mail is about and nothing of
 * anyone's health; bodies name the member by handle. Each link is single use and says how long
 * it lasts; each notice says what to do if it was not them.
 */
const NOT_YOU = 'If this was not you, reset your password at once: choose “Forgot your password?” on the sign-in page.';

export const accountMail = {
  verifyEmail: (to: string, handle: string, link: string): Mail =>
    composeMail(to, 'Confirm your email address for Kindred', `Hello ${handle},`, [
      { p: 'Please confirm that this is your email address, so you can get email digests and reset your password if you ever forget it.' },
      { link, label: 'Confirm my email address' },
      { small: 'The link works once and lasts 24 hours. If you did not create a Kindred account, ignore this mail: nothing more will be sent.' },
    ]),

  confirmNewEmail: (to: string, handle: string, link: string): Mail =>
    composeMail(to, 'Confirm your new email address for Kindred', `Hello ${handle},`, [
      { p: 'You asked to use this address for your Kindred account. It takes the place of the old one once you confirm it.' },
      { link, label: 'Confirm my new email address' },
      { small: 'The link works once and lasts 24 hours. If you did not ask for this, ignore this mail and the address stays as it was.' },
    ]),

  emailChangeRequested: (to: string, handle: string, maskedNew: string): Mail =>
    composeMail(to, 'A change of email address was asked for on your Kindred account', `Hello ${handle},`, [
      { p: `Someone signed in to your Kindred account asked to move it to a new email address (${maskedNew}). Nothing changes until that address is confirmed.` },
      { p: NOT_YOU },
    ]),

  emailChanged: (to: string, handle: string, maskedNew: string): Mail =>
    composeMail(to, 'Your Kindred email address was changed', `Hello ${handle},`, [
      { p: `Your Kindred account now uses a new email address (${maskedNew}). Mail about the account no longer comes here.` },
      { p: NOT_YOU },
    ]),

  resetPassword: (to: string, handle: string, link: string): Mail =>
    composeMail(to, 'Reset your Kindred password', `Hello ${handle},`, [
      { p: 'Someone asked to reset the password of your Kindred account. If it was you, choose a new password here:' },
      { link, label: 'Choose a new password' },
      { small: 'The link works once and lasts 1 hour. If you did not ask for this, ignore this mail: your password stays as it is.' },
    ]),

  passwordChanged: (to: string, handle: string, how: 'reset' | 'changed'): Mail =>
    composeMail(to, 'Your Kindred password was changed', `Hello ${handle},`, [
      {
        p:
          how === 'reset'
            ? 'Your Kindred password was reset with a link sent to this address, and every place you were signed in was signed out.'
            : 'Your Kindred password was changed from your account settings.',
      },
      { p: NOT_YOU },
    ]),

  twoFactorChanged: (to: string, handle: string, what: 'on' | 'off' | 'recovery-used' | 'new-codes', left?: number): Mail =>
    composeMail(
      to,
      what === 'on' ? 'Two-factor sign-in is on for your Kindred account' : what === 'off' ? 'Two-factor sign-in was turned off on your Kindred account' : what === 'new-codes' ? 'New recovery codes for your Kindred account' : 'A recovery code was used to sign in to your Kindred account',
      `Hello ${handle},`,
      [
        {
          p:
            what === 'on'
              ? 'From now on, signing in to Kindred asks for a code from your authenticator app after your password. Keep your recovery codes somewhere safe.'
              : what === 'off'
                ? 'Signing in to Kindred no longer asks for a code from your authenticator app.'
                : what === 'new-codes'
                  ? 'New recovery codes were made for your account; the old ones no longer work.'
                  : `Someone signed in to your account with a recovery code. ${left ?? 0} recovery code${left === 1 ? '' : 's'} left. If you lost your phone, set up two-factor sign-in again on a new one from your account settings.`,
        },
        { p: NOT_YOU },
      ],
    ),
};

/** "sam@example.com" → "s**@e******.com": enough for the owner to recognise, little for anyone else. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  const dot = domain.lastIndexOf('.');
  const name = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : '';
  const mask = (s: string) => (s.length <= 1 ? s : `${s[0]}${'*'.repeat(Math.min(s.length - 1, 6))}`);
  return `${mask(local)}@${mask(name)}${tld}`;
}
