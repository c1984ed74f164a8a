import type { NativeAttributeValue, UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { CloudEvent } from '@bank/messaging';
import { OUTBOX_PENDING, outboxAttributes } from './service-table';

/** A repository's own update, as clauses, so that the outbox actions can join it in one UpdateItem. */
export interface ItemUpdate {
  /** SET actions, e.g. `#status = :status`. */
  readonly set?: readonly string[];
  /** REMOVE actions, e.g. `#expiresAt`. */
  readonly remove?: readonly string[];
  /** Placeholders used by these actions and by the command's ConditionExpression. */
  readonly names?: Readonly<Record<string, string>>;
  readonly values?: Readonly<Record<string, NativeAttributeValue>>;
}

export type UpdateExpressionInput = Pick<UpdateCommandInput, 'UpdateExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'>;

const nonEmpty = <T>(record: Readonly<Record<string, T>>): Record<string, T> | undefined => (Object.keys(record).length === 0 ? undefined : { ...record });

/**
 * The update expression that applies `update` and appends `events` to the item's outbox, in the same
 * single-item write: the events exist if and only if the state change was committed.
 *
 * @example
 * new UpdateCommand({ TableName, Key, ConditionExpression: '#status = :active',
 *   ...updateWithOutbox({ set: ['#status = :paid'], names: { '#status': 'status' }, values: { ':active': 'ACTIVE', ':paid': 'COMPLETED' } }, events) })
 */
export function updateWithOutbox(update: ItemUpdate, events: readonly CloudEvent[]): UpdateExpressionInput {
  const appends = events.length > 0;
  const set = [...(update.set ?? [])];
  const names = { ...update.names };
  const values = { ...update.values };
  if (appends) {
    set.push('#outbox = list_append(if_not_exists(#outbox, :outboxNone), :outboxEvents)', '#outboxPending = :outboxPending');
    Object.assign(names, { '#outbox': outboxAttributes.events, '#outboxPending': outboxAttributes.pending });
    Object.assign(values, { ':outboxNone': [], ':outboxEvents': [...events], ':outboxPending': OUTBOX_PENDING });
  }
  const remove = update.remove ?? [];
  const clauses = [set.length > 0 ? `SET ${set.join(', ')}` : '', remove.length > 0 ? `REMOVE ${remove.join(', ')}` : ''].filter(Boolean);
  if (clauses.length === 0) throw new Error('updateWithOutbox: nothing to update');
  return {
    UpdateExpression: clauses.join(' '),
    ExpressionAttributeNames: nonEmpty(names),
    ExpressionAttributeValues: nonEmpty(values),
  };
}

/**
 * A new item (PutItem) holding its first events. Use it to create items only (with
 * `attribute_not_exists(pk)`): replacing an existing item would drop events it still holds.
 */
export function itemWithOutbox<Item extends Record<string, NativeAttributeValue>>(item: Item, events: readonly CloudEvent[]): Item {
  if (events.length === 0) return item;
  return { ...item, [outboxAttributes.events]: [...events], [outboxAttributes.pending]: OUTBOX_PENDING };
}
