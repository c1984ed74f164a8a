import { type DomainEvent, conflict } from '@bank/kernel';
import { insertWithEvents, updateWithEvents, type StateUpdate } from '@bank/store-mongo';
import type { Model } from 'mongoose';
import { StaleLoanError, type LoanRepository, type StoredLoan } from '../../application/ports';
import type { LoanAggregate, LoanStatus, LocalDate } from '../../domain';
import { outboxEvents } from '../outbox-events';
import { fromDocument, OPTIONAL_FIELDS, toDocument, type LoanDocument } from './loan-document';

export interface MongoLoanRepositoryOptions {
  readonly model: Model<LoanDocument>;
  /** Called after every write that recorded events (e.g. to wake the outbox relay). */
  readonly afterWrite?: () => void;
}

/** Loans in the `loans` collection, each change written with its events in one versioned single-document write. */
export class MongoLoanRepository implements LoanRepository {
  private readonly model: Model<LoanDocument>;
  private readonly afterWrite: () => void;

  constructor({ model, afterWrite = () => undefined }: MongoLoanRepositoryOptions) {
    this.model = model;
    this.afterWrite = afterWrite;
  }

  async insert(loan: LoanAggregate, events: readonly DomainEvent[]): Promise<StoredLoan> {
    if (!(await insertWithEvents(this.model, toDocument(loan), outboxEvents(events)))) throw conflict(`Loan ${loan.loan.id} exists`);
    this.written(events);
    return { ...loan, version: 0 };
  }

  async update(loan: LoanAggregate, expectedVersion: number, events: readonly DomainEvent[]): Promise<StoredLoan> {
    const { _id, ...fields } = toDocument(loan);
    const absent = OPTIONAL_FIELDS.filter((field) => !(field in fields));
    const update = {
      $set: fields,
      ...(absent.length > 0 && { $unset: Object.fromEntries(absent.map((field) => [field, ''])) }),
    } as StateUpdate<LoanDocument>;
    if (!(await updateWithEvents(this.model, { _id, version: expectedVersion }, update, outboxEvents(events)))) throw new StaleLoanError(_id);
    this.written(events);
    return { ...loan, version: expectedVersion + 1 };
  }

  async getForUpdate(id: string): Promise<StoredLoan | null> {
    const document = await this.model.findById(id).lean().exec();
    return document === null ? null : fromDocument(document);
  }

  get(id: string): Promise<StoredLoan | null> {
    return this.getForUpdate(id);
  }

  async getMany(ids: readonly string[]): Promise<ReadonlyMap<string, StoredLoan>> {
    const documents = await this.model.find({ _id: { $in: [...ids] } }).lean().exec();
    return new Map(documents.map((document) => [document._id, fromDocument(document)]));
  }

  async findByChargeTxids(txids: readonly string[]): Promise<readonly StoredLoan[]> {
    const documents = await this.model.find({ 'charges.txid': { $in: [...txids] } }).lean().exec();
    return documents.map(fromDocument);
  }

  async listByCustomer(customerId: string, status: LoanStatus | null): Promise<readonly StoredLoan[]> {
    const documents = await this.model
      .find({ customerId, ...(status !== null && { status }) })
      .sort({ requestedAt: -1 })
      .lean()
      .exec();
    return documents.map(fromDocument);
  }

  countOverdue(today: LocalDate): Promise<number> {
    return this.model.countDocuments({ status: 'ACTIVE', nextDueDate: { $lt: today.toString() } }).exec();
  }

  private written(events: readonly DomainEvent[]): void {
    if (events.length > 0) this.afterWrite();
  }
}
