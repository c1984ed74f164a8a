import { PixInstitution, PixRefusal } from '@bank/contracts';
import { z } from 'zod';
import type { Transfer } from '../../domain';
import { amount, fromAmount, fromInstant, fromKey, instant, keyDocument, partyDocument, referenceDocument, toInstant, toKey } from './fields';

const transferFields = {
  id: z.string(),
  sender: partyDocument,
  toKey: keyDocument.nullable(),
  amount,
  description: z.string().nullable(),
  reference: referenceDocument.nullable(),
  createdAt: instant,
};

/** A transfer as plain JSON. */
export const transferDocument = z.discriminatedUnion('status', [
  z.object({ ...transferFields, status: z.literal('PENDING') }),
  z.object({
    ...transferFields,
    status: z.literal('SETTLED'),
    endToEndId: z.string(),
    receiver: partyDocument,
    receiverInstitution: PixInstitution.nullable().optional(),
    settledAt: instant,
  }),
  z.object({ ...transferFields, status: z.literal('FAILED'), failureReason: z.string(), refusal: PixRefusal.nullable().optional(), failedAt: instant }),
]);

export type TransferDocument = z.infer<typeof transferDocument>;

export function transferToDocument(transfer: Transfer): TransferDocument {
  const fields = {
    id: transfer.id,
    sender: transfer.sender,
    toKey: transfer.toKey === null ? null : toKey(transfer.toKey),
    amount: transfer.amount.toString(),
    description: transfer.description,
    reference: transfer.reference,
    createdAt: toInstant(transfer.createdAt),
  };
  switch (transfer.status) {
    case 'PENDING':
      return { ...fields, status: transfer.status };
    case 'SETTLED':
      return {
        ...fields,
        status: transfer.status,
        endToEndId: transfer.endToEndId,
        receiver: transfer.receiver,
        receiverInstitution: transfer.receiverInstitution,
        settledAt: toInstant(transfer.settledAt),
      };
    case 'FAILED':
      return { ...fields, status: transfer.status, failureReason: transfer.failureReason, refusal: transfer.refusal, failedAt: toInstant(transfer.failedAt) };
  }
}

/** Validates `input` as a TransferDocument (throws when it is not one) and returns the transfer it holds. */
export function transferFromDocument(input: unknown): Transfer {
  const document = transferDocument.parse(input);
  const fields = {
    id: document.id,
    sender: document.sender,
    toKey: document.toKey === null ? null : fromKey(document.toKey),
    amount: fromAmount(document.amount),
    description: document.description,
    reference: document.reference,
    createdAt: fromInstant(document.createdAt),
  };
  switch (document.status) {
    case 'PENDING':
      return { ...fields, status: document.status };
    case 'SETTLED':
      return {
        ...fields,
        status: document.status,
        endToEndId: document.endToEndId,
        receiver: document.receiver,
        receiverInstitution: document.receiverInstitution ?? null,
        settledAt: fromInstant(document.settledAt),
      };
    case 'FAILED':
      return {
        ...fields,
        status: document.status,
        failureReason: document.failureReason,
        refusal: document.refusal ?? null,
        failedAt: fromInstant(document.failedAt),
      };
  }
}
