import { MongoAggregateStore, type AggregateDocumentMapper } from '@bank/store-mongo';
import type { Model } from 'mongoose';
import type { LoanRepository, StoredLoan } from '../../application/ports';
import type { LoanAggregate, LoanStatus, LocalDate } from '../../domain';
import { outboxEvents } from '../outbox-events';
import { fromDocument, OPTIONAL_FIELDS, toDocument, type LoanDocument } from './loan-document';

export interface MongoLoanRepositoryOptions {
  readonly model: Model<LoanDocument>;
  /** Called after every write that recorded events (e.g. to wake the outbox relay). */
  readonly afterWrite?: () => void;
}

const loanDocuments: AggregateDocumentMapper<LoanAggregate, LoanDocument> = {
  name: 'loan',
  toDocument,
  fromDocument,
  optionalFields: OPTIONAL_FIELDS,
};

/** Loans in the `loans` collection, each change written with its events in one versioned single-document write. */
export class MongoLoanRepository extends MongoAggregateStore<LoanAggregate, LoanDocument> implements LoanRepository {
  constructor({ model, afterWrite }: MongoLoanRepositoryOptions) {
    super({ model, documents: loanDocuments, envelopes: outboxEvents, ...(afterWrite === undefined ? {} : { onEventsSaved: afterWrite }) });
  }

  getForUpdate(id: string): Promise<StoredLoan | null> {
    return this.get(id);
  }

  async findByChargeTxids(txids: readonly string[]): Promise<readonly StoredLoan[]> {
    const documents = await this.model
      .find({ 'charges.txid': { $in: [...txids] } })
      .lean()
      .exec();
    return documents.map((document) => this.stored(document));
  }

  async listByCustomer(customerId: string, status: LoanStatus | null): Promise<readonly StoredLoan[]> {
    const documents = await this.model
      .find({ customerId, ...(status !== null && { status }) })
      .sort({ requestedAt: -1 })
      .lean()
      .exec();
    return documents.map((document) => this.stored(document));
  }

  countOverdue(today: LocalDate): Promise<number> {
    return this.model.countDocuments({ status: 'ACTIVE', nextDueDate: { $lt: today.toString() } }).exec();
  }

  async listAutoDebitDue(today: LocalDate, limit: number): Promise<readonly string[]> {
    const found = await this.model
      .find({ 'autoDebit.enabled': true, status: 'ACTIVE', nextDueDate: { $lte: today.toString() } }, { _id: 1 })
      .limit(limit)
      .lean()
      .exec();
    return found.map(({ _id }) => _id);
  }
}
