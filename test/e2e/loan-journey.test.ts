import { randomUUID } from 'node:crypto';
import { eventually, registerConfirmedPixKey } from '@bank/testing';
import { tokenFor } from '../../gateway/test/support';
import { openCheckingAccount, startStack, statementOf, type Stack } from './stack';

const MARIA = { sub: 'c-maria-loan', name: 'Maria Silva', document: '52998224725' };
const JOAO = { sub: 'c-joao-loan', name: 'João Souza', document: '11144477735' };

const LOAN = `query($id: ID!) { loan(id: $id) { status offer { monthlyRate } disbursement { iof releasedAmount } installments { number status amountDue charge { txid status amount } } } }`;
type Loan = {
  status: string;
  disbursement: { iof: string; releasedAmount: string } | null;
  offer: { monthlyRate: string } | null;
  installments: { number: number; status: string; amountDue: string | null; charge: { txid: string; status: string; amount: string } | null }[];
};

describe('a loan from request to settlement, with the real Pix subgraph, through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
    await registerConfirmedPixKey(stack.as(MARIA), { type: 'EMAIL', key: 'maria.loan@example.com' });
    mariaAccount = await openCheckingAccount(stack, MARIA);
  });
  let mariaAccount: string;
  afterAll(() => stack.stop());

  const readLoan = async (id: string, as = MARIA) => (await stack.as(as)(LOAN, { id })).data?.loan as Loan;

  it('request → analysis → accept → credited to the checking account, IOF withheld → installments charged and paid by Pix → SETTLED', async () => {
    const requested = await stack.as(MARIA)(
      `mutation($k: String!) { requestLoan(input: { principal: "1000.00", termMonths: 2, system: PRICE, monthlyIncome: "8000.00", purpose: "Notebook" }, idempotencyKey: $k) { loan { id status } } }`,
      { k: randomUUID() },
    );
    const loanId = (requested.data?.requestLoan as { loan: { id: string; status: string } }).loan.id;
    expect(requested.data?.requestLoan).toMatchObject({ loan: { status: 'UNDER_ANALYSIS' } });
    await eventually(async () => expect((await readLoan(loanId)).status).toBe('APPROVED'));

    expect((await stack.as(MARIA)(`mutation($id: ID!) { acceptLoanOffer(input: { loanId: $id }) { loan { status } } }`, { id: loanId })).data).toEqual({
      acceptLoanOffer: { loan: { status: 'CONTRACTED' } },
    });
    await eventually(async () => expect((await readLoan(loanId)).status).toBe('ACTIVE'), { timeoutMs: 15_000 });
    // The statement shows the credit of what was released: the principal less the IOF withheld (to taxes payable).
    const { disbursement } = await readLoan(loanId);
    expect(Number(disbursement!.releasedAmount) + Number(disbursement!.iof)).toBeCloseTo(1000, 2);
    const statement = await statementOf(stack, MARIA, mariaAccount);
    expect(statement.posted).toBe(disbursement!.releasedAmount);
    expect(statement.lines).toEqual([
      { amount: disbursement!.releasedAmount, kind: 'LOAN_DISBURSEMENT', description: `Loan ${loanId}: 1000.00 disbursed, IOF ${disbursement!.iof} withheld` },
    ]);

    for (const number of [1, 2]) {
      const charged = await stack.as(MARIA)(
        `mutation($id: ID!, $n: Int!) { payLoanInstallment(input: { loanId: $id, number: $n }) { charge { txid status amount } } }`,
        {
          id: loanId,
          n: number,
        },
      );
      expect(charged.errors).toBeUndefined();
      const { charge } = charged.data?.payLoanInstallment as { charge: { txid: string; status: string; amount: string } };
      expect(charge).toMatchObject({ status: 'ACTIVE' });
      expect((await readLoan(loanId)).installments[number - 1]).toMatchObject({ amountDue: charge.amount, charge: { txid: charge.txid } });
      // A checkout screen waiting on the charge sees what it pays: fields the loans subgraph contributes.
      const notified: unknown[] = [];
      const listening = stack.gateway.hub.listenerCount();
      stack.wsClient({ authorization: `Bearer ${tokenFor(MARIA)}` }).subscribe(
        {
          query: `subscription($t: ID!) { pixChargeStatusChanged(txid: $t) { status amount loan { id } loanInstallment { number dueDate } } }`,
          variables: { t: charge.txid },
        },
        { next: (value) => void notified.push(value), error: () => undefined, complete: () => undefined },
      );
      await eventually(() => expect(stack.gateway.hub.listenerCount()).toBeGreaterThan(listening));
      await stack.as(MARIA)(`mutation($t: ID!) { simulatePixPayment(input: { txid: $t }) { payment { endToEndId } } }`, { t: charge.txid });
      await eventually(() =>
        expect(notified).toEqual([
          {
            data: {
              pixChargeStatusChanged: {
                status: 'COMPLETED',
                amount: charge.amount,
                loan: { id: loanId },
                loanInstallment: { number, dueDate: expect.any(String) },
              },
            },
          },
        ]),
      );
      await eventually(async () =>
        expect((await readLoan(loanId)).installments[number - 1]).toMatchObject({ status: 'PAID', charge: { status: 'COMPLETED' } }),
      );
    }
    await eventually(async () => expect((await readLoan(loanId)).status).toBe('SETTLED'));
  });

  it('charges an installment paid early less than its face value, at loanPayoffQuote’s valuation of it (CDC art. 52 §2), and debits the account that much', async () => {
    const requested = await stack.as(MARIA)(
      `mutation($k: String!) { requestLoan(input: { principal: "1200.00", termMonths: 3, system: PRICE, monthlyIncome: "8000.00", purpose: "Geladeira" }, idempotencyKey: $k) { loan { id } } }`,
      { k: randomUUID() },
    );
    const loanId = (requested.data?.requestLoan as { loan: { id: string } }).loan.id;
    await eventually(async () => expect((await readLoan(loanId)).status).toBe('APPROVED'));
    await stack.as(MARIA)(`mutation($id: ID!) { acceptLoanOffer(input: { loanId: $id }) { loan { status } } }`, { id: loanId });
    await eventually(async () => expect((await readLoan(loanId)).status).toBe('ACTIVE'), { timeoutMs: 15_000 });

    const quoted = await stack.as(MARIA)(
      `query($id: ID!) { loanPayoffQuote(loanId: $id) { lines { number payment amount } } loan(id: $id) { installments { number payment amountDue earlyPaymentDiscount } } }`,
      { id: loanId },
    );
    const data = quoted.data as {
      loanPayoffQuote: { lines: { number: number; payment: string; amount: string }[] };
      loan: { installments: { number: number; payment: string; amountDue: string; earlyPaymentDiscount: string }[] };
    };
    const line = data.loanPayoffQuote.lines.find(({ number }) => number === 3)!;
    const third = data.loan.installments.find(({ number }) => number === 3)!;
    const cents = (amount: string) => Math.round(Number(amount) * 100);
    expect(cents(line.amount)).toBeLessThan(cents(line.payment));
    expect(third).toEqual({ number: 3, payment: line.payment, amountDue: line.amount, earlyPaymentDiscount: expect.any(String) });
    expect(cents(third.earlyPaymentDiscount)).toBe(cents(line.payment) - cents(line.amount));

    const charged = await stack.as(MARIA)(`mutation($id: ID!) { payLoanInstallment(input: { loanId: $id, number: 3 }) { charge { txid amount brCode } } }`, {
      id: loanId,
    });
    expect(charged.errors).toBeUndefined();
    const { charge } = charged.data?.payLoanInstallment as { charge: { txid: string; amount: string; brCode: string } };
    expect(charge.amount).toBe(line.amount);

    const before = await statementOf(stack, MARIA, mariaAccount);
    const paid = await stack.as(MARIA)(
      `mutation($input: PayPixCodeInput!, $k: String!) { payPixCode(input: $input, idempotencyKey: $k) { pix { status amount } } }`,
      { input: { brCode: charge.brCode, fromAccountId: mariaAccount }, k: randomUUID() },
    );
    expect(paid.errors).toBeUndefined();
    expect(paid.data?.payPixCode).toEqual({ pix: { status: 'COMPLETED', amount: line.amount } });
    const after = await statementOf(stack, MARIA, mariaAccount);
    expect(cents(before.posted) - cents(after.posted)).toBe(cents(line.amount));
    await eventually(async () => {
      const read = await stack.as(MARIA)(`query($id: ID!) { loan(id: $id) { installments { number status paidAmount amountDue } } }`, { id: loanId });
      const installments = (read.data?.loan as { installments: { number: number; status: string; paidAmount: string | null; amountDue: string | null }[] })
        .installments;
      expect(installments.find(({ number }) => number === 3)).toEqual({ number: 3, status: 'PAID', paidAmount: line.amount, amountDue: null });
    });
  });

  it('keeps another customer out of the loan', async () => {
    const requested = await stack.as(MARIA)(
      `mutation($k: String!) { requestLoan(input: { principal: "500.00", termMonths: 3, system: SAC, monthlyIncome: "9000.00", purpose: "Curso" }, idempotencyKey: $k) { loan { id } } }`,
      { k: randomUUID() },
    );
    const loanId = (requested.data?.requestLoan as { loan: { id: string } }).loan.id;
    const asJoao = stack.as(JOAO);
    expect((await asJoao(LOAN, { id: loanId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await asJoao(`mutation($id: ID!) { acceptLoanOffer(input: { loanId: $id }) { loan { status } } }`, { id: loanId })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await asJoao(`{ me { loans { edges { node { id } } } } }`)).data).toEqual({ me: { loans: { edges: [] } } });
  });

  it('simulates a loan exactly, without signing in', async () => {
    const response = await stack.as(JOAO)(
      `{ loanSimulation(input: { principal: "1000.00", termMonths: 3, monthlyRate: "1", system: PRICE, startDate: "2027-01-31" }) { installments { dueDate payment interest amortization balance } totalPaid } }`,
    );
    expect(response.data).toEqual({
      loanSimulation: {
        installments: [
          { dueDate: '2027-02-28', payment: '340.02', interest: '10.00', amortization: '330.02', balance: '669.98' },
          { dueDate: '2027-03-31', payment: '340.02', interest: '6.70', amortization: '333.32', balance: '336.66' },
          { dueDate: '2027-04-30', payment: '340.03', interest: '3.37', amortization: '336.66', balance: '0.00' },
        ],
        totalPaid: '1020.07',
      },
    });
  });
});
