import type { PixOrderTarget, PixRefusal } from '@bank/contracts';
import type { Money } from '@bank/kernel';
import { parseTransferId, type AccountId, type TransferId } from '../../ledger/domain';

/** A Pix paid from a checking account: held on the ledger until Pix answers, then posted, moved inside the bank, or voided. */
interface OrderFields {
  /** Chosen from the caller, the operation and the idempotency key: the same request is the same order. */
  readonly id: string;
  readonly accountId: AccountId;
  readonly customerId: string;
  readonly target: PixOrderTarget;
  readonly amount: Money;
  readonly description: string | null;
  readonly orderedAt: Date;
}

export type PixOrder =
  | (OrderFields & { readonly status: 'PENDING' })
  | (OrderFields & { readonly status: 'COMPLETED'; readonly endToEndId: string; readonly resolvedAt: Date })
  | (OrderFields & { readonly status: 'FAILED'; readonly refusal: PixRefusal; readonly failureMessage: string; readonly resolvedAt: Date });

export type PixOrderStatus = PixOrder['status'];

/** The ledger transfers of an order: its hold, and what resolves it. */
export const orderTransferIds = (orderId: string) => ({
  hold: parseTransferId(`${orderId}-hold`) as TransferId,
  post: parseTransferId(`${orderId}-post`) as TransferId,
  void: parseTransferId(`${orderId}-void`) as TransferId,
  /** The transfer to the receiver's account, when the money stayed in the bank. */
  internal: parseTransferId(`${orderId}-internal`) as TransferId,
  /** The debit (or the bank's receivable) when Pix settled after the hold expired (docs/adr/0010). */
  late: parseTransferId(`${orderId}-late`) as TransferId,
});

/** The ledger transfer that credits a paid charge (whoever paid it): one per end-to-end id. */
export const chargeCreditIdOf = (endToEndId: string): TransferId => parseTransferId(`pix-charge-${endToEndId}`);

/** How long a hold waits for the central system before the ledger releases it. */
export const PIX_HOLD_TIMEOUT_SECONDS = 86_400;
