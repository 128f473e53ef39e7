export * from './neighbourhoods';
export * from './accounts';
export * from './rate-limits';
