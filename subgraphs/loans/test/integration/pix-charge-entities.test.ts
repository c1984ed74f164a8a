import { ANONYMOUS, type Principal } from '@bank/identity';
import { eventually, useHarness } from '@bank/testing';
import { disbursementCreditFor, ACCEPT, application, joao, LOAN, maria, PAY_INSTALLMENT, REQUEST_LOAN, staff, startTestLoans, type LoanView } from './support';

/** PixCharge as the loans subgraph extends it: what a charge pays, resolved from a reference as the gateway does. */
describe('PixCharge entity', () => {
  const loans = useHarness(startTestLoans);
  let loanId: string;
  let installmentTxid: string;
  let payoffTxid: string;

  const ENTITIES = /* GraphQL */ `
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on PixCharge {
          txid
          loan {
            id
            status
            customer {
              id
            }
          }
          loanInstallment {
            number
            status
            charge {
              txid
            }
          }
        }
      }
    }
  `;
  const PAY_PAYOFF = /* GraphQL */ `
    mutation ($id: ID!, $idempotencyKey: String!) {
      payLoanPayoff(input: { loanId: $id }, idempotencyKey: $idempotencyKey) {
        charge {
          txid
          loan {
            id
          }
          loanInstallment {
            number
          }
        }
      }
    }
  `;

  interface ChargeView {
    txid: string;
    loan: { id: string; status: string; customer: { id: string } } | null;
    loanInstallment: { number: number; status: string; charge: { txid: string } | null } | null;
  }

  const resolve = async (principal: Principal, txids: readonly string[]): Promise<ChargeView[]> => {
    const representations = txids.map((txid) => ({ __typename: 'PixCharge', txid }));
    const { data, errors } = await loans.as(principal)<{ _entities: ChargeView[] }>(ENTITIES, { representations });
    expect(errors).toBeUndefined();
    return data!._entities;
  };

  /** Asks for a charge as the borrower; the stand-in creates it at Pix's end, which the mutation waits for. */
  async function charged<Data>(mutation: string, variables: Record<string, unknown>, index: number): Promise<Data> {
    const paying = loans.as(maria)<Data>(mutation, variables);
    await loans.pix.createCharge(await loans.pix.chargeFor(loanId, index));
    const { data, errors } = await paying;
    expect(errors).toBeUndefined();
    return data!;
  }

  beforeAll(async () => {
    loans.clock.set('2026-01-30T15:00:00Z');
    const { data } = await loans.as(maria)<{ requestLoan: { loan: LoanView } }>(REQUEST_LOAN, { input: application(), key: 'pix-charge-entity' });
    loanId = data!.requestLoan.loan.id;
    await eventually(async () => expect((await loans.as(maria)<{ loan: LoanView }>(LOAN, { id: loanId })).data?.loan.status).toBe('APPROVED'));
    await loans.as(maria)(ACCEPT, { id: loanId });
    await loans.accounts.settle(await disbursementCreditFor(loans.accounts, loanId), '2026-01-30T15:00:05Z');
    await eventually(async () => expect((await loans.as(maria)<{ loan: LoanView }>(LOAN, { id: loanId })).data?.loan.status).toBe('ACTIVE'));

    installmentTxid = (await charged<{ payLoanInstallment: { charge: { txid: string } } }>(PAY_INSTALLMENT, { id: loanId, number: 2 }, 0)).payLoanInstallment
      .charge.txid;
    const payoff = await charged<{ payLoanPayoff: { charge: { txid: string; loan: { id: string } | null; loanInstallment: unknown } } }>(
      PAY_PAYOFF,
      { id: loanId },
      1,
    );
    // The charge a mutation returns carries the same fields, without a reference to resolve.
    expect(payoff.payLoanPayoff.charge).toMatchObject({ loan: { id: loanId }, loanInstallment: null });
    payoffTxid = payoff.payLoanPayoff.charge.txid;
  });

  const theLoan = () => ({ id: loanId, status: 'ACTIVE', customer: { id: 'customer-maria' } });

  it('an installment charge: the installment it was requested for, and its loan', async () => {
    expect(await resolve(maria, [installmentTxid])).toEqual([
      { txid: installmentTxid, loan: theLoan(), loanInstallment: { number: 2, status: 'PENDING', charge: { txid: installmentTxid } } },
    ]);
  });

  it('a payoff charge: the loan, and no installment', async () => {
    expect(await resolve(maria, [payoffTxid])).toEqual([{ txid: payoffTxid, loan: theLoan(), loanInstallment: null }]);
  });

  it('a charge that is not a loan’s: neither', async () => {
    expect(await resolve(maria, ['NotALoanCharge000000000001'])).toEqual([{ txid: 'NotALoanCharge000000000001', loan: null, loanInstallment: null }]);
  });

  it('staff see the loan; another customer and an anonymous caller get nulls, without an error that would tell', async () => {
    expect((await resolve(staff, [installmentTxid]))[0]?.loan).toEqual(theLoan());
    for (const principal of [joao, ANONYMOUS]) {
      expect(await resolve(principal, [installmentTxid, payoffTxid])).toEqual([
        { txid: installmentTxid, loan: null, loanInstallment: null },
        { txid: payoffTxid, loan: null, loanInstallment: null },
      ]);
    }
  });

  it('resolves any number of references with one lookup by txid, which also yields their loans', async () => {
    const repository = loans.service.loans.repository;
    const byTxid = jest.spyOn(repository, 'findByChargeTxids');
    const byId = jest.spyOn(repository, 'getMany');
    const one = jest.spyOn(repository, 'get');
    try {
      const txids = [installmentTxid, payoffTxid, 'NotALoanCharge000000000001', installmentTxid];
      const resolved = await resolve(maria, txids);
      expect(resolved.map(({ txid, loan }) => [txid, loan?.id ?? null])).toEqual([
        [installmentTxid, loanId],
        [payoffTxid, loanId],
        ['NotALoanCharge000000000001', null],
        [installmentTxid, loanId],
      ]);
      expect(byTxid.mock.calls).toEqual([[[installmentTxid, payoffTxid, 'NotALoanCharge000000000001']]]);
      expect(byId).not.toHaveBeenCalled();
      expect(one).not.toHaveBeenCalled();
    } finally {
      byTxid.mockRestore();
      byId.mockRestore();
      one.mockRestore();
    }
  });
});
