import { AUTO_DEBIT_OFF as OFF, type AutoDebit as SharedAutoDebit, type AutoDebitAttempt as SharedAttempt } from '@bank/kernel';
import type { BusinessDate } from '@bank/kernel';

/** The loan's automatic debits (the shared shape of @bank/kernel), by business date. */
export type AutoDebit = SharedAutoDebit<BusinessDate>;
export type AutoDebitAttempt = SharedAttempt<BusinessDate>;

export const AUTO_DEBIT_OFF: AutoDebit = OFF;
