import { outboxPlugin } from '@bank/store-mongo';
import { Schema, type Connection, type Model } from 'mongoose';
import type { LoanDocument } from './loan-document';

/*
 * The mongoose schema declares every path (a path it does not know is dropped on write) and the
 * indexes; the nested parts are kept as written (Mixed): loan-document.ts builds and parses them.
 */
const nested = { type: Schema.Types.Mixed };

const loanSchema = new Schema<LoanDocument>(
  {
    _id: { type: String, required: true },
    status: { type: String, required: true },
    customerId: { type: String, required: true },
    borrower: { ...nested, required: true },
    request: { ...nested, required: true },
    requestedAt: { type: Date, required: true },
    disbursements: { ...nested, default: [] },
    charges: { ...nested, default: [] },
    returnedPayments: { ...nested, default: [] },
    rejection: nested,
    offer: nested,
    contractedAt: Date,
    failure: nested,
    disbursement: nested,
    installments: nested,
    settlement: nested,
    nextDueDate: String,
  },
  { versionKey: false },
);
loanSchema.plugin(outboxPlugin);
// A customer's loans, newest first.
loanSchema.index({ customerId: 1, requestedAt: -1, _id: -1 });
// A Pix charge's loan (PixCharge references), by the txids of the charges it asked for.
loanSchema.index({ 'charges.txid': 1 });
// The overdue count: ACTIVE loans whose earliest unpaid due date has passed.
loanSchema.index({ status: 1, nextDueDate: 1 });

export const loanModel = (connection: Connection): Model<LoanDocument> => connection.model<LoanDocument>('Loan', loanSchema, 'loans');
