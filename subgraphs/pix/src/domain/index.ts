export * from '@bank/pix-codes';
export * from './charge';
export * from './end-to-end-id';
export * from './errors';
export * from './events';
export * from './random';
export * from './txid';
export * from './transfer';
