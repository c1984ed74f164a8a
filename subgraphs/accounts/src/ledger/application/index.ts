export type { LedgerContext } from './context';
export { createOne as createTransferWithin, createTransfersIn, MAX_LINKED_TRANSFERS } from './create-transfers';
export { createLedger, type Ledger } from './ledger';
export { releaseExpiredIn } from './expire-holds';
export type { HistoryEntry, LedgerMetrics, LedgerStore, LedgerTransaction, ReconciliationFacts, RefusedChange, TransferWrite } from './ports';
export type { ReconciliationReport } from './reconcile';
