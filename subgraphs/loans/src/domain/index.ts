export { effectiveTotalCost, type CashFlow, type Cet } from './cet';
export { analyseCredit, CREDIT_TIERS, type CreditDecision, type CreditTier } from './credit-analysis';
export { autoDebitNumberOf, autoDebitReference, recordAutoDebitFailed, recordAutoDebitPosted, requestAutoDebit, setAutoDebit } from './auto-debit';
export { AUTO_DEBIT_OFF, type AutoDebit, type AutoDebitAttempt } from './auto-debit-state';
export type {
  AutoDebitChanged,
  AutoDebitFailed,
  AutoDebitRequested,
  DisbursementTransferRequested,
  InstallmentPaid,
  LoanApproved,
  LoanChargeRequested,
  LoanContracted,
  LoanDisbursed,
  LoanDisbursementFailed,
  LoanEvent,
  LoanEventType,
  LoanRejected,
  LoanRequested,
  LoanSettled,
  PaymentReturnRequested,
} from './events';
export { creditIof, DEFAULT_IOF_RATES, type IofRates } from './iof';
export { amountOwed, daysLate, DEFAULT_LATE_PAYMENT_POLICY, latePaymentPolicy, MAX_FINE_PERCENT, type LatePaymentPolicy } from './late-payment';
export {
  analyseLoan,
  contractLoan,
  disburseLoan,
  failDisbursement,
  installmentDue,
  payInstallment,
  quotePayoff,
  requestLoan,
  retryDisbursement,
  settleLoan,
  type ActiveLoan,
  type ApprovedLoan,
  type ContractedLoan,
  type Disbursement,
  type DisbursementFailedLoan,
  type Loan,
  type LoanOffer,
  type LoanStatus,
  type RejectedLoan,
  type Settlement,
  type SettledLoan,
  type UnderAnalysisLoan,
} from './loan';
export {
  acceptOffer,
  analyseApplication,
  businessDate,
  disbursementReference,
  installmentCharge,
  loanIdOf,
  LOANS_SOURCE,
  openLoan,
  paymentReturnReference,
  recordChargeCreated,
  recordChargePaid,
  recordDisbursement,
  recordDisbursementFailure,
  requestCharge,
  retryLoanDisbursement,
  whyNotApplicable,
  type Borrower,
  type ChargePurpose,
  type DisbursementRequest,
  type LoanAggregate,
  type LoanCharge,
  type ReturnedPayment,
} from './loan-aggregate';
export { installmentStatus, type InstallmentPayment, type InstallmentStatus, type LoanInstallment } from './loan-installment';
export { MAX_PURPOSE_LENGTH, parseLoanRequest, type LoanRequest, type LoanRequestInput } from './loan-request';
export {
  AMORTIZATION_SYSTEMS,
  LOAN_LIMITS,
  parseAmortizationSystem,
  parseMonthlyRate,
  parsePrincipal,
  parseTermMonths,
  type AmortizationSystem,
} from './loan-terms';
export { BRASILIA_UTC_OFFSET_MINUTES, daysInMonth, LocalDate } from './local-date';
export { installmentValue, payoffQuote, type InstallmentValue, type PayoffLine, type PayoffQuote } from './payoff';
export {
  buildSchedule,
  largestPayment,
  scheduleRows,
  totalInterest,
  totalPaid,
  tryScheduleRows,
  type Installment,
  type ScheduleRow,
  type ScheduleTerms,
} from './schedule';
export { parseSimulationInput, simulateLoan, type LoanSimulation, type SimulationInput, type SimulationTerms } from './simulation';
