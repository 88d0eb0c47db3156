import type { EntityManager } from 'typeorm';
import type { Dice } from './random';
import { seedCareExperiences } from '../care-experiences.seed';

/** What a feature's own demo content gets: the demo transaction and the people in it. */
export interface DemoExtensionContext {
  tx: EntityManager;
  /** Seeded: draw from it so the demo stays the same on every install. */
  dice: Dice;
  log: (line: string) => void;
  size: 'full' | 'small';
  /** Every demo account (the fixed ones first), with the conditions generated members live with. */
  people: { id: string; handle: string; role: string }[];
}

/**
 * Demo content owned by other features (for example members' experiences of care): each runs
 * once, in this order, inside the demo transaction after the community is written. To add one,
 * write it in its own file in this folder and list it here.
 */
export const DEMO_EXTENSIONS: ((ctx: DemoExtensionContext) => Promise<void>)[] = [seedCareExperiences];

export async function runDemoExtensions(ctx: DemoExtensionContext): Promise<void> {
  for (const extend of DEMO_EXTENSIONS) await extend(ctx);
}
