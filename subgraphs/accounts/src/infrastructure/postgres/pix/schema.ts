/** The tables of Pix from and into the accounts; the DDL is in ./migration.ts. bigint columns are integer cents. */
export type PixDatabase = {
  pix_orders: PixOrdersTable;
  pix_limits: PixLimitsTable;
  pix_receipts: PixReceiptsTable;
};

export type PixOrdersTable = {
  id: string;
  account_id: string;
  customer_id: string;
  target_type: 'KEY' | 'BR_CODE';
  target: string;
  amount: bigint;
  description: string | null;
  status: 'PENDING' | 'COMPLETED' | 'FAILED';
  end_to_end_id: string | null;
  refusal_code: string | null;
  refusal_reason: string | null;
  failure_message: string | null;
  ordered_at: Date;
  resolved_at: Date | null;
};

export type PixLimitsTable = {
  account_id: string;
  per_transaction: bigint;
  per_transaction_raise_to: bigint | null;
  per_transaction_raise_at: Date | null;
  daily: bigint;
  daily_raise_to: bigint | null;
  daily_raise_at: Date | null;
  nightly: bigint;
  nightly_raise_to: bigint | null;
  nightly_raise_at: Date | null;
};

export type PixReceiptsTable = {
  position: import('kysely').Generated<bigint>;
  end_to_end_id: string;
  amount: bigint;
  occurred_at: Date;
  payer_name: string;
  payer_document: string;
  payer_ispb: string;
  payer_institution: string;
  payer_customer_id: string | null;
  receiver_name: string;
  receiver_document: string;
  receiver_ispb: string;
  receiver_institution: string;
  receiver_customer_id: string | null;
  key: string | null;
  txid: string | null;
  description: string | null;
};
