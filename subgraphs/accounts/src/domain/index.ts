export { accountNumberOf, BRANCH, checkDigit, parseAccountNumber, parseBranch } from './account-number';
export { assertCanReceive, assertCanSend, block, maskDocument, unblock, type AccountStatus, type CheckingAccount } from './checking-account';
export { STATEMENT_KINDS, statementKindOf, type StatementKind } from './statement';
export { settlementFailed, settlementPosted, type SettlementDirection, type SettlementEvent, type SettlementRequest } from './settlements';
