/** The account screen's data: the statement of a period, exports, opening the account, sandbox deposits. */
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  AccountScreenDocument,
  ExportAccountStatementDocument,
  OpenCheckingAccountDocument,
  SimulateAccountDepositDocument,
  type StatementFormat,
} from '../../../../schema/operations/generated/graphql';
import { download } from '../../lib/download';
import { fieldErrors, formErrorsOf, NO_ERRORS, type FormErrors } from '../../lib/errors';
import { newIdempotencyKey } from '../../lib/idempotency';
import { endOfDay, parseAmount, startOfDay } from '../../lib/parse';
import { section } from '../../lib/section';
import { submitting } from '../../lib/useSubmission';

export interface Period {
  readonly from: string;
  readonly to: string;
}

const periodErrors = ({ from, to }: Period): FormErrors =>
  fieldErrors({ from: from === '' ? 'Informe a data inicial' : undefined, to: to !== '' && from > to ? 'A data final vem depois da inicial' : undefined });

export function useAccount(period: Period) {
  const bounds = {
    ...(period.from ? { from: startOfDay(period.from) } : {}),
    ...(period.to ? { to: endOfDay(period.to) } : {}),
  };
  const statement = useQuery(AccountScreenDocument, { variables: { first: 100, ...bounds }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const accounts = section(statement, (data) => data.me.accounts);
  const account = accounts.state === 'ready' ? (accounts.data[0] ?? null) : null;

  const [open, opening] = useMutation(OpenCheckingAccountDocument, { refetchQueries: ['AccountScreen', 'HomeAccounts'] });
  const [deposit, depositing] = useMutation(SimulateAccountDepositDocument, { refetchQueries: ['AccountScreen', 'HomeAccounts'] });
  const [exportStatement, exporting] = useLazyQuery(ExportAccountStatementDocument, { fetchPolicy: 'network-only', errorPolicy: 'all' });
  const [depositErrors, setDepositErrors] = useState<FormErrors>(NO_ERRORS);
  const [exportErrors, setExportErrors] = useState<FormErrors>(NO_ERRORS);

  return {
    loading: accounts.state === 'loading',
    unavailable: accounts.state === 'unavailable',
    account,
    entries: account?.statement.edges.map(({ node }) => node) ?? [],
    openAccount: async () => void (await open({ variables: { idempotencyKey: newIdempotencyKey() } })),
    opening: opening.loading,
    depositErrors,
    depositing: depositing.loading,
    deposit: async (amountText: string): Promise<boolean> => {
      const amount = parseAmount(amountText);
      if (!amount.ok) return (setDepositErrors(fieldErrors({ amount: amount.message })), false);
      if (account === null) return false;
      return submitting(setDepositErrors, () =>
        deposit({ variables: { input: { accountId: account.id, amount: amount.value }, idempotencyKey: newIdempotencyKey() } }),
      );
    },
    exportErrors,
    exporting: exporting.loading,
    exportStatement: async (format: StatementFormat) => {
      const problems = periodErrors(period);
      if (account === null) return;
      if (Object.keys(problems.fields).length > 0) return setExportErrors(problems);
      const to = period.to || new Date().toISOString().slice(0, 10);
      const { data, error } = await exportStatement({
        variables: { input: { accountId: account.id, format, from: startOfDay(period.from), to: endOfDay(to) } },
      });
      if (error || !data) return setExportErrors(formErrorsOf(error));
      setExportErrors(NO_ERRORS);
      download(data.exportStatement);
    },
  };
}
