import { Money } from '../../components/Money';
import { Empty, Section } from '../../components/Status';
import { formatDate, formatDateTime } from '../../lib/format';
import { CHARGE_STATUS, ENTRY_KIND, KEY_TYPE, LOAN_STATUS, POLICY_STATUS } from '../../lib/labels';
import { ROUTES } from '../../router';
import { HomeCardsSection } from '../cards/HomeCardsSection';
import { useHome } from './useHome';

export function HomeScreen() {
  const { accounts, pix, loans, policies } = useHome();
  return (
    <>
      <h1>Início</h1>
      <div className="grid">
        <Section title="Contas" id="home-accounts" state={accounts.state}>
          {accounts.state === 'ready' &&
            (accounts.data.length === 0 ? (
              <Empty>
                Nenhuma conta ainda. <a href={ROUTES.account.path}>Abrir conta</a>
              </Empty>
            ) : (
              accounts.data.map((account) => (
                <div key={account.id} className="balance">
                  <p>
                    Agência {account.branch} · Conta {account.number}
                  </p>
                  <p className="balance__amount">
                    <span className="balance__label">Saldo disponível</span> <Money amount={account.balance.available} />
                  </p>
                </div>
              ))
            ))}
        </Section>
        <HomeCardsSection />
        <Section title="Cobranças em aberto" id="home-charges" state={pix.state}>
          {pix.state === 'ready' &&
            (pix.data.pixCharges.edges.length === 0 ? (
              <Empty>Nenhuma cobrança em aberto.</Empty>
            ) : (
              <ul className="list">
                {pix.data.pixCharges.edges.map(({ node }) => (
                  <li key={node.txid}>
                    <span>{node.description ?? 'Cobrança Pix'}</span>
                    <Money amount={node.amount} />
                    <small>
                      {CHARGE_STATUS[node.status]} · vence {formatDateTime(node.expiresAt)}
                    </small>
                  </li>
                ))}
              </ul>
            ))}
        </Section>
        <Section title="Empréstimos" id="home-loans" state={loans.state}>
          {loans.state === 'ready' &&
            (loans.data.length === 0 ? (
              <Empty>Nenhum empréstimo.</Empty>
            ) : (
              <ul className="list">
                {loans.data.map((loan) => {
                  const next = loan.installments.find(({ status }) => status !== 'PAID');
                  return (
                    <li key={loan.id}>
                      <span>
                        <Money amount={loan.principal} /> em {loan.termMonths}x
                      </span>
                      <small>
                        {LOAN_STATUS[loan.status]}
                        {next && loan.status === 'ACTIVE' ? ` · próxima parcela ${formatDate(next.dueDate)}` : ''}
                      </small>
                    </li>
                  );
                })}
              </ul>
            ))}
        </Section>
        <Section title="Seguros" id="home-policies" state={policies.state}>
          {policies.state === 'ready' &&
            (policies.data.length === 0 ? (
              <Empty>Nenhuma apólice.</Empty>
            ) : (
              <ul className="list">
                {policies.data.map((policy) => (
                  <li key={policy.id}>
                    <span>
                      {policy.vehicle.make} {policy.vehicle.model} · {policy.vehicle.plate}
                    </span>
                    <Money amount={policy.totalPremium} />
                    <small>
                      {POLICY_STATUS[policy.status]}
                      {policy.endsAt ? ` · até ${formatDateTime(policy.endsAt)}` : ''}
                    </small>
                  </li>
                ))}
              </ul>
            ))}
        </Section>
        <Section title="Chaves Pix" id="home-keys" state={pix.state}>
          {pix.state === 'ready' &&
            (pix.data.pixKeys.length === 0 ? (
              <Empty>Nenhuma chave cadastrada.</Empty>
            ) : (
              <ul className="list">
                {pix.data.pixKeys.map((key) => (
                  <li key={key.key}>
                    <span>{KEY_TYPE[key.type]}</span> <code>{key.key}</code>
                  </li>
                ))}
              </ul>
            ))}
        </Section>
        <Section title="Atividade recente" id="home-activity" state={accounts.state}>
          {accounts.state === 'ready' &&
            (accounts.data.flatMap(({ statement }) => statement.edges).length === 0 ? (
              <Empty>Nenhum lançamento ainda.</Empty>
            ) : (
              <ul className="list">
                {accounts.data
                  .flatMap(({ statement }) => statement.edges)
                  .map(({ node }) => (
                    <li key={node.id}>
                      <span>{node.description ?? ENTRY_KIND[node.kind]}</span>
                      <Money amount={node.amount} signed />
                      <small>{formatDateTime(node.postedAt)}</small>
                    </li>
                  ))}
              </ul>
            ))}
        </Section>
      </div>
    </>
  );
}
