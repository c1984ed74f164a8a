import { z } from 'zod';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbAggregateStore, type AggregateItemMapper, type EventsSaved } from '@bank/store-dynamodb';
import type { ChargeRefusalRepository } from '../../application/ports';
import type { ChargeRefusal } from '../../domain';
import { fromInstant, instant, referenceDocument, toInstant } from '../documents/fields';
import { outboxEvents } from './outbox-events';
import { itemKeys } from './pix-table';

const refusalDocument = z.object({
  txid: z.string(),
  reference: referenceDocument,
  code: z.enum(['BAD_USER_INPUT', 'UNPROCESSABLE']),
  field: z.string().nullable(),
  message: z.string(),
  refusedAt: instant,
});

/** A refused charge request's item: its document under `refusal`; in no index. */
const refusalItems: AggregateItemMapper<ChargeRefusal> = {
  name: 'charge refusal',
  keyOf: itemKeys.chargeRefusal,
  idOf: (refusal) => refusal.txid,
  toItem: (refusal) => ({ ...itemKeys.chargeRefusal(refusal.txid), refusal: { ...refusal, refusedAt: toInstant(refusal.refusedAt) } }),
  fromItem: ({ refusal }) => {
    const document = refusalDocument.parse(refusal);
    return { ...document, refusedAt: fromInstant(document.refusedAt) };
  },
};

/** Refused charge requests in the Pix table, beside the charge they would have been (`CHARGE#<txid>`, sort key `REFUSAL`). */
export const dynamoDbChargeRefusals = (options: {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly onEventsSaved?: EventsSaved;
}): ChargeRefusalRepository => new DynamoDbAggregateStore({ ...options, items: refusalItems, envelopes: outboxEvents });
