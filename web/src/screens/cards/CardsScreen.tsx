import { useState, type FormEvent } from 'react';
import { Field, FormAlert, SelectField } from '../../components/Field';
import { Money } from '../../components/Money';
import { Empty, Loading, Unavailable } from '../../components/Status';
import { formatDate, formatDateTime } from '../../lib/format';
import { ROUTES } from '../../router';
import type { CardKind } from '../../../../schema/operations/generated/graphql';
import { authorizationStatus, CARD_KIND, CARD_STATUS, CATEGORY, formatExpiry, groupedNumber, INVOICE_STATUS, limitText, maskedNumber } from './cards';
import { SpendingChart } from './SpendingChart';
import { useCards } from './useCards';
import './cards.css';

type Screen = ReturnType<typeof useCards>;
type ShownCard = NonNullable<Screen['card']>;

export function CardsScreen() {
  const [selected, setSelected] = useState<string | null>(null);
  const screen = useCards(selected);

  if (screen.state === 'loading') return <Loading what="os cartões" />;
  if (screen.state === 'unavailable') return <Unavailable what="Cartões" />;
  const { card } = screen;
  return (
    <>
      <h1>Cartões</h1>
      {screen.cards.length > 0 && (
        <nav className="card-picker" aria-label="Meus cartões">
          {screen.cards.map((each) => (
            <button key={each.id} type="button" className="button--quiet" aria-pressed={each.id === card?.id} onClick={() => setSelected(each.id)}>
              {each.nickname ?? CARD_KIND[each.kind]} · {maskedNumber(each.last4)}
            </button>
          ))}
        </nav>
      )}
      {card === null ? <Empty>Você ainda não tem cartão.</Empty> : <CardView key={card.id} screen={screen} card={card} />}
      <IssueCard screen={screen} onIssued={setSelected} />
    </>
  );
}

function CardView({ screen, card }: { readonly screen: Screen; readonly card: ShownCard }) {
  const label = `Cartão ${maskedNumber(card.last4)}`;
  return (
    <article aria-label={label} className="card-view">
      <div className="grid">
        <section className="card" aria-labelledby="card-title">
          <h2 id="card-title">
            {card.nickname ?? `Cartão de ${CARD_KIND[card.kind].toLowerCase()}`} · {CARD_KIND[card.kind]}
          </h2>
          <div className={`plastic plastic--${card.status.toLowerCase()}`} aria-hidden="true">
            <span>{card.brand}</span>
            <span className="plastic__number">{screen.details ? groupedNumber(screen.details.number) : maskedNumber(card.last4)}</span>
            <span>{formatExpiry(card.expiryMonth, card.expiryYear)}</span>
          </div>
          <dl className="figures">
            <dt>Número</dt>
            <dd data-testid="card-number">{screen.details ? groupedNumber(screen.details.number) : maskedNumber(card.last4)}</dd>
            <dt>Validade</dt>
            <dd data-testid="card-expiry">{formatExpiry(card.expiryMonth, card.expiryYear)}</dd>
            {screen.details && (
              <>
                <dt>Código de segurança</dt>
                <dd data-testid="card-cvv">{screen.details.cvv}</dd>
              </>
            )}
            <dt>Situação</dt>
            <dd data-testid="card-status">{CARD_STATUS[card.status]}</dd>
            <dt>{card.kind === 'CREDIT' ? 'Limite disponível' : 'Saldo disponível'}</dt>
            <dd>
              <Money amount={card.availableCredit} />
            </dd>
            {card.creditLimit && (
              <>
                <dt>Limite total</dt>
                <dd>
                  <Money amount={card.creditLimit} />
                </dd>
              </>
            )}
          </dl>
          <FormAlert errors={screen.revealErrors} />
          <div className="filters__actions">
            {screen.details ? (
              <button type="button" className="button--quiet" onClick={screen.hideDetails}>
                Ocultar dados
              </button>
            ) : (
              <button type="button" onClick={() => void screen.revealDetails()} disabled={screen.revealing || card.status === 'CANCELLED'}>
                {screen.revealing ? 'Buscando…' : 'Ver dados do cartão'}
              </button>
            )}
          </div>
          {card.status !== 'CANCELLED' && (
            <>
              <FormAlert errors={screen.statusErrors} />
              <label className="check switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={card.status === 'BLOCKED'}
                  disabled={screen.changingStatus}
                  onChange={() => void screen.toggleBlocked()}
                />{' '}
                Bloquear temporariamente
              </label>
            </>
          )}
        </section>
        <Limits screen={screen} card={card} />
      </div>
      <Transactions card={card} />
      {card.currentInvoice && <Invoice invoice={card.currentInvoice} />}
      <Spending screen={screen} />
    </article>
  );
}

function Limits({ screen, card }: { readonly screen: Screen; readonly card: ShownCard }) {
  const [text, setText] = useState({
    perTransaction: limitText(card.limits.perTransaction),
    daily: limitText(card.limits.daily),
    monthly: limitText(card.limits.monthly),
  });
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(await screen.updateLimits(text));
  };
  const field = (name: keyof typeof text, label: string) => (
    <Field
      label={label}
      name={`limits.${name}`}
      errors={screen.limitsErrors}
      value={text[name]}
      onChange={(event) => (setSaved(false), setText({ ...text, [name]: event.target.value }))}
      inputMode="decimal"
      placeholder="Sem limite"
    />
  );
  return (
    <section className="card" aria-labelledby="limits-title">
      <h2 id="limits-title">Limites</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert errors={screen.limitsErrors} />
        {field('perTransaction', 'Por compra (R$)')}
        {field('daily', 'Por dia (R$)')}
        {field('monthly', 'Por mês (R$)')}
        <button type="submit" disabled={screen.updatingLimits}>
          {screen.updatingLimits ? 'Salvando…' : 'Salvar limites'}
        </button>
        {saved && (
          <p role="status" className="saved">
            Limites salvos.
          </p>
        )}
      </form>
    </section>
  );
}

