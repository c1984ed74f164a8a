export {
  BANK_ACCOUNTS,
  customerAccount,
  normalSideOf,
  sameAccount,
  type Account,
  type BankAccount,
  type BankAccountName,
  type CustomerAccount,
  type NormalSide,
  type OpenCustomerAccount,
} from './account';
export { balanceOf, type Balance, type Totals } from './balance';
export { balanceChanges, type BalanceChange } from './balance-change';
export { isLedgerError, LedgerError, type LedgerErrorReason } from './errors';
export { accountOpened, transferEvent, type LedgerEvent } from './events';
export { expiryTransferId, parseAccountId, parseTransferId, type AccountId, type TransferId } from './ids';
export {
  assertValidAmount,
  expiry,
  newTransfer,
  resolution,
  sameTransfer,
  shardKeyOf,
  TRANSFER_CODES,
  type PendingTransfer,
  type Transfer,
  type TransferCode,
  type TransferRequest,
  type VoidReason,
} from './transfer';
