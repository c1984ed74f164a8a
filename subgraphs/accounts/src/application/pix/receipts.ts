import { badInput, notFound } from '@bank/kernel';
import type { Principal } from '@bank/identity';
import { isPartyToReceipt, type PixReceipt } from '../../domain/pix';
import type { Accounts } from '../context';

/** A receipt for its payer and its receiver (staff: any); NOT_FOUND for anyone else, as for one that does not exist. */
export async function findReceipt(context: Accounts, principal: Principal, endToEndId: string): Promise<PixReceipt> {
  const receipt = await context.pix.store.receipt(endToEndId);
  const visible = receipt !== null && principal.kind === 'authenticated' && (principal.roles.includes('staff') || isPartyToReceipt(receipt, principal.id));
  if (!visible) throw notFound(`No Pix receipt ${endToEndId}`);
  return receipt;
}

export const renderReceiptPdf = (context: Accounts, receipt: PixReceipt): string =>
  `data:application/pdf;base64,${context.pix.receipts.pdf(receipt).toString('base64')}`;

export interface ReceivedPage {
  readonly edges: readonly { readonly cursor: string; readonly node: PixReceipt }[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

const MAX_PAGE = 100;
const EMPTY: ReceivedPage = { edges: [], hasNextPage: false, hasPreviousPage: false };

/** Every Pix credited to the customer, newest first, for them and staff; nothing for anyone else. */
export async function pixReceivedBy(context: Accounts, principal: Principal, customerId: string, first: number, after: string | null): Promise<ReceivedPage> {
  const allowed = principal.kind === 'authenticated' && (principal.id === customerId || principal.roles.includes('staff'));
  if (!allowed) return EMPTY;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badInput(`first must be from 1 to ${MAX_PAGE}`, 'first');
  const position = after === null ? null : decodeCursor(after);
  const rows = await context.pix.store.receivedBy(customerId, { first: first + 1, after: position });
  return {
    edges: rows.slice(0, first).map(({ position: at, receipt }) => ({ cursor: encodeCursor(at), node: receipt })),
    hasNextPage: rows.length > first,
    hasPreviousPage: position !== null,
  };
}

const encodeCursor = (position: bigint): string => Buffer.from(`received:${position}`).toString('base64url');

function decodeCursor(cursor: string): bigint {
  const match = /^received:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (match === null) throw badInput('after is not a cursor of this list', 'after');
  return BigInt(match[1] ?? '0');
}
