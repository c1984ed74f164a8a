import { AUTO_DEBIT_OFF as OFF, type AutoDebit as SharedAutoDebit, type AutoDebitAttempt as SharedAttempt } from '@bank/kernel';
import type { LocalDate } from './local-date';

/** The loan's automatic debits (the shared shape of @bank/kernel), by business date. */
export type AutoDebit = SharedAutoDebit<LocalDate>;
export type AutoDebitAttempt = SharedAttempt<LocalDate>;

export const AUTO_DEBIT_OFF: AutoDebit = OFF;
