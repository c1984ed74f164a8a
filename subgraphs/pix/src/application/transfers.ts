import { PIX_ORDER_SOURCE } from '@bank/contracts';
import { notFound, EMPTY_PAGE } from '@bank/kernel';
import { canSee, type Principal } from '@bank/identity';
import { isCreditedTo, Transfer, type PixKey as Key } from '../domain';
import type { Pix } from './context';
import { lookUp } from './keys';
import { SIMULATED_OUTSIDE_INSTITUTION } from './payment-orders';
import type { Page, PageRequest, PixKeyRecord } from './ports';

export interface SettlementPolicy {
  /** Latency of the central system, in ms. */
  readonly latencyMs: number;
  /** Injected failures: a reason to refuse this transfer, or null to settle it (a test may answer later). */
  readonly failureFor: (transfer: Transfer) => string | null | Promise<string | null>;
}

/**
 * The settlement worker's step, standing in for the central system (SPI): a pending transfer to a
 * key in the directory settles with an end-to-end id; a Pix a customer sent from their account to a
 * key of another institution settles to that institution; a requested transfer to an unknown key fails.
 */
export async function settleTransfer(pix: Pix, transferId: string, policy: SettlementPolicy): Promise<Transfer | null> {
  const transfer = await pix.transfers.get(transferId);
  if (transfer === null || transfer.status !== 'PENDING') return transfer;
  if (policy.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, policy.latencyMs));
  const record = transfer.toKey === null ? null : await lookUp(pix, transfer.toKey.value);
  const receiver =
    record !== null
      ? ourReceiver(pix, record)
      : transfer.reference?.source === PIX_ORDER_SOURCE && transfer.toKey !== null
        ? outsideReceiver(transfer.toKey)
        : null;
  const refusal = receiver === null ? 'Unknown Pix key' : await policy.failureFor(transfer);
  const now = pix.clock.now();
  const outcome =
    refusal !== null || receiver === null
      ? Transfer.fail(transfer, refusal ?? 'Unknown Pix key', now, {
          code: 'UNPROCESSABLE',
          reason: receiver === null ? 'KEY_NOT_FOUND' : 'SETTLEMENT_REFUSED',
        })
      : Transfer.settle(transfer, { endToEndId: pix.ids.endToEndId(now), ...receiver }, now);
  await pix.transfers.save(outcome.state, transfer.version, outcome.events);
  pix.metrics.transfer(outcome.state.status === 'SETTLED' ? 'settled' : 'failed', (now.getTime() - transfer.createdAt.getTime()) / 1000);
  return outcome.state;
}

const ourReceiver = (pix: Pix, record: PixKeyRecord) => ({
  receiver: { name: record.holderName, document: record.holderDocument.value, customerId: record.ownerId },
  receiverInstitution: { ispb: pix.settings.institution.ispb, name: pix.settings.institution.name },
});

/** What the simulated central system says of a receiver at another institution: a document only when the key is one. */
const outsideReceiver = (key: Key) => ({
  receiver: { name: 'Recebedor em outra instituição', document: key.type === 'CPF' || key.type === 'CNPJ' ? key.value : '', customerId: null },
  receiverInstitution: SIMULATED_OUTSIDE_INSTITUTION,
});

/** A transfer as its sender sees it (staff see all), or as the customer it was credited to sees it; NOT_FOUND for anyone else. */
export async function findVisibleTransfer(pix: Pix, principal: Principal, id: string): Promise<Transfer> {
  const transfer = await pix.transfers.get(id);
  const visible =
    transfer !== null && (canSee(principal, transfer.sender.customerId ?? '') || (principal.kind === 'authenticated' && isCreditedTo(transfer, principal.id)));
  if (!visible) throw notFound(`No Pix transfer ${id}`);
  return transfer;
}

export function listSentTransfers(pix: Pix, principal: Principal, customerId: string, page: PageRequest): Promise<Page<Transfer>> {
  if (!canSee(principal, customerId)) return Promise.resolve(EMPTY_PAGE);
  return pix.transfers.listBySender(customerId, page);
}
