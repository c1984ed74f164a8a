import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';

/** Whether a write failed because its ConditionExpression did not hold (and so wrote nothing). */
export const isConditionalCheckFailed = (error: unknown): boolean => error instanceof ConditionalCheckFailedException;
