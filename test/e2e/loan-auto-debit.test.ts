import { randomUUID } from 'node:crypto';
import { EventBus, type CloudEvent, type Subscription } from '@bank/messaging';
import { createLogger } from '@bank/observability';
import { eventually, ManualClock, testEndpoints, testEventTrust } from '@bank/testing';
import { Registry } from 'prom-client';
import { tokenFor } from '../../gateway/test/support';
import { collectSubscription, openCheckingAccount, startStack, statementOf, type Stack } from './stack';

const MARIA = { sub: 'c-maria-auto-debit', name: 'Maria Silva', document: '52998224725' };

const LOAN = `query($id: ID!) {
  loan(id: $id) {
    status disbursement { releasedAmount }
    installments { number dueDate payment status }
    autoDebit { enabled attempts { installmentNumber amount status failureReason } }
  }
}`;
interface Loan {
  readonly status: string;
  readonly disbursement: { readonly releasedAmount: string } | null;
  readonly installments: { number: number; dueDate: string; payment: string; status: string }[];
  readonly autoDebit: { enabled: boolean; attempts: { installmentNumber: number; amount: string; status: string; failureReason: string | null }[] };
}

describe('a loan paid by automatic debit from the checking account, through the gateway', () => {
  const clock = new ManualClock();
  let stack: Stack;
  /** What the borrower's notifications are made from: the loans subgraph's events. */
  const told: CloudEvent[] = [];
  let bus: EventBus;
  let listening: Subscription;
  beforeAll(async () => {
    stack = await startStack(undefined, { loans: { clock, autoDebitIntervalMs: 100 } });
    bus = await EventBus.connect({
      url: testEndpoints.rabbitmqUrl,
      exchange: stack.env.EVENTS_EXCHANGE ?? '',
      connectionName: 'auto-debit-listener',
      logger: createLogger({ service: 'auto-debit-listener', level: 'silent' }),
      registry: new Registry(),
      trust: testEventTrust(),
      queueType: 'classic',
    });
    listening = await bus.subscribe({
      exclusive: true,
      name: 'auto-debit-failures',
      bindings: ['loans.loan.auto-debit-failed'],
      handler: async (event) => void told.push(event),
    });
  });
  afterAll(async () => {
    await listening?.close();
    await bus?.close();
    await stack.stop();
  });

  const readLoan = async (id: string) => (await stack.as(MARIA)(LOAN, { id })).data?.loan as Loan;

  it('debits the first installment on its due date; the second, short of funds, stays open and the borrower is told', async () => {
    const accountId = await openCheckingAccount(stack, MARIA);
    const requested = await stack.as(MARIA)(
      `mutation($k: String!) { requestLoan(input: { principal: "1000.00", termMonths: 2, system: PRICE, monthlyIncome: "8000.00", purpose: "Notebook" }, idempotencyKey: $k) { loan { id } } }`,
      { k: randomUUID() },
    );
    const loanId = (requested.data?.requestLoan as { loan: { id: string } }).loan.id;
    await eventually(async () => expect((await readLoan(loanId)).status).toBe('APPROVED'));
    await stack.as(MARIA)(`mutation($id: ID!) { acceptLoanOffer(input: { loanId: $id }) { loan { status } } }`, { id: loanId });
    const active = await eventually(
      async () => {
        const loan = await readLoan(loanId);
        expect(loan.status).toBe('ACTIVE');
        return loan;
      },
      { timeoutMs: 15_000 },
    );
    const released = active.disbursement!.releasedAmount;
    const [first, second] = active.installments;

    const set = await stack.as(MARIA)(`mutation($input: SetLoanAutoDebitInput!) { setLoanAutoDebit(input: $input) { loan { autoDebit { enabled } } } }`, {
      input: { loanId, enabled: true },
    });
    expect(set.data).toEqual({ setLoanAutoDebit: { loan: { autoDebit: { enabled: true } } } });

    const updates = collectSubscription(
      stack.wsClient({ authorization: `Bearer ${tokenFor(MARIA)}` }),
      `subscription { myPaymentUpdates { kind amount failureReason } }`,
    );
    const activity = collectSubscription(
      stack.wsClient({ authorization: `Bearer ${tokenFor(MARIA)}` }),
      `subscription($id: ID!) { accountActivity(accountId: $id) { kind amount } }`,
      { id: accountId },
    );
    await eventually(() => expect(stack.gateway.hub.listenerCount()).toBeGreaterThanOrEqual(2));

    // The first due date comes: the job debits the installment from the account, which holds the disbursement.
    clock.set(`${first!.dueDate}T12:00:00Z`);
    await eventually(async () => expect((await readLoan(loanId)).installments[0]).toMatchObject({ status: 'PAID' }), { timeoutMs: 15_000 });
    const afterFirst = await statementOf(stack, MARIA, accountId);
    expect(afterFirst.lines[0]).toEqual({ amount: `-${first!.payment}`, kind: 'LOAN_PAYMENT', description: `Loan ${loanId}: installment 1 of 2` });
    expect(Number(afterFirst.posted)).toBeCloseTo(Number(released) - Number(first!.payment), 2);
    expect(Number(afterFirst.posted)).toBeLessThan(Number(second!.payment));
    await eventually(() =>
      expect(activity.received.map(({ data }) => data?.accountActivity)).toContainEqual({ kind: 'LOAN_PAYMENT', amount: `-${first!.payment}` }),
    );

    // The second: not enough left. Nothing moves, the installment stays open, the loan says why.
    clock.set(`${second!.dueDate}T12:00:00Z`);
    const failed = await eventually(
      async () => {
        const loan = await readLoan(loanId);
        expect(loan.autoDebit.attempts[1]).toMatchObject({ installmentNumber: 2, status: 'FAILED', failureReason: 'INSUFFICIENT_FUNDS' });
        return loan;
      },
      { timeoutMs: 15_000 },
    );
    expect(failed.installments[1]?.status).not.toBe('PAID');
    expect(failed.status).toBe('ACTIVE');
    expect((await statementOf(stack, MARIA, accountId)).posted).toBe(afterFirst.posted);
    await eventually(() =>
      expect(updates.received.map(({ data }) => data?.myPaymentUpdates)).toEqual([
        { kind: 'AUTO_DEBIT_FAILED', amount: second!.payment, failureReason: 'INSUFFICIENT_FUNDS' },
      ]),
    );
    await eventually(() =>
      expect(told.map(({ data }) => data)).toEqual([{ loanId, customerId: MARIA.sub, number: 2, amount: second!.payment, reason: 'INSUFFICIENT_FUNDS' }]),
    );
  });
});
