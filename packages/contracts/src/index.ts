export * from './pix';
export * from './accounts';
export * from './cards';
