import { visibleAmong, visibleTo, canSee, type AuthenticatedPrincipal, type Principal } from '@bank/identity';
import { idempotentObject } from '@bank/messaging';
import { EMPTY_PAGE, UNSAVED, type Stored } from '@bank/kernel';
import { createQuote, quoteStatus, type AutoQuoteInput, type QuoteStatus } from '../domain';
import type { Insurance } from './context';

import type { Page, PageRequest, QuoteRecord } from './ports';

/** Prices the request for the caller and keeps the quote; a request that fails validation writes nothing. */
export function requestQuote(
  insurance: Insurance,
  principal: AuthenticatedPrincipal,
  input: AutoQuoteInput,
  idempotencyKey: string,
): Promise<Stored<QuoteRecord>> {
  return idempotentObject(
    insurance.idempotency,
    { scope: `${principal.id}:quoteAutoInsurance`, key: idempotencyKey, input },
    () => saveQuote(insurance, principal, input),
    { idOf: ({ quote }) => quote.id, load: (id) => findVisibleQuote(insurance, principal, id) },
  );
}

async function saveQuote(insurance: Insurance, principal: AuthenticatedPrincipal, input: AutoQuoteInput): Promise<Stored<QuoteRecord>> {
  const { state, events } = createQuote(input, { id: insurance.ids.quoteId(), now: insurance.clock.now() });
  const record: QuoteRecord = { quote: state, ownerId: principal.id };
  const saved = await insurance.quotes.save(record, UNSAVED, events);
  insurance.metrics.record(events);
  return saved;
}

export async function findVisibleQuote(insurance: Insurance, principal: Principal, id: string): Promise<Stored<QuoteRecord>> {
  return visibleTo(principal, await insurance.quotes.get(id), quoteOwner, `auto quote ${id}`);
}

export const quoteOwner = (record: QuoteRecord): string => record.ownerId;

/** The quotes among `ids` the caller may see, in one round trip (entity references). */
export async function findVisibleQuotes(insurance: Insurance, principal: Principal, ids: readonly string[]): Promise<ReadonlyMap<string, Stored<QuoteRecord>>> {
  return visibleAmong(principal, await insurance.quotes.getMany(ids), quoteOwner);
}

export const statusOfQuote = (insurance: Insurance, { quote }: QuoteRecord): QuoteStatus => quoteStatus(quote, insurance.clock.now());

export function listQuotes(insurance: Insurance, principal: Principal, customerId: string, page: PageRequest): Promise<Page<Stored<QuoteRecord>>> {
  if (!canSee(principal, customerId)) return Promise.resolve(EMPTY_PAGE);
  return insurance.quotes.listByOwner(customerId, page);
}
