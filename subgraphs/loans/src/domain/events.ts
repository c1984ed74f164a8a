import type { AccountCreditRequested, AccountDebitRequested, PixChargeRequested, PixChargeRemovalRequested } from '@bank/contracts';
import type { DomainEvent } from '@bank/kernel';
import type { AmortizationSystem } from './loan-terms';

/** Amounts and rates travel as decimal strings ("1234.56", "1.99"), dates as "YYYY-MM-DD". */
type Amount = string;
type Rate = string;
type DateText = string;

interface LoanFacts {
  readonly loanId: string;
  readonly customerId: string;
}

export type LoanRequested = DomainEvent<
  'loans.loan.requested',
  LoanFacts & {
    readonly principal: Amount;
    readonly termMonths: number;
    readonly system: AmortizationSystem;
    readonly monthlyIncome: Amount;
    readonly purpose: string;
  }
>;

export type LoanApproved = DomainEvent<
  'loans.loan.approved',
  LoanFacts & { readonly monthlyRate: Rate; readonly installment: Amount; readonly incomeSharePercent: Rate }
>;

export type LoanRejected = DomainEvent<'loans.loan.rejected', LoanFacts & { readonly reason: string }>;

export type LoanContracted = DomainEvent<
  'loans.loan.contracted',
  LoanFacts & {
    readonly principal: Amount;
    readonly termMonths: number;
    readonly system: AmortizationSystem;
    readonly monthlyRate: Rate;
  }
>;

export type LoanDisbursed = DomainEvent<
  'loans.loan.disbursed',
  LoanFacts & {
    readonly disbursedOn: DateText;
    readonly principal: Amount;
    readonly iof: Amount;
    readonly releasedAmount: Amount;
    readonly installments: number;
    readonly firstDueDate: DateText;
    readonly lastDueDate: DateText;
    readonly cet: { readonly monthly: Rate; readonly annual: Rate };
  }
>;

export type InstallmentPaid = DomainEvent<
  'loans.loan.installment-paid',
  LoanFacts & {
    readonly number: number;
    readonly dueDate: DateText;
    readonly paidOn: DateText;
    readonly amount: Amount;
    /** amount − the scheduled payment when paid late: fine and moratory interest; else 0.00. */
    readonly lateCharges: Amount;
    /** The scheduled payment − amount when paid before the due date (CDC art. 52 §2); else 0.00. */
    readonly earlyPaymentDiscount: Amount;
  }
>;

export type LoanSettled = DomainEvent<
  'loans.loan.settled',
  LoanFacts & {
    readonly settledOn: DateText;
    readonly by: 'LAST_INSTALLMENT' | 'PAYOFF';
    /** What the early payoff cost; null when the last installment settled the loan. */
    readonly payoffAmount: Amount | null;
  }
>;

/** The transfer of a disbursement attempt failed; `retryLoanDisbursement` may try again. */
export type LoanDisbursementFailed = DomainEvent<'loans.loan.disbursement-failed', LoanFacts & { readonly attempt: number; readonly reason: string }>;

/** The borrower turned the automatic debit of installments on or off. */
export type AutoDebitChanged = DomainEvent<'loans.loan.auto-debit-changed', LoanFacts & { readonly enabled: boolean }>;

/** The automatic debit of an installment was refused (not enough funds, a blocked account...): it stays open, payable by Pix. */
export type AutoDebitFailed = DomainEvent<
  'loans.loan.auto-debit-failed',
  LoanFacts & { readonly number: number; readonly amount: Amount; readonly reason: string }
>;

export type LoanEvent =
  | LoanRequested
  | LoanApproved
  | LoanRejected
  | LoanContracted
  | LoanDisbursed
  | LoanDisbursementFailed
  | InstallmentPaid
  | LoanSettled
  | AutoDebitChanged
  | AutoDebitFailed;

/** Asks the accounts subgraph to debit an installment from the borrower's checking account (`accountRequestTypes.debit('loans')`). */
export type AutoDebitRequested = DomainEvent<'loans.accounts.debit-requested', AccountDebitRequested>;

/** Asks the accounts subgraph to credit the disbursement, net of the IOF it withholds, to the borrower's checking account (`accountRequestTypes.credit('loans')`). */
export type DisbursementTransferRequested = DomainEvent<'loans.accounts.credit-requested', AccountCreditRequested>;

/** Asks the accounts subgraph to credit back to the borrower's checking account a payment that could not be applied to the loan. */
export type PaymentReturnRequested = DomainEvent<'loans.accounts.credit-requested', AccountCreditRequested>;

/** Asks Pix to charge the borrower for an installment or a payoff (type `pixRequestTypes.charge('loans')`). */
export type LoanChargeRequested = DomainEvent<'loans.pix.charge-requested', PixChargeRequested>;

/** Asks Pix to remove a charge a payment made pointless while still open, so that nobody pays it any more (`pixRequestTypes.chargeRemoval('loans')`). */
export type LoanChargeRemovalRequested = DomainEvent<'loans.pix.charge-removal-requested', PixChargeRemovalRequested>;

export type LoanEventType = LoanEvent['type'];
