export * from './authorization';
export * from './card';
export * from './categories';
export * from './events';
export * from './invoice';
export * from './pan';
