import { eventually, useHarness } from '@bank/testing';
import { ACCEPT, application, disbursementCreditFor, joao, LOAN, maria, REQUEST_LOAN, startTestLoans, type LoanView } from './support';

const SET_AUTO_DEBIT = /* GraphQL */ `
  mutation ($input: SetLoanAutoDebitInput!) {
    setLoanAutoDebit(input: $input) {
      loan {
        id
        autoDebit {
          enabled
        }
      }
    }
  }
`;
const AUTO_DEBIT = /* GraphQL */ `
  query ($id: ID!) {
    loan(id: $id) {
      autoDebit {
        enabled
        attempts {
          installmentNumber
          amount
          status
          failureReason
        }
      }
      installments {
        number
        status
      }
    }
  }
`;

interface AutoDebitView {
  readonly autoDebit: {
    readonly enabled: boolean;
    readonly attempts: { installmentNumber: number; amount: string; status: string; failureReason: string | null }[];
  };
  readonly installments: { number: number; status: string }[];
}

/** The automatic debit of installments on their due dates (a periodic job on the manual clock), answered by the accounts stand-in. */
describe('automatic debit of installments', () => {
  const loans = useHarness(startTestLoans);

  const gql = <Data>(query: string, variables: Record<string, unknown>) => loans.as(maria)<Data>(query, variables);
  const autoDebitOf = async (id: string) => (await gql<{ loan: AutoDebitView }>(AUTO_DEBIT, { id })).data!.loan;

  /** A loan disbursed on 2026-01-30: installments due 2026-02-28 and 2026-03-30. */
  async function activeLoan(): Promise<LoanView> {
    loans.clock.set('2026-01-30T15:00:00Z');
    const { data } = await gql<{ requestLoan: { loan: LoanView } }>(REQUEST_LOAN, { input: application(2), key: `auto-debit-${Date.now()}` });
    const { id } = data!.requestLoan.loan;
    await eventually(async () => expect((await gql<{ loan: LoanView }>(LOAN, { id })).data?.loan.status).toBe('APPROVED'));
    await gql(ACCEPT, { id });
    await loans.accounts.settle(await disbursementCreditFor(loans.accounts, id), '2026-01-30T15:00:05Z');
    return eventually(async () => {
      const loan = (await gql<{ loan: LoanView }>(LOAN, { id })).data!.loan;
      expect(loan.status).toBe('ACTIVE');
      return loan;
    });
  }

  it('debits each installment on its due date once the borrower turned it on; a refused debit leaves the installment open and tells the borrower', async () => {
    const loan = await activeLoan();
    const [first, second] = loan.installments;
    const turnedOn = await gql<{ setLoanAutoDebit: { loan: { id: string; autoDebit: { enabled: boolean } } } }>(SET_AUTO_DEBIT, {
      input: { loanId: loan.id, enabled: true },
    });
    expect(turnedOn.data?.setLoanAutoDebit.loan).toEqual({ id: loan.id, autoDebit: { enabled: true } });

    loans.clock.set(`${first!.dueDate}T12:00:00Z`);
    const [debit] = await loans.accounts.requested('debit', new RegExp(`^${loan.id}/auto-debit/installment-1$`));
    expect(debit!.data).toEqual({
      reference: { source: 'loans', id: `${loan.id}/auto-debit/installment-1` },
      customerId: 'customer-maria',
      amount: first!.payment,
      description: `Loan ${loan.id}: installment 1 of 2`,
    });
    await loans.accounts.settle(debit!, `${first!.dueDate}T12:00:01Z`);
    await eventually(async () =>
      expect(await autoDebitOf(loan.id)).toMatchObject({
        autoDebit: { attempts: [{ installmentNumber: 1, amount: first!.payment, status: 'PAID', failureReason: null }] },
        installments: [{ number: 1, status: 'PAID' }, { number: 2 }],
      }),
    );

    loans.clock.set(`${second!.dueDate}T12:00:00Z`);
    const [refused] = await loans.accounts.requested('debit', new RegExp(`^${loan.id}/auto-debit/installment-2$`));
    await loans.accounts.fail(refused!, { reason: 'INSUFFICIENT_FUNDS' });
    await eventually(() => expect(loans.pix.eventTypesOf(loan.id)).toContain('loans.loan.auto-debit-failed'));
    const after = await autoDebitOf(loan.id);
    expect(after.autoDebit.attempts[1]).toEqual({ installmentNumber: 2, amount: second!.payment, status: 'FAILED', failureReason: 'INSUFFICIENT_FUNDS' });
    expect(after.installments[1]?.status).not.toBe('PAID');
    // Asked once per installment: the job does not debit a refused installment again.
    expect(loans.accounts.debits.filter((event) => event.subject === loan.id)).toHaveLength(2);
  });

  it('refuses another customer turning it on (NOT_FOUND) and writes nothing', async () => {
    const loan = await activeLoan();
    const { errors } = await loans.as(joao)(SET_AUTO_DEBIT, { input: { loanId: loan.id, enabled: true } });
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await autoDebitOf(loan.id)).autoDebit.enabled).toBe(false);
  });
});
