import type { Page } from '../application/ports';
import type { Charge, ChargePayment, CompletedCharge, Transfer } from '../domain';

/** A Customer as another subgraph refers to it. */
export interface CustomerRef {
  readonly id: string;
}

/** A payment, with the charge it paid. */
export interface PaymentView extends ChargePayment {
  readonly txid: string;
}

export type ChargePage = Page<Charge>;
export type TransferPage = Page<Transfer>;

export const paymentsOf = (charge: Charge): PaymentView[] => charge.payments.map((payment) => ({ ...payment, txid: charge.txid }));

export const paymentOf = (charge: CompletedCharge): PaymentView => ({ ...charge.payments[0], txid: charge.txid });
