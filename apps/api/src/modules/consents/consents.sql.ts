import type { ConsentPurpose } from '@kindred/contracts';

/**
 * The SQL test of a member's consent, as it stands now, for read paths that count members
 * (open data). A member who never answered has no row and counts as no.
 */
export const hasConsented = (userId: string, purpose: ConsentPurpose) =>
  `EXISTS (SELECT 1 FROM consents k WHERE k.user_id = ${userId} AND k.purpose = '${purpose}' AND k.granted)`;
