export * from './limits';
export * from './outcomes';
export * from './ports';
export * from './receipts';
export * from './send';
