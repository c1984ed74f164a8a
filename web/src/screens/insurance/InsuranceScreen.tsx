import { useState, type FormEvent } from 'react';
import { AmountField, Field, FormAlert, SelectField, SubmitButton } from '../../components/Field';
import { PayCharge } from '../../components/PayCharge';
import { Money } from '../../components/Money';
import { Empty, Loading, Unavailable } from '../../components/Status';
import { formatBRL, formatDate, formatDateTime } from '../../lib/format';
import { CHARGE_STATUS, CLAIM_STATUS, CLAIM_TYPE, COVERAGE, POLICY_STATUS } from '../../lib/labels';
import type { AutoClaimType, AutoCoverage, AutoDeductibleLevel, AutoVehicleUse } from '../../../../schema/operations/generated/graphql';
import { useInsurance, usePolicyClaims, type ClaimForm, type QuoteForm } from './useInsurance';

function Claims({ policyId }: { readonly policyId: string }) {
  const claims = usePolicyClaims(policyId);
  return (
    <>
      <h4>Sinistros</h4>
      {claims.state === 'loading' ? (
        <Loading what="os sinistros" />
      ) : claims.state === 'unavailable' ? (
        <Unavailable what="Sinistros" />
      ) : claims.data.length === 0 ? (
        <Empty>Nenhum sinistro.</Empty>
      ) : (
        <ul className="list">
          {claims.data.map((claim) => (
            <li key={claim.id}>
              <span>
                {CLAIM_TYPE[claim.type]}: {claim.description}
              </span>
              <Money amount={claim.estimatedAmount} />
              <small>{CLAIM_STATUS[claim.status]}</small>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

const FIRST_QUOTE: QuoteForm = {
  make: 'Fiat',
  model: 'Argo',
  year: '2024',
  plate: '',
  fipeValue: '82.000,00',
  driverName: '',
  cpf: '',
  birthDate: '1991-03-14',
  licensedSince: '2010-06-01',
  postalCode: '01310-100',
  use: 'PRIVATE',
  bonusClass: '0',
  coverages: ['COLLISION', 'THEFT', 'THIRD_PARTY_PROPERTY'],
  deductible: 'STANDARD',
};
const NO_CLAIM: ClaimForm = { type: 'GLASS', occurredOn: '', description: '', estimatedAmount: '' };

/** A claim on one policy: the form's state and errors are that policy's own. */
function NewClaim({
  insurance,
  policy,
}: {
  readonly insurance: ReturnType<typeof useInsurance>;
  readonly policy: { readonly id: string; readonly startsAt?: string | null };
}) {
  const [claim, setClaim] = useState(NO_CLAIM);
  const errors = insurance.claimErrorsOf(policy.id);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await insurance.fileClaim(policy, claim)) setClaim(NO_CLAIM);
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="inline-form">
      <FormAlert errors={errors} />
      <SelectField
        label="Tipo"
        name="type"
        errors={errors}
        value={claim.type}
        onChange={(event) => setClaim({ ...claim, type: event.target.value as AutoClaimType })}
      >
        {(Object.keys(CLAIM_TYPE) as AutoClaimType[]).map((type) => (
          <option key={type} value={type}>
            {CLAIM_TYPE[type]}
          </option>
        ))}
      </SelectField>
      <Field
        label="Data"
        name="occurredAt"
        type="date"
        errors={errors}
        value={claim.occurredOn}
        onChange={(event) => setClaim({ ...claim, occurredOn: event.target.value })}
      />
      <Field
        label="O que aconteceu"
        name="description"
        errors={errors}
        value={claim.description}
        onChange={(event) => setClaim({ ...claim, description: event.target.value })}
      />
      <AmountField
        label="Valor estimado (R$)"
        name="estimatedAmount"
        errors={errors}
        value={claim.estimatedAmount}
        onChange={(event) => setClaim({ ...claim, estimatedAmount: event.target.value })}
      />
      <SubmitButton busy={insurance.filing} busyLabel="Enviando…">
        Abrir sinistro
      </SubmitButton>
    </form>
  );
}

export function InsuranceScreen() {
  const insurance = useInsurance();
  const [form, setForm] = useState(FIRST_QUOTE);
  const [installments, setInstallments] = useState(1);
  const set = (field: keyof QuoteForm) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });
  const toggle = (coverage: AutoCoverage) =>
    setForm({ ...form, coverages: form.coverages.includes(coverage) ? form.coverages.filter((each) => each !== coverage) : [...form.coverages, coverage] });
  const submitQuote = (event: FormEvent) => {
    event.preventDefault();
    void insurance.requestQuote(form);
  };
  const quote = insurance.quote;

  return (
    <>
      <h1>Seguro auto</h1>
      <div className="grid">
        <section className="card" aria-labelledby="quote-title">
          <h2 id="quote-title">Cotação</h2>
          <form onSubmit={submitQuote} noValidate>
            <FormAlert errors={insurance.quoteErrors} />
            <fieldset>
              <legend>Veículo</legend>
              <Field label="Marca" name="vehicle.make" errors={insurance.quoteErrors} value={form.make} onChange={set('make')} />
              <Field label="Modelo" name="vehicle.model" errors={insurance.quoteErrors} value={form.model} onChange={set('model')} />
              <Field label="Ano" name="vehicle.year" errors={insurance.quoteErrors} value={form.year} onChange={set('year')} inputMode="numeric" />
              <Field label="Placa" name="vehicle.plate" errors={insurance.quoteErrors} value={form.plate} onChange={set('plate')} placeholder="ABC1D23" />
              <AmountField label="Valor FIPE (R$)" name="vehicle.fipeValue" errors={insurance.quoteErrors} value={form.fipeValue} onChange={set('fipeValue')} />
              <SelectField
                label="Uso"
                name="use"
                errors={insurance.quoteErrors}
                value={form.use}
                onChange={(event) => setForm({ ...form, use: event.target.value as AutoVehicleUse })}
              >
                <option value="PRIVATE">Particular</option>
                <option value="COMMERCIAL">Comercial</option>
              </SelectField>
            </fieldset>
            <fieldset>
              <legend>Condutor principal</legend>
              <Field label="Nome" name="driver.name" errors={insurance.quoteErrors} value={form.driverName} onChange={set('driverName')} />
              <Field label="CPF" name="driver.cpf" errors={insurance.quoteErrors} value={form.cpf} onChange={set('cpf')} inputMode="numeric" />
              <Field label="Nascimento" name="driver.birthDate" type="date" errors={insurance.quoteErrors} value={form.birthDate} onChange={set('birthDate')} />
              <Field
                label="Habilitado desde"
                name="driver.licensedSince"
                type="date"
                errors={insurance.quoteErrors}
                value={form.licensedSince}
                onChange={set('licensedSince')}
              />
              <Field label="CEP de pernoite" name="postalCode" errors={insurance.quoteErrors} value={form.postalCode} onChange={set('postalCode')} />
              <Field
                label="Classe de bônus (0 a 10)"
                name="bonusClass"
                errors={insurance.quoteErrors}
                value={form.bonusClass}
                onChange={set('bonusClass')}
                inputMode="numeric"
              />
            </fieldset>
            <fieldset>
              <legend>Coberturas</legend>
              {(Object.keys(COVERAGE) as AutoCoverage[]).map((coverage) => (
                <label key={coverage} className="check">
                  <input type="checkbox" checked={form.coverages.includes(coverage)} onChange={() => toggle(coverage)} /> {COVERAGE[coverage]}
                </label>
              ))}
              {insurance.quoteErrors.fields.coverages && (
                <p className="field__error" role="alert">
                  {insurance.quoteErrors.fields.coverages}
                </p>
              )}
              <SelectField
                label="Franquia"
                name="deductible"
                errors={insurance.quoteErrors}
                value={form.deductible}
                onChange={(event) => setForm({ ...form, deductible: event.target.value as AutoDeductibleLevel })}
              >
                <option value="REDUCED">Reduzida</option>
                <option value="STANDARD">Normal</option>
                <option value="INCREASED">Majorada</option>
              </SelectField>
            </fieldset>
            <SubmitButton busy={insurance.quoting} busyLabel="Cotando…">
              Cotar
            </SubmitButton>
          </form>
        </section>

        {quote && (
          <section className="card" aria-labelledby="quoted-title">
            <h2 id="quoted-title">Sua cotação</h2>
            <table className="statement">
              <caption className="visually-hidden">Coberturas cotadas</caption>
              <thead>
                <tr>
                  <th scope="col">Cobertura</th>
                  <th scope="col" className="number">
                    Prêmio
                  </th>
                  <th scope="col" className="number">
                    Franquia
                  </th>
                </tr>
              </thead>
              <tbody>
                {quote.coverages.map((coverage) => (
                  <tr key={coverage.coverage}>
                    <td>{COVERAGE[coverage.coverage]}</td>
                    <td className="number">
                      <Money amount={coverage.premium} />
                    </td>
                    <td className="number">
                      <Money amount={coverage.deductible} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <dl className="figures">
              <dt>Prêmio líquido</dt>
              <dd>
                <Money amount={quote.netPremium} />
              </dd>
              <dt>IOF</dt>
              <dd>
                <Money amount={quote.iof} />
              </dd>
              <dt>Total</dt>
              <dd data-testid="quote-total">
                <Money amount={quote.totalPremium} />
              </dd>
              <dt>Válida até</dt>
              <dd>{formatDateTime(quote.validUntil)}</dd>
            </dl>
            <FormAlert errors={insurance.actionErrors} />
            <SelectField
              label="Parcelas"
              name="installments"
              errors={insurance.actionErrors}
              value={String(installments)}
              onChange={(event) => setInstallments(Number(event.target.value))}
            >
              {quote.installmentOptions.map((option) => (
                <option key={option.count} value={option.count}>
                  {option.count}x de {option.count === 1 ? '' : 'até '}
                  {formatBRL(option.firstAmount)}
                </option>
              ))}
            </SelectField>
            <SubmitButton type="button" busy={insurance.issuing} busyLabel="Emitindo…" onClick={() => void insurance.issue(quote.id, installments)}>
              Contratar
            </SubmitButton>
          </section>
        )}
      </div>

      <section className="card" aria-labelledby="policies-title">
        <h2 id="policies-title">Minhas apólices</h2>
        {insurance.loading ? (
          <Loading what="as apólices" />
        ) : insurance.unavailable ? (
          <Unavailable what="Seguros" />
        ) : insurance.policies.length === 0 ? (
          <Empty>Nenhuma apólice.</Empty>
        ) : (
          insurance.policies.map((policy) => (
            <article key={policy.id} className="policy" aria-label={`Apólice ${policy.vehicle.plate}`}>
              <h3>
                {policy.vehicle.make} {policy.vehicle.model} · {policy.vehicle.plate} · <span className="status">{POLICY_STATUS[policy.status]}</span>
              </h3>
              <p>
                Prêmio <Money amount={policy.totalPremium} /> em {policy.installments.count}x · pago <Money amount={policy.premiumPaid} />
                {policy.nextInstallmentDue ? ` · próxima parcela ${formatDate(policy.nextInstallmentDue)}` : ''}
              </p>
              <ul className="list">
                {policy.premiumCharges.map((charge) => (
                  <li key={charge.txid}>
                    <span>
                      Parcela Pix <Money amount={charge.amount} />
                    </span>
                    <small>{CHARGE_STATUS[charge.status]}</small>
                    {charge.status === 'ACTIVE' && (
                      <PayCharge charge={charge} label={`Prêmio da apólice ${policy.vehicle.plate}`} refetchQueries={insurance.refreshAfterPayment} />
                    )}
                  </li>
                ))}
              </ul>
              <Claims policyId={policy.id} />
              {policy.status === 'ACTIVE' && <NewClaim insurance={insurance} policy={policy} />}
            </article>
          ))
        )}
      </section>
    </>
  );
}
