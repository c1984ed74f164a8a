import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoDbClientOptions {
  readonly region: string;
  /** Set for a local DynamoDB (dynalite); absent for AWS, where credentials come from the default provider chain. */
  readonly endpoint?: string;
}

/** A local endpoint checks no signature, but the SDK still signs requests, so it needs some credentials. */
const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * A document client: items in and out are plain JS values.
 * Undefined properties are dropped (optional fields stay absent instead of failing the write);
 * class instances are refused, so a Date or a Money never lands in an item unconverted.
 */
export function createDynamoDbClient({ region, endpoint }: DynamoDbClientOptions): DynamoDBDocumentClient {
  const client = new DynamoDBClient(endpoint === undefined ? { region } : { region, endpoint, credentials: localCredentials });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    unmarshallOptions: { wrapNumbers: false },
  });
}
