import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ActivePolicyCount } from '../../application/ports';
import { itemKeys, type TableOptions } from './insurance-table';

/** The number of ACTIVE policies, on one item changed by atomic ADDs. */
export class DynamoDbActivePolicyCount implements ActivePolicyCount {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor({ client, tableName }: TableOptions) {
    this.client = client;
    this.tableName = tableName;
  }

  async add(delta: number): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: itemKeys.activePolicyCount,
        UpdateExpression: 'ADD #count :delta',
        ExpressionAttributeNames: { '#count': 'count' },
        ExpressionAttributeValues: { ':delta': delta },
      }),
    );
  }

  async current(): Promise<number> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: itemKeys.activePolicyCount }));
    return Number(Item?.count ?? 0);
  }
}
