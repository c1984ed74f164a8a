export * from './pix';
export * from './accounts';
