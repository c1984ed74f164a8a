import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';

export const isConditionalCheckFailed = (error: unknown): boolean => error instanceof ConditionalCheckFailedException;
