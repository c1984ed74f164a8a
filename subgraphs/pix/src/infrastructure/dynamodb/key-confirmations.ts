import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isConditionalCheckFailed } from '@bank/store-dynamodb';
import { z } from 'zod';
import type { KeyConfirmations } from '../../application/ports';
import type { KeyConfirmation } from '../../domain';
import { fromInstant, instant, toInstant } from '../documents/fields';
import { itemKeys } from './pix-table';

const confirmationItem = z.object({
  keyId: z.string(),
  key: z.string(),
  ownerId: z.string(),
  salt: z.string(),
  codeHash: z.string(),
  // Not `expiresAt`: that is the table's TTL attribute.
  codeExpiresAt: instant,
  attempts: z.number().int(),
  // Items written before the count was kept had sent one code.
  codesSent: z.number().int().default(1),
});

/** A pending key's code in the Pix table (`KEY_CONFIRMATION#<keyId>`): its hash, expiry and wrong attempts. */
export class DynamoDbKeyConfirmations implements KeyConfirmations {
  constructor(private readonly options: { readonly client: DynamoDBDocumentClient; readonly tableName: string }) {}

  async save({ expiresAt, ...confirmation }: KeyConfirmation, replacing: KeyConfirmation | null): Promise<boolean> {
    const { client, tableName } = this.options;
    const condition =
      replacing === null
        ? { ConditionExpression: 'attribute_not_exists(#codeHash)' }
        : { ConditionExpression: '#codeHash = :replacing', ExpressionAttributeValues: { ':replacing': replacing.codeHash } };
    try {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...itemKeys.keyConfirmation(confirmation.keyId), ...confirmation, codeExpiresAt: toInstant(expiresAt) },
          ExpressionAttributeNames: { '#codeHash': 'codeHash' },
          ...condition,
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async get(keyId: string): Promise<KeyConfirmation | null> {
    const { client, tableName } = this.options;
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: itemKeys.keyConfirmation(keyId), ConsistentRead: true }));
    if (Item === undefined) return null;
    const { codeExpiresAt, ...confirmation } = confirmationItem.parse(Item);
    return { ...confirmation, expiresAt: fromInstant(codeExpiresAt) };
  }

  async countWrongAttempt(seen: KeyConfirmation): Promise<boolean> {
    const { client, tableName } = this.options;
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: itemKeys.keyConfirmation(seen.keyId),
          UpdateExpression: 'SET #attempts = :next',
          // The same code (a resend replaces the hash) and no other attempt counted since it was read.
          ConditionExpression: '#attempts = :seen AND #codeHash = :codeHash',
          ExpressionAttributeNames: { '#attempts': 'attempts', '#codeHash': 'codeHash' },
          ExpressionAttributeValues: { ':seen': seen.attempts, ':next': seen.attempts + 1, ':codeHash': seen.codeHash },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async remove(keyId: string): Promise<void> {
    const { client, tableName } = this.options;
    await client.send(new DeleteCommand({ TableName: tableName, Key: itemKeys.keyConfirmation(keyId) }));
  }
}
