import { memo, useState, type FormEvent } from 'react';
import { AmountField, Field, FormAlert, SelectField, SubmitButton } from '../../components/Field';
import { PayCharge } from '../../components/PayCharge';
import { Money } from '../../components/Money';
import { Empty, Loading, Unavailable } from '../../components/Status';
import { formatDate, formatPercent } from '../../lib/format';
import { INSTALLMENT_STATUS, LOAN_STATUS, SYSTEM } from '../../lib/labels';
import type { AmortizationSystem, SimulateLoanQuery } from '../../../../schema/operations/generated/graphql';
import { AmortizationChart } from './AmortizationChart';
import { useLoans, type Application, type LoanTerms } from './useLoans';

const REFRESH = ['MyLoans', 'HomeLoans'];
const NO_APPLICATION: Application = { principal: '', termMonths: '12', monthlyRate: '', system: 'PRICE', monthlyIncome: '', purpose: '' };

/** Memoized: typing in a form does not redraw the charts. */
const Simulation = memo(function Simulation({ simulation }: { readonly simulation: SimulateLoanQuery['loanSimulation'] }) {
  const label = SYSTEM[simulation.system];
  const [first] = simulation.installments;
  return (
    <article className="simulation" aria-label={`Simulação ${label}`}>
      <h3>{label}</h3>
      <dl className="figures">
        <dt>Primeira parcela</dt>
        <dd>
          <Money amount={first?.payment} />
        </dd>
        <dt>Total pago</dt>
        <dd>
          <Money amount={simulation.totalPaid} />
        </dd>
        <dt>Juros</dt>
        <dd>
          <Money amount={simulation.totalInterest} />
        </dd>
        <dt>IOF</dt>
        <dd>
          <Money amount={simulation.iof} />
        </dd>
        <dt>Valor liberado</dt>
        <dd>
          <Money amount={simulation.releasedAmount} />
        </dd>
        <dt>CET</dt>
        <dd>
          {formatPercent(simulation.cet.monthly)} a.m. · {formatPercent(simulation.cet.annual)} a.a.
        </dd>
      </dl>
      <AmortizationChart rows={simulation.installments} label={label} />
    </article>
  );
});

/** Its own state: typing re-renders the form only, not the loans beside it. */
function ApplyForm({ loans }: { readonly loans: ReturnType<typeof useLoans> }) {
  const [application, setApplication] = useState(NO_APPLICATION);
  const apply = async (event: FormEvent) => {
    event.preventDefault();
    if (await loans.apply(application)) setApplication(NO_APPLICATION);
  };
  return (
    <section className="card" aria-labelledby="apply-title">
      <h2 id="apply-title">Pedir um empréstimo</h2>
      <form onSubmit={(event) => void apply(event)} noValidate>
        <FormAlert errors={loans.applyErrors} />
        <AmountField
          name="principal"
          errors={loans.applyErrors}
          value={application.principal}
          onChange={(event) => setApplication({ ...application, principal: event.target.value })}
        />
        <Field
          label="Prazo (meses)"
          name="termMonths"
          errors={loans.applyErrors}
          value={application.termMonths}
          onChange={(event) => setApplication({ ...application, termMonths: event.target.value })}
          inputMode="numeric"
        />
        <SelectField
          label="Sistema"
          name="system"
          errors={loans.applyErrors}
          value={application.system}
          onChange={(event) => setApplication({ ...application, system: event.target.value as AmortizationSystem })}
        >
          <option value="PRICE">{SYSTEM.PRICE}</option>
          <option value="SAC">{SYSTEM.SAC}</option>
        </SelectField>
        <AmountField
          label="Renda mensal (R$)"
          name="monthlyIncome"
          errors={loans.applyErrors}
          value={application.monthlyIncome}
          onChange={(event) => setApplication({ ...application, monthlyIncome: event.target.value })}
        />
        <Field
          label="Finalidade"
          name="purpose"
          errors={loans.applyErrors}
          value={application.purpose}
          onChange={(event) => setApplication({ ...application, purpose: event.target.value })}
        />
        <SubmitButton busy={loans.requesting} busyLabel="Enviando…">
          Pedir empréstimo
        </SubmitButton>
      </form>
    </section>
  );
}

