import { AREA_BY_CODE, AREAS, type AreaSeed } from '../../database/seed/catalogue/areas.data';
import { SERVICE_KIND_BY_SLUG, SERVICE_KINDS, type ServiceKindSeed } from '../../database/seed/catalogue/service-kinds.data';
import { AppError } from '../../common/errors/app-error';

/**
 * The service kinds and areas a story may name, read from the catalogue files in the repo
 * (`seed/catalogue/service-kinds.data.ts`, `areas.data.ts`). The API checks every story and
 * organisation against them: anything else is refused with a code, so no story ever names a
 * place or a practice in these fields.
 */
export const serviceKinds = (): readonly ServiceKindSeed[] => SERVICE_KINDS;
export const areas = (): readonly AreaSeed[] => AREAS;

export function serviceKind(slug: string): ServiceKindSeed {
  const k = SERVICE_KIND_BY_SLUG.get(slug);
  if (!k) {
    throw new AppError('UNKNOWN_SERVICE_KIND', 'Choose a kind of service from the list.', {
      fields: [{ field: 'serviceKind', code: 'INVALID_VALUE', message: 'Choose a kind of service from the list.' }],
    });
  }
  return k;
}

export function area(code: string): AreaSeed {
  const a = AREA_BY_CODE.get(code);
  if (!a) {
    throw new AppError('UNKNOWN_AREA', 'Choose an area from the list (an NHS integrated care board or health board).', {
      fields: [{ field: 'areaCode', code: 'INVALID_VALUE', message: 'Choose an area from the list.' }],
    });
  }
  return a;
}

/** "Experience of care: GP practice in NHS Devon ICB" (moderation queue, search). */
export function careStoryTitle(kindSlug: string, areaCode: string): string {
  const k = SERVICE_KIND_BY_SLUG.get(kindSlug)?.name ?? kindSlug;
  const a = AREA_BY_CODE.get(areaCode)?.name ?? areaCode;
  return `Experience of care: ${k} in ${a}`;
}
