import { useState, type FormEvent } from 'react';
import { AmountField, FormAlert, SubmitButton } from '../../components/Field';
import { Money } from '../../components/Money';
import { Empty } from '../../components/Status';
import { formatDateTime } from '../../lib/format';
import type { PixLimitViewFragment as PixLimitView } from '../../../../schema/operations/generated/graphql';
import type { LimitsForm } from '../../lib/pix-limits';
import type { Pix } from './usePix';

const NAMES: Record<keyof LimitsForm, string> = { perTransaction: 'Por Pix', daily: 'Por dia', nightly: 'À noite (20h às 06h)' };
const NEW_LIMIT: Record<keyof LimitsForm, string> = {
  perTransaction: 'Novo limite por Pix (R$)',
  daily: 'Novo limite por dia (R$)',
  nightly: 'Novo limite à noite (R$)',
};
const EMPTY: LimitsForm = { perTransaction: '', daily: '', nightly: '' };

function Limit({ name, limit }: { readonly name: keyof LimitsForm; readonly limit: PixLimitView }) {
  return (
    <>
      <dt>{NAMES[name]}</dt>
      <dd data-testid={`pix-limit-${name}`}>
        <Money amount={limit.current} />
        {limit.pendingRaise && limit.raiseEffectiveAt && (
          <small className="pending-raise">
            {' '}
            · aumento para <Money amount={limit.pendingRaise} /> em {formatDateTime(limit.raiseEffectiveAt)}
          </small>
        )}
      </dd>
    </>
  );
}

/** The account's Pix limits: lowering applies at once, a raise after the bank's delay (shown as pending). */
export function PixLimits({ pix }: { readonly pix: Pix }) {
  const [form, setForm] = useState(EMPTY);
  const [account] = pix.accounts;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (account && (await pix.updateLimits(account.id, form))) setForm(EMPTY);
  };
  return (
    <section className="card" aria-labelledby="limits-title">
      <h2 id="limits-title">Limites Pix</h2>
      {account === undefined ? (
        <Empty>Abra uma conta para ter limites Pix.</Empty>
      ) : (
        <>
          <dl className="figures">
            {(Object.keys(NAMES) as (keyof LimitsForm)[]).map((name) => (
              <Limit key={name} name={name} limit={account.pixLimits[name]} />
            ))}
          </dl>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <FormAlert errors={pix.limitsErrors} />
            {(Object.keys(NAMES) as (keyof LimitsForm)[]).map((name) => (
              <AmountField
                key={name}
                label={NEW_LIMIT[name]}
                name={name}
                errors={pix.limitsErrors}
                value={form[name]}
                onChange={(event) => setForm({ ...form, [name]: event.target.value })}
              />
            ))}
            <SubmitButton busy={pix.updatingLimits} busyLabel="Salvando…">
              Alterar limites
            </SubmitButton>
          </form>
        </>
      )}
    </section>
  );
}
