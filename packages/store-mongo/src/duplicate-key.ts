import { mongo } from 'mongoose';

/** The write broke a unique index: another writer created the document first. */
export const isDuplicateKeyError = (error: unknown): boolean => error instanceof mongo.MongoServerError && error.code === 11000;
