export * from './pix';
export * from './accounts';
export * from './cards';
export * from './pix-payments';
export * from './settlements';
