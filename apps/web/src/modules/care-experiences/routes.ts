/** Route patterns of the care pages (the paths themselves come from WEB_ROUTES in libs/contracts). */
export const CARE_ROUTE_PATTERNS = {
  story: '/care/stories/:id',
  area: '/care/:kind/:area',
} as const;