function Transactions({ card }: { readonly card: ShownCard }) {
  const transactions = card.transactions.edges.map(({ node }) => node);
  return (
    <section className="card" aria-labelledby="transactions-title">
      <h2 id="transactions-title">Transações</h2>
      {transactions.length === 0 ? (
        <Empty>Nenhuma transação ainda.</Empty>
      ) : (
        <table className="statement">
          <caption className="visually-hidden">Autorizações do cartão, as mais recentes primeiro</caption>
          <thead>
            <tr>
              <th scope="col">Data</th>
              <th scope="col">Estabelecimento</th>
              <th scope="col">Categoria</th>
              <th scope="col" className="number">
                Valor
              </th>
              <th scope="col">Situação</th>
            </tr>
          </thead>
          <tbody>
            {transactions.map((node) => (
              <tr key={node.id} data-status={node.status}>
                <td>{formatDateTime(node.decidedAt)}</td>
                <td>
                  {node.merchant.name}
                  {node.installments > 1 && <small> · {node.installments}x</small>}
                </td>
                <td>{CATEGORY[node.merchant.category]}</td>
                <td className="number">
                  <Money amount={node.capturedAmount ?? node.amount} />
                </td>
                <td>{authorizationStatus(node)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Invoice({ invoice }: { readonly invoice: NonNullable<ShownCard['currentInvoice']> }) {
  return (
    <section className="card" aria-labelledby="invoice-title">
      <h2 id="invoice-title">Fatura atual · {INVOICE_STATUS[invoice.status]}</h2>
      <dl className="figures">
        <dt>Total</dt>
        <dd data-testid="invoice-total">
          <Money amount={invoice.total} />
        </dd>
        <dt>Pagamento mínimo</dt>
        <dd>
          <Money amount={invoice.minimumPayment} />
        </dd>
        <dt>Fecha em</dt>
        <dd>{formatDate(invoice.closingDate.slice(0, 10))}</dd>
        <dt>Vence em</dt>
        <dd>{formatDate(invoice.dueDate.slice(0, 10))}</dd>
      </dl>
      {invoice.entries.length === 0 ? (
        <Empty>Nenhum lançamento nesta fatura.</Empty>
      ) : (
        <ul className="list">
          {invoice.entries.map((entry) => (
            <li key={entry.id}>
              <span>
                {entry.description}
                {entry.installments > 1 ? ` (${entry.installment}/${entry.installments})` : ''}
              </span>
              <Money amount={entry.amount} />
              <small>{formatDateTime(entry.postedAt)}</small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Spending({ screen }: { readonly screen: Screen }) {
  const { report } = screen;
  return (
    <section className="card" aria-labelledby="spending-title">
      <h2 id="spending-title">Gastos por categoria</h2>
      <form className="filters" onSubmit={(event) => event.preventDefault()} noValidate>
        <div className="field">
          <label htmlFor="spending-month">Mês</label>
          <input id="spending-month" type="month" value={screen.month} onChange={(event) => event.target.value && screen.setMonth(event.target.value)} />
        </div>
      </form>
      {report.state === 'loading' ? (
        <Loading what="os gastos" />
      ) : report.state === 'unavailable' ? (
        <Unavailable what="Relatório de gastos" />
      ) : report.data.categories.length === 0 ? (
        <Empty>Nenhuma compra confirmada neste mês.</Empty>
      ) : (
        <>
          <p>
            Total do mês: <Money amount={report.data.total} />
          </p>
          <SpendingChart categories={report.data.categories} />
        </>
      )}
    </section>
  );
}

function IssueCard({ screen, onIssued }: { readonly screen: Screen; readonly onIssued: (cardId: string) => void }) {
  const [form, setForm] = useState<{ kind: CardKind; nickname: string; creditLimit: string }>({ kind: 'DEBIT', nickname: '', creditLimit: '' });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const id = await screen.issueCard(form);
    if (id !== null) {
      onIssued(id);
      setForm({ kind: 'DEBIT', nickname: '', creditLimit: '' });
    }
  };
  return (
    <section className="card" aria-labelledby="issue-title">
      <h2 id="issue-title">Novo cartão virtual</h2>
      {screen.account === null ? (
        <p>
          Para ter um cartão, abra antes sua <a href={ROUTES.account.path}>conta corrente</a>.
        </p>
      ) : (
        <form className="inline-form" onSubmit={(event) => void submit(event)} noValidate>
          <FormAlert errors={screen.issueErrors} />
          <SelectField
            label="Tipo"
            name="kind"
            errors={screen.issueErrors}
            value={form.kind}
            onChange={(event) => setForm({ ...form, kind: event.target.value as CardKind })}
          >
            <option value="DEBIT">Débito</option>
            <option value="CREDIT">Crédito</option>
          </SelectField>
          <Field
            label="Apelido (opcional)"
            name="nickname"
            errors={screen.issueErrors}
            value={form.nickname}
            onChange={(event) => setForm({ ...form, nickname: event.target.value })}
            maxLength={40}
          />
          {form.kind === 'CREDIT' && (
            <Field
              label="Limite de crédito (R$)"
              name="creditLimit"
              errors={screen.issueErrors}
              value={form.creditLimit}
              onChange={(event) => setForm({ ...form, creditLimit: event.target.value })}
              inputMode="decimal"
            />
          )}
          <div className="filters__actions">
            <button type="submit" disabled={screen.issuing}>
              {screen.issuing ? 'Emitindo…' : 'Emitir cartão virtual'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
