export * from './neighbourhoods';
export * from './accounts';
export * from './rate-limits';
export * from './chat';
export * from './boards';
export * from './payments';
export * from './games';
