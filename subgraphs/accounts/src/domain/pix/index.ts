export * from './limits';
export * from './order';
export * from './receipt';
