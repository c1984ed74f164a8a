import { eventEnvelopes } from '@bank/messaging';

/** The envelopes every insurance write stores with its state in the item's outbox. */
export const outboxEvents = eventEnvelopes('/subgraphs/insurance');
