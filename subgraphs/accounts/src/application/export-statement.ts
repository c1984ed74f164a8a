import { badInput, Money } from '@bank/kernel';
import type { Principal } from '@bank/identity';
import type { Accounts } from './context';
import type { StatementLine } from './ports';
import { findVisibleAccount } from './queries';
import { statementFile, type StatementFile, type StatementFormat } from './statement-files';

export interface ExportStatementCommand {
  readonly accountId: string;
  readonly from: Date;
  readonly to: Date;
  readonly format: StatementFormat;
}

const MAX_DAYS = 366;
const MAX_ENTRIES = 10_000;
const PAGE = 500;

/** The account's statement for [from, to) as a CSV or OFX file, for the holder and staff. */
export async function exportStatement(
  context: Accounts,
  principal: Principal,
  { accountId, from, to, format }: ExportStatementCommand,
): Promise<StatementFile> {
  if (from.getTime() >= to.getTime()) throw badInput('from must be before to', 'from');
  if (to.getTime() - from.getTime() > MAX_DAYS * 86_400_000) throw badInput(`a statement covers at most ${MAX_DAYS} days`, 'to');
  const account = await findVisibleAccount(context, principal, accountId);
  const newestFirst: StatementLine[] = [];
  for (let after: bigint | null = null; ;) {
    const page = await context.accounts.statement(account.id, { from, to, after, limit: PAGE });
    newestFirst.push(...page);
    if (newestFirst.length > MAX_ENTRIES) throw badInput(`the period has more than ${MAX_ENTRIES} entries: export a shorter one`, 'to');
    const last = page[page.length - 1];
    if (page.length < PAGE || last === undefined) break;
    after = last.position;
  }
  const [closing] = newestFirst.length > 0 ? newestFirst : await context.accounts.statement(account.id, { from: null, to, after: null, limit: 1 });
  return statementFile(format, account, newestFirst.reverse(), {
    from,
    to,
    closingBalance: closing?.balanceAfter ?? Money.ZERO,
    generatedAt: context.clock.now(),
  });
}
