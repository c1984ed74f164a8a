export type { LedgerContext } from './context';
export { createOne as createTransferWithin, MAX_LINKED_TRANSFERS } from './create-transfers';
export { createLedger, type Ledger } from './ledger';
export type { HistoryEntry, LedgerMetrics, LedgerStore, LedgerTransaction, ReconciliationFacts, RefusedChange, TransferWrite } from './ports';
export type { ReconciliationReport } from './reconcile';
