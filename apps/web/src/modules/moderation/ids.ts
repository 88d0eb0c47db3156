/** Element ids shared between the case page's parts. */
export const CASE_TITLE_ID = 'case-title';
