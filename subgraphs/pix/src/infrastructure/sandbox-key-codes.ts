import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Logger } from 'pino';
import type { KeyCodeSender, PixKeyRecord } from '../application/ports';
import { itemKeys } from './dynamodb/pix-table';

/**
 * The sandbox's stand-in for e-mail and SMS: the code is logged and kept as the key's holder would
 * read it (`SANDBOX_INBOX#<keyId>`), for the development-only pixKeyConfirmationCode query.
 */
export class SandboxKeyCodeSender implements KeyCodeSender {
  constructor(private readonly options: { readonly client: DynamoDBDocumentClient; readonly tableName: string; readonly logger: Logger }) {}

  async send(record: PixKeyRecord, code: string): Promise<void> {
    const { client, tableName, logger } = this.options;
    await client.send(new PutCommand({ TableName: tableName, Item: { ...itemKeys.sandboxInbox(record.id), code } }));
    logger.info({ keyId: record.id, keyType: record.key.type, key: record.key.value, code }, 'sandbox: Pix key confirmation code sent');
  }

  async lastSent(keyId: string): Promise<string | null> {
    const { client, tableName } = this.options;
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: itemKeys.sandboxInbox(keyId), ConsistentRead: true }));
    return typeof Item?.code === 'string' ? Item.code : null;
  }
}

/**
 * Outside the sandbox, until an e-mail and SMS provider is wired in: the sending is logged without
 * the code, which nobody can read (a key then cannot be confirmed).
 */
export class UnwiredKeyCodeSender implements KeyCodeSender {
  constructor(private readonly logger: Logger) {}

  async send(record: PixKeyRecord): Promise<void> {
    this.logger.warn({ keyId: record.id, keyType: record.key.type }, 'no e-mail/SMS provider configured: Pix key confirmation code not delivered');
  }

  async lastSent(): Promise<string | null> {
    return null;
  }
}