export function LoansScreen() {
  const loans = useLoans();
  const { charge } = loans;
  const [terms, setTerms] = useState<LoanTerms>({ principal: '10.000,00', termMonths: '12', monthlyRate: '1,99' });
  const simulate = (event: FormEvent) => {
    event.preventDefault();
    void loans.simulate(terms);
  };

  return (
    <>
      <h1>Empréstimos</h1>
      <section className="card" aria-labelledby="simulator-title">
        <h2 id="simulator-title">Simulador: Price e SAC lado a lado</h2>
        <form className="inline-form" onSubmit={simulate} noValidate>
          <FormAlert errors={loans.simulationErrors} />
          <AmountField
            name="principal"
            errors={loans.simulationErrors}
            value={terms.principal}
            onChange={(event) => setTerms({ ...terms, principal: event.target.value })}
          />
          <Field
            label="Prazo (meses)"
            name="termMonths"
            errors={loans.simulationErrors}
            value={terms.termMonths}
            onChange={(event) => setTerms({ ...terms, termMonths: event.target.value })}
            inputMode="numeric"
          />
          <Field
            label="Taxa ao mês (%)"
            name="monthlyRate"
            errors={loans.simulationErrors}
            value={terms.monthlyRate}
            onChange={(event) => setTerms({ ...terms, monthlyRate: event.target.value })}
            inputMode="decimal"
          />
          <SubmitButton busy={loans.simulating} busyLabel="Simulando…">
            Simular
          </SubmitButton>
        </form>
        {loans.price && loans.sac && (
          <div className="side-by-side">
            <Simulation simulation={loans.price} />
            <Simulation simulation={loans.sac} />
          </div>
        )}
      </section>

      <div className="grid">
        <ApplyForm loans={loans} />

        <section className="card" aria-labelledby="my-loans-title">
          <h2 id="my-loans-title">Meus empréstimos</h2>
          <FormAlert errors={loans.actionErrors} />
          {charge !== null && <PayCharge key={charge.txid} charge={charge} label="Pix do empréstimo" refetchQueries={REFRESH} onPaid={loans.chargePaid} />}
          {loans.loading ? (
            <Loading what="os empréstimos" />
          ) : loans.unavailable ? (
            <Unavailable what="Empréstimos" />
          ) : loans.loans.length === 0 ? (
            <Empty>Nenhum empréstimo.</Empty>
          ) : (
            loans.loans.map((loan) => (
              <article key={loan.id} className="loan" aria-label={`Empréstimo: ${loan.purpose}`}>
                <h3>
                  <Money amount={loan.principal} /> em {loan.termMonths}x ({SYSTEM[loan.system]}) · <span className="status">{LOAN_STATUS[loan.status]}</span>
                </h3>
                <p>{loan.purpose}</p>
                {loan.rejection && <p>Motivo: {loan.rejection.reason}</p>}
                {loan.disbursementFailure && <p>Motivo: {loan.disbursementFailure.reason}</p>}
                {loan.offer && loan.status === 'APPROVED' && (
                  <p>
                    Oferta: {formatPercent(loan.offer.monthlyRate)} a.m., parcela de até <Money amount={loan.offer.installment} /> (
                    {formatPercent(loan.offer.incomeSharePercent)} da renda){' '}
                    <button type="button" onClick={() => void loans.acceptOffer(loan.id)}>
                      Aceitar oferta
                    </button>
                  </p>
                )}
                {loan.disbursement && (
                  <p>
                    Liberado <Money amount={loan.disbursement.releasedAmount} /> · CET {formatPercent(loan.disbursement.cet.annual)} a.a.
                  </p>
                )}
                {loan.status === 'ACTIVE' && (
                  <>
                    <table className="statement">
                      <caption className="visually-hidden">Parcelas</caption>
                      <thead>
                        <tr>
                          <th scope="col">Parcela</th>
                          <th scope="col">Vencimento</th>
                          <th scope="col" className="number">
                            Valor
                          </th>
                          <th scope="col">Situação</th>
                          <th scope="col">
                            <span className="visually-hidden">Ação</span>
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {loan.installments.map((installment) => (
                          <tr key={installment.number}>
                            <td>{installment.number}</td>
                            <td>{formatDate(installment.dueDate)}</td>
                            <td className="number">
                              <Money amount={installment.amountDue ?? installment.paidAmount ?? installment.payment} />
                            </td>
                            <td>{INSTALLMENT_STATUS[installment.status]}</td>
                            <td>
                              {installment.status !== 'PAID' && (
                                <button
                                  type="button"
                                  className="button--quiet"
                                  onClick={() => void loans.payInstallment(loan.id, installment.number)}
                                  aria-label={`Pagar a parcela ${installment.number}`}
                                >
                                  Pagar
                                </button>
                              )}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                    <button type="button" onClick={() => void loans.quotePayoff(loan.id)}>
                      Quanto custa quitar hoje?
                    </button>
                    {loans.payoffQuote?.loanId === loan.id && (
                      <p>
                        Quitação em {formatDate(loans.payoffQuote.date)}: <Money amount={loans.payoffQuote.amount} /> (desconto de{' '}
                        <Money amount={loans.payoffQuote.discount} />){' '}
                        <button type="button" onClick={() => void loans.payOff(loan.id)}>
                          Quitar
                        </button>
                      </p>
                    )}
                  </>
                )}
              </article>
            ))
          )}
        </section>
      </div>
    </>
  );
}
