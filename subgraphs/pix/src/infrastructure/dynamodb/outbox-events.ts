import type { Reference } from '@bank/contracts';
import type { DomainEvent } from '@bank/kernel';
import { eventEnvelopes, REQUESTER_PATTERN } from '@bank/messaging';

/**
 * What happens to a charge or transfer another subgraph asked for is routed to that subgraph alone
 * (`pix.charge.paid.loans`): the reference it gave names it. A customer's own have no requester.
 */
export const requesterOf = ({ data }: DomainEvent): string | undefined => {
  const source = (data as { readonly reference?: Reference | null }).reference?.source;
  return source !== undefined && REQUESTER_PATTERN.test(source) ? source : undefined;
};

/** The envelopes every Pix write stores with its state in the item's outbox. */
export const outboxEvents = eventEnvelopes('/subgraphs/pix', requesterOf);
