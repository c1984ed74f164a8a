import { Schema, type Connection } from 'mongoose';
import { cloudEvent, type CloudEvent } from '@bank/messaging';
import { testEndpoints, uniqueName } from '@bank/testing';
import { connectMongo, outboxPlugin, type Mongo, type OutboxFields } from '../src';

/** Connects to a database of the test file's own; `drop` removes it and closes every connection opened here. */
export async function openTestDatabase(prefix: string): Promise<{ connect: () => Promise<Mongo>; drop: () => Promise<void> }> {
  const dbName = uniqueName(prefix);
  const opened: Mongo[] = [];
  const connect = async (): Promise<Mongo> => {
    const mongo = await connectMongo({ url: testEndpoints.mongodbUrl, dbName, autoIndex: false });
    opened.push(mongo);
    return mongo;
  };
  const drop = async (): Promise<void> => {
    await opened[0]?.connection.dropDatabase();
    await Promise.all(opened.map((mongo) => mongo.close()));
  };
  return { connect, drop };
}

export interface LoanDocument extends OutboxFields {
  _id: string;
  status: string;
  principal: string;
}

export interface NoteDocument extends OutboxFields {
  text: string;
}

export const loanModel = (connection: Connection) => {
  const schema = new Schema<LoanDocument>({ _id: String, status: { type: String, required: true }, principal: { type: String, required: true } });
  schema.plugin(outboxPlugin);
  return connection.model<LoanDocument>('Loan', schema, 'loans');
};

/** A second model, with mongoose's default ObjectId _id. */
export const noteModel = (connection: Connection) => {
  const schema = new Schema<NoteDocument>({ text: { type: String, required: true } });
  schema.plugin(outboxPlugin);
  return connection.model<NoteDocument>('Note', schema, 'notes');
};

export const event = (subject: string, type = 'loans.loan.changed', data: unknown = { subject }): CloudEvent =>
  cloudEvent({ source: '/test/mongo', type, subject, data });
