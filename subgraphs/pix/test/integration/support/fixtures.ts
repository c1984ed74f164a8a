import { randomUUID } from 'node:crypto';
import { TaxId, AppError, type ErrorCode, Money } from '@bank/kernel';
import { Charge, PixKey, Transfer, type ActiveCharge, type ChargeReference, type PartyData } from '../../../src/domain';
import { CryptoIdGenerator } from '../../../src/infrastructure/ids';

export const ids = new CryptoIdGenerator({ ispb: '12345678' });

export const receiverDocument = TaxId.parse('11.222.333/0001-81');
export const payerDocument = TaxId.parse('529.982.247-25');

export const at = (iso: string): Date => new Date(iso);
export const plusSeconds = (date: Date, seconds: number): Date => new Date(date.getTime() + seconds * 1000);

export interface ChargeOptions {
  readonly customerId?: string | null;
  readonly createdAt?: Date;
  readonly reference?: ChargeReference | null;
  readonly expiresInSeconds?: number;
}

export function newCharge({ customerId = randomUUID(), createdAt = new Date(), reference = null, expiresInSeconds }: ChargeOptions = {}) {
  return Charge.create(
    {
      txid: ids.txid(),
      receiver: { name: 'Padaria Pão Quente', document: receiverDocument, customerId, key: PixKey.parse('EMAIL', 'caixa@padaria.example.com') },
      amount: Money.parse('25.90'),
      description: 'Pão francês e café',
      payer: { name: 'Maria Silva', document: payerDocument, customerId: null },
      reference,
      expiresInSeconds,
    },
    createdAt,
  );
}

export const payCharge = (charge: ActiveCharge, paidAt: Date) =>
  Charge.pay(
    charge,
    { endToEndId: ids.endToEndId(paidAt), amount: Money.parse('25.90'), payer: { name: 'Maria Silva', document: payerDocument, customerId: randomUUID() } },
    paidAt,
  );

export interface TransferOptions {
  readonly customerId?: string | null;
  readonly createdAt?: Date;
  readonly reference?: ChargeReference | null;
}

const sender = (customerId: string | null): PartyData => ({ name: 'João Souza', document: payerDocument.value, customerId });

export const requestTransfer = ({ customerId = randomUUID(), createdAt = new Date(), reference = null }: TransferOptions = {}) =>
  Transfer.request(
    {
      id: ids.uuid(),
      sender: sender(customerId),
      toKey: PixKey.parse('PHONE', '+5511987654321'),
      amount: Money.parse('150.00'),
      description: 'Aluguel',
      reference,
    },
    createdAt,
  );

export const receiver: PartyData = { name: 'Ana Lima', document: receiverDocument.value, customerId: randomUUID() };

/** Resolves to the AppError code the promise rejected with; fails when it fulfilled or threw something else. */
export async function rejectionCode(promise: Promise<unknown>): Promise<ErrorCode> {
  const error: unknown = await promise.then(
    () => new Error('expected a rejection, but the promise fulfilled'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw error;
  return error.code;
}
