import { Money } from '@bank/kernel';
import type { AccountId } from './ids';
import type { Transfer } from './transfer';

/**
 * What a transfer adds to (or, resolving a hold, takes from) one balance row of one account.
 * `guarded` changes may not take a customer account below −overdraftLimit: the store checks and
 * applies them in one statement.
 */
export interface BalanceChange {
  readonly accountId: AccountId;
  /** The row is `shardKey mod shards` of the account. */
  readonly shardKey: number;
  readonly debitsPosted: bigint;
  readonly creditsPosted: bigint;
  readonly debitsPending: bigint;
  readonly creditsPending: bigint;
  readonly guarded: boolean;
  /** What the account's history shows for it: money posted on one side, or nothing (a hold, a release). */
  readonly posting: { readonly side: 'debit' | 'credit'; readonly amount: Money } | null;
}

const none = { debitsPosted: 0n, creditsPosted: 0n, debitsPending: 0n, creditsPending: 0n } as const;

/**
 * The two changes of a transfer, in the order every transaction takes its row locks (by account
 * id; the two accounts always differ), so that two transfers between the same accounts in opposite directions never deadlock.
 * `heldAmount` is the hold's amount when `transfer` posts or voids it.
 */
export function balanceChanges(transfer: Transfer, heldAmount: Money = Money.ZERO): BalanceChange[] {
  const amount = transfer.amount.cents;
  const held = heldAmount.cents;
  const debit = { accountId: transfer.debitAccountId, shardKey: transfer.shardKey };
  const credit = { accountId: transfer.creditAccountId, shardKey: transfer.shardKey };
  const postings = (posted: bigint) =>
    posted === 0n
      ? ([null, null] as const)
      : ([
          { side: 'debit', amount: Money.fromCents(posted) },
          { side: 'credit', amount: Money.fromCents(posted) },
        ] as const);
  let changes: [BalanceChange, BalanceChange];
  switch (transfer.kind) {
    case 'single': {
      const [debitPosting, creditPosting] = postings(amount);
      changes = [
        { ...debit, ...none, debitsPosted: amount, guarded: true, posting: debitPosting },
        { ...credit, ...none, creditsPosted: amount, guarded: false, posting: creditPosting },
      ];
      break;
    }
    case 'pending':
      changes = [
        { ...debit, ...none, debitsPending: amount, guarded: true, posting: null },
        { ...credit, ...none, creditsPending: amount, guarded: false, posting: null },
      ];
      break;
    case 'post': {
      // Posting at most what was held never raises debits above what the hold already reserved.
      const [debitPosting, creditPosting] = postings(amount);
      changes = [
        { ...debit, ...none, debitsPending: -held, debitsPosted: amount, guarded: false, posting: debitPosting },
        { ...credit, ...none, creditsPending: -held, creditsPosted: amount, guarded: false, posting: creditPosting },
      ];
      break;
    }
    case 'void':
      changes = [
        { ...debit, ...none, debitsPending: -held, guarded: false, posting: null },
        { ...credit, ...none, creditsPending: -held, guarded: false, posting: null },
      ];
      break;
  }
  return changes.sort((a, b) => (a.accountId < b.accountId ? -1 : 1));
}
