export * from './pix';
export * from './accounts';
export * from './pix-payments';
