import { OPEN_DATA_PATHS } from '@kindred/contracts';

/** The open data page (its files are the API's: OPEN_DATA_PATHS in libs/contracts). */
export const OPEN_DATA_ROUTE = OPEN_DATA_PATHS.page;
