export * from './limits';
export * from './outcome-signals';
export * from './outcomes';
export * from './ports';
export * from './receipts';
export * from './send';
