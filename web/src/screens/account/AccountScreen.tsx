import { useState, type FormEvent } from 'react';
import { AmountField, Field, FormAlert, SubmitButton } from '../../components/Field';
import { Money } from '../../components/Money';
import { Empty, Loading, Unavailable } from '../../components/Status';
import { formatDateTime } from '../../lib/format';
import { ACCOUNT_STATUS, ENTRY_KIND } from '../../lib/labels';
import { BalanceChart } from './BalanceChart';
import { useAccount, type Period } from './useAccount';

export function AccountScreen() {
  const [period, setPeriod] = useState<Period>({ from: '', to: '' });
  const [amount, setAmount] = useState('');
  const screen = useAccount(period);
  const submitDeposit = async (event: FormEvent) => {
    event.preventDefault();
    if (await screen.deposit(amount)) setAmount('');
  };

  if (screen.loading) return <Loading what="a conta" />;
  if (screen.unavailable) return <Unavailable what="Conta" />;
  if (screen.account === null) {
    return (
      <section className="card">
        <h1>Conta</h1>
        <p>Você ainda não tem conta corrente.</p>
        <SubmitButton type="button" busy={screen.opening} busyLabel="Abrindo…" onClick={() => void screen.openAccount()}>
          Abrir conta corrente
        </SubmitButton>
      </section>
    );
  }
  const { account, entries } = screen;
  return (
    <>
      <h1>Conta</h1>
      <div className="grid">
        <section className="card" aria-labelledby="balance-title">
          <h2 id="balance-title">
            Agência {account.branch} · Conta {account.number}
          </h2>
          <p>Situação: {ACCOUNT_STATUS[account.status]}</p>
          <dl className="figures">
            <dt>Disponível</dt>
            <dd data-testid="available-balance">
              <Money amount={account.balance.available} />
            </dd>
            <dt>Contábil</dt>
            <dd>
              <Money amount={account.balance.posted} />
            </dd>
            <dt>Bloqueado</dt>
            <dd>
              <Money amount={account.balance.held} />
            </dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="deposit-title">
          <h2 id="deposit-title">Depósito (sandbox)</h2>
          <form onSubmit={(event) => void submitDeposit(event)} noValidate>
            <FormAlert errors={screen.depositErrors} />
            <AmountField name="amount" errors={screen.depositErrors} value={amount} onChange={(event) => setAmount(event.target.value)} />
            <SubmitButton busy={screen.depositing} busyLabel="Depositando…">
              Depositar
            </SubmitButton>
          </form>
        </section>
      </div>
      <section className="card" aria-labelledby="statement-title">
        <h2 id="statement-title">Extrato</h2>
        <form className="filters" onSubmit={(event) => event.preventDefault()} noValidate>
          <FormAlert errors={screen.exportErrors} />
          <Field
            label="De"
            name="from"
            type="date"
            errors={screen.exportErrors}
            value={period.from}
            onChange={(event) => setPeriod({ ...period, from: event.target.value })}
          />
          <Field
            label="Até"
            name="to"
            type="date"
            errors={screen.exportErrors}
            value={period.to}
            onChange={(event) => setPeriod({ ...period, to: event.target.value })}
          />
          <div className="filters__actions">
            <button type="button" onClick={() => void screen.exportStatement('CSV')} disabled={screen.exporting}>
              Exportar CSV
            </button>
            <button type="button" onClick={() => void screen.exportStatement('OFX')} disabled={screen.exporting}>
              Exportar OFX
            </button>
          </div>
        </form>
        {entries.length === 0 ? (
          <Empty>Nenhum lançamento no período.</Empty>
        ) : (
          <>
            <BalanceChart entries={entries} />
            <table className="statement">
              <caption className="visually-hidden">Lançamentos com o saldo após cada um</caption>
              <thead>
                <tr>
                  <th scope="col">Data</th>
                  <th scope="col">Descrição</th>
                  <th scope="col" className="number">
                    Valor
                  </th>
                  <th scope="col" className="number">
                    Saldo
                  </th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatDateTime(entry.postedAt)}</td>
                    <td>
                      {entry.description ?? ENTRY_KIND[entry.kind]}
                      {entry.counterparty && <small> · {entry.counterparty.name}</small>}
                    </td>
                    <td className="number">
                      <Money amount={entry.amount} signed />
                    </td>
                    <td className="number">
                      <Money amount={entry.balanceAfter} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </>
  );
}
