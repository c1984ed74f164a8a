import { type Transition, badInput, ceilingOf, Money } from '@bank/kernel';
import { addDays, calendarDateInBrasilia } from './calendar';
import type { QuoteCreated } from './events';
import { installmentOptions, type InstallmentOption } from './installments';
import { iofOn } from './iof';
import { parseQuoteRequest, type AutoQuoteInput, type QuoteRequest } from './quote-request';
import { rateCoverages, type QuotedCoverage } from './rating';

export const QUOTE_VALIDITY_DAYS = 30;

export type QuoteStatus = 'QUOTED' | 'EXPIRED';

export interface AutoQuote extends Omit<QuoteRequest, 'coverages'> {
  readonly id: string;
  readonly createdAt: Date;
  readonly validUntil: Date;
  readonly coverages: readonly QuotedCoverage[];
  readonly netPremium: Money;
  readonly iof: Money;
  /** netPremium + iof. */
  readonly totalPremium: Money;
  readonly installmentOptions: readonly InstallmentOption[];
}

export interface QuoteContext {
  readonly id: string;
  readonly now: Date;
}

/** Validates the request and prices it; ages and the vehicle's age are counted on today's date in Brasília. */
export function quoteAutoInsurance(input: AutoQuoteInput, { id, now }: QuoteContext): AutoQuote {
  const quoteDate = calendarDateInBrasilia(now);
  const request = parseQuoteRequest(input, quoteDate);
  const coverages = rateCoverages(request, quoteDate);
  const netPremium = Money.sum(coverages.map(({ premium }) => premium));
  const iof = iofOn(netPremium);
  const totalPremium = netPremium.add(iof);
  assertChargeable(totalPremium);
  return {
    ...request,
    id,
    createdAt: now,
    validUntil: addDays(now, QUOTE_VALIDITY_DAYS),
    coverages,
    netPremium,
    iof,
    totalPremium,
    installmentOptions: installmentOptions(totalPremium),
  };
}

/** quoteAutoInsurance, recording insurance.quote.created. */
export function createQuote(input: AutoQuoteInput, context: QuoteContext): Transition<AutoQuote, QuoteCreated> {
  const quote = quoteAutoInsurance(input, context);
  const event: QuoteCreated = {
    type: 'insurance.quote.created',
    subject: quote.id,
    occurredAt: quote.createdAt,
    data: {
      quoteId: quote.id,
      coverages: quote.coverages.map(({ coverage }) => coverage),
      netPremium: quote.netPremium.toString(),
      iof: quote.iof.toString(),
      totalPremium: quote.totalPremium.toString(),
      validUntil: quote.validUntil.toISOString(),
    },
  };
  return { state: quote, events: [event] };
}

/** A quote can be turned into a policy until validUntil; from then on it is EXPIRED. */
export const quoteStatus = (quote: AutoQuote, at: Date): QuoteStatus => (at < quote.validUntil ? 'QUOTED' : 'EXPIRED');

/** The premium is paid by Pix charges: one that no charge could carry is refused now, not left unpaid at issue. */
function assertChargeable(totalPremium: Money): void {
  const ceiling = ceilingOf('PIX_CHARGE');
  if (totalPremium.greaterThan(ceiling)) {
    throw badInput(
      `the premium for this vehicle (${totalPremium.toString()}) is over what a Pix charge may carry (${ceiling.toString()})`,
      'vehicle.fipeValue',
    );
  }
}
