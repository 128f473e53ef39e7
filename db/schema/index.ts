export * from './neighbourhoods';
export * from './accounts';
export * from './rate-limits';
export * from './chat';
export * from './boards';
export * from './payments';
export * from './weather';
export * from './menus';
export * from './spaces';
export * from './games';
export * from './notifications';
export * from './community';
export * from './friends';
export * from './images';
export * from './moderation';
export * from './reviews';
export * from './events';
// The plain value lists behind the columns live apart from the tables (db/constants, no drizzle
// import), so zod schemas and the browser use them without the schema; server code may use either.
export * from '../constants/accounts';
export * from '../constants/boards';
export * from '../constants/chat';
export * from '../constants/community';
export * from '../constants/games';
export * from '../constants/moderation';
export * from '../constants/payments';
export * from '../constants/reviews';
export * from '../constants/spaces';
