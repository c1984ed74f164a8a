import { MongoAggregateStore, type AggregateDocumentMapper } from '@bank/store-mongo';
import type { Model } from 'mongoose';
import { badInput, pageOf, type Page, type PageRequest, type BusinessDate } from '@bank/kernel';
import type { LoanRepository, StoredLoan } from '../../application/ports';
import type { LoanAggregate, LoanStatus } from '../../domain';
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

  async listByCustomer(customerId: string, status: LoanStatus | null, { first, after }: PageRequest): Promise<Page<StoredLoan>> {
    const documents = await this.model
      .find({ customerId, ...(status !== null && { status }), ...(after !== null && olderThan(decodeCursor(after))) })
      .sort({ requestedAt: -1, _id: -1 })
      .limit(first + 1)
      .lean()
      .exec();
    const edges = documents.slice(0, first).map((document) => ({ node: this.stored(document), cursor: encodeCursor(document) }));
    return pageOf(edges, { after, hasNextPage: documents.length > first });
  }

  countOverdue(today: BusinessDate): Promise<number> {
    return this.model.countDocuments({ status: 'ACTIVE', nextDueDate: { $lt: today.toString() } }).exec();
  }

  async listAutoDebitDue(today: BusinessDate, limit: number): Promise<readonly string[]> {
    const found = await this.model
      .find({ 'autoDebit.enabled': true, status: 'ACTIVE', nextDueDate: { $lte: today.toString() } }, { _id: 1 })
      .limit(limit)
      .lean()
      .exec();
    return found.map(({ _id }) => _id);
  }
}

/** Where a listing resumes: after the loan requested at `requestedAt` with id `id` (newest first, the id breaking ties). */
interface ListingPosition {
  readonly requestedAt: Date;
  readonly id: string;
}

const encodeCursor = ({ requestedAt, _id }: { requestedAt: Date | string; _id: string }): string =>
  Buffer.from(JSON.stringify([new Date(requestedAt).toISOString(), _id])).toString('base64url');

function decodeCursor(cursor: string): ListingPosition {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const requestedAt = new Date(String(at));
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(requestedAt.getTime())) return { requestedAt, id };
  } catch {
    // falls through to the refusal below
  }
  throw badInput('after must be an endCursor returned by this list', 'after');
}

const olderThan = ({ requestedAt, id }: ListingPosition) => ({ $or: [{ requestedAt: { $lt: requestedAt } }, { requestedAt, _id: { $lt: id } }] });
