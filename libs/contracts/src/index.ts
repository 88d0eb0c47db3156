export * from './limits';
export * from './search-query';
export * from './enums';
export * from './errors';
export * from './routes';
export * from './chat';
export * from './disclosure';
export * from './audit';
