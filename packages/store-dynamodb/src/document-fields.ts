import { Money } from '@bank/kernel';
import { z } from 'zod';

/**
 * How a service's persisted JSON documents (the document an item holds, and its cached copy) write
 * the two values every document has: instants as ISO 8601 UTC strings and amounts as decimal
 * strings (`Money#toString`), so DynamoDB and Redis hold them as they are and no float ever appears.
 */
export const documentFields = {
  instant: z.iso.datetime(),
  amount: z.string(),
  toInstant: (date: Date): string => date.toISOString(),
  fromInstant: (text: string): Date => new Date(text),
  fromAmount: (text: string): Money => Money.parse(text),
};
