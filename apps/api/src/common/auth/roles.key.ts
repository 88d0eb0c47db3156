export const ROLES_KEY = 'kindred:roles';
