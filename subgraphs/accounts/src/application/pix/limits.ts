import { badInput, Money } from '@bank/kernel';
import { ownedBy, visibleTo, type AuthenticatedPrincipal, type Principal } from '@bank/identity';
import { changeLimits, defaultLimits, PIX_LIMIT_KINDS, type PixLimits, type PixLimitValues } from '../../domain/pix';
import type { CheckingAccount } from '../../domain';
import { parseAccountId } from '../../ledger/domain';
import type { Accounts } from '../context';

export interface UpdatePixLimitsCommand {
  readonly accountId: string;
  readonly perTransaction?: string | null;
  readonly daily?: string | null;
  readonly nightly?: string | null;
}

/** The most a limit may be set to. */
const MAX_LIMIT = Money.parse('1000000.00');

/** The account's Pix limits (the defaults until the holder changes them), for the holder and staff. */
export async function pixLimitsOf(context: Accounts, principal: Principal, accountId: string): Promise<PixLimits> {
  const account = visibleTo(principal, await context.accounts.get(parseAccountId(accountId, 'accountId')), (found) => found.customerId, `account ${accountId}`);
  return (await context.pix.store.limits(account.id)) ?? defaultLimits(context.pix.settings.defaultLimits);
}

export interface UpdatedPixLimits {
  readonly limits: PixLimits;
  readonly account: CheckingAccount;
}

/** Lowers at once what is asked lower, and raises after the configured delay what is asked higher. */
export async function updatePixLimits(context: Accounts, principal: AuthenticatedPrincipal, command: UpdatePixLimitsCommand): Promise<UpdatedPixLimits> {
  const asked = parseLimits(command);
  const account = ownedBy(
    principal,
    await context.accounts.get(parseAccountId(command.accountId, 'accountId')),
    (found) => found.customerId,
    `account ${command.accountId}`,
  );
  const current = (await context.pix.store.limits(account.id)) ?? defaultLimits(context.pix.settings.defaultLimits);
  const changed = changeLimits(current, asked, context.clock.now(), context.pix.settings.limitRaiseDelayMs);
  await context.pix.store.saveLimits(account.id, changed);
  return { limits: changed, account };
}

function parseLimits(command: UpdatePixLimitsCommand): Partial<PixLimitValues> {
  const asked: Partial<Record<keyof PixLimitValues, Money>> = {};
  for (const kind of PIX_LIMIT_KINDS) {
    const text = command[kind];
    if (text == null) continue;
    const value = Money.parse(text, kind);
    if (value.isNegative() || value.greaterThan(MAX_LIMIT)) throw badInput(`${kind} must be from 0.00 to ${MAX_LIMIT.toString()}`, kind);
    asked[kind] = value;
  }
  if (Object.keys(asked).length === 0) throw badInput('Give at least one limit to change', 'perTransaction');
  return asked;
}
