import type { Generated } from 'kysely';

/** The cards module's tables; the DDL is in ./migration. bigint columns are integer cents. */
export type CardsDatabase = {
  cards: CardsTable;
  card_spend: CardSpendTable;
  card_authorizations: CardAuthorizationsTable;
  card_invoice_entries: CardInvoiceEntriesTable;
  card_invoice_payments: CardInvoicePaymentsTable;
};

export interface CardsTable {
  id: string;
  customer_id: string;
  account_id: string;
  kind: 'DEBIT' | 'CREDIT';
  form: 'VIRTUAL' | 'PHYSICAL';
  status: 'ACTIVE' | 'BLOCKED' | 'CANCELLED';
  status_reason: string | null;
  status_at: Date | null;
  brand: string;
  bin: string;
  last4: string;
  expiry_month: number;
  expiry_year: number;
  nickname: string | null;
  limit_per_transaction: bigint | null;
  limit_daily: bigint | null;
  limit_monthly: bigint | null;
  blocked_categories: string[];
  credit_line_id: string | null;
  credit_limit: bigint | null;
  closing_day: number | null;
  replaces: string | null;
  issued_at: Date;
  pan_encrypted: string;
  pan_hash: string;
}

export interface CardSpendTable {
  card_id: string;
  period: string;
  cents: bigint;
}

export interface CardAuthorizationsTable {
  position: Generated<bigint>;
  id: string;
  card_id: string | null;
  customer_id: string | null;
  status: 'APPROVED' | 'DECLINED';
  decline_reason: string | null;
  amount: bigint;
  merchant_name: string;
  mcc: string;
  merchant_city: string;
  merchant_country: string;
  installments: number;
  decided_at: Date;
  hold_id: string | null;
  hold_expires_at: Date | null;
  clearing: 'AUTHORIZED' | 'CAPTURED' | 'REVERSED' | null;
  captured: bigint | null;
  cleared_at: Date | null;
  refunded: Generated<bigint>;
}

export interface CardInvoiceEntriesTable {
  id: string;
  line_id: string;
  period: string;
  card_id: string;
  authorization_id: string;
  description: string;
  amount: bigint;
  installment: number;
  installments: number;
  posted_at: Date;
}

export interface CardInvoicePaymentsTable {
  transfer_id: string;
  line_id: string;
  period: string;
  amount: bigint;
  paid_at: Date;
}
