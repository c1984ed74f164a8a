import { forbidden, parseText } from '@bank/kernel';
import { isStaff, type Principal } from '@bank/identity';
import { block, unblock, type CheckingAccount } from '../domain';
import type { ReconciliationReport } from '../ledger';
import type { Accounts } from './context';
import { findVisibleAccount } from './queries';

function requireStaff(principal: Principal): void {
  if (!isStaff(principal)) throw forbidden('Only staff may do this');
}

/** Staff: the account can no longer send money, once this returns (no debit in flight posts after it); it still receives. */
export async function blockAccount(context: Accounts, principal: Principal, id: string, reason: string): Promise<CheckingAccount> {
  requireStaff(principal);
  const why = parseText(reason, 'reason', 'reason');
  const blocked = block(await findVisibleAccount(context, principal, id), why, context.clock.now());
  // The ledger first: it refuses debits from the moment it returns, and a retry after a crash in between completes the block.
  await context.ledger.refuseDebits(blocked.id, true);
  await context.accounts.update(blocked);
  return blocked;
}

export async function unblockAccount(context: Accounts, principal: Principal, id: string, reason: string): Promise<CheckingAccount> {
  requireStaff(principal);
  parseText(reason, 'reason', 'reason');
  const active = unblock(await findVisibleAccount(context, principal, id));
  await context.ledger.refuseDebits(active.id, false);
  await context.accounts.update(active);
  return active;
}

/** Staff: the ledger's reconciliation, run now. */
export async function ledgerHealth({ ledger }: Accounts, principal: Principal): Promise<ReconciliationReport> {
  requireStaff(principal);
  return ledger.reconcile();
}
