export * from './errors';
export * from './domain';
export * from './money';
export * from './documents';
export * from './aggregate';
export * from './auto-debit';
