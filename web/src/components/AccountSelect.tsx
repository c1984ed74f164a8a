import type { PayingAccountFragment } from '../../../schema/operations/generated/graphql';
import type { FormErrors } from '../lib/errors';
import { formatBRL } from '../lib/format';
import { SelectField } from './Field';

/** Which of the customer's accounts pays: its number and what it can spend. */
export function AccountSelect({
  accounts,
  value,
  onChange,
  errors,
  name = 'fromAccountId',
  label = 'Pagar com a conta',
}: {
  readonly accounts: readonly PayingAccountFragment[];
  readonly value: string;
  readonly onChange: (accountId: string) => void;
  readonly errors: FormErrors;
  readonly name?: string;
  readonly label?: string;
}) {
  return (
    <SelectField label={label} name={name} errors={errors} value={value} onChange={(event) => onChange(event.target.value)}>
      {accounts.length === 0 && <option value="">Nenhuma conta aberta</option>}
      {accounts.map((account) => (
        <option key={account.id} value={account.id}>
          Ag. {account.branch} · Conta {account.number} · disponível {formatBRL(account.balance.available)}
        </option>
      ))}
    </SelectField>
  );
}
