import { notFound, Money, EMPTY_PAGE, UNSAVED } from '@bank/kernel';
import { canSee, type AuthenticatedPrincipal, type Principal } from '@bank/identity';
import { withIdempotency } from '@bank/messaging';
import { inferKeyType, isCreditedTo, PixKey, Transfer, type PixKey as Key, type TransferSender } from '../domain';
import type { Pix } from './context';
import { lookUp } from './keys';
import type { Page, PageRequest } from './ports';

export interface SendPixCommand {
  readonly toKey: string;
  readonly amount: string;
  readonly description?: string | null;
}

/** Sends a Pix from the caller; PENDING until the settlement worker settles or refuses it. */
export async function sendPix(pix: Pix, principal: AuthenticatedPrincipal, command: SendPixCommand, idempotencyKey: string): Promise<Transfer> {
  const id = await withIdempotency(pix.idempotency, { scope: `${principal.id}:sendPix`, key: idempotencyKey, input: command }, async () => {
    const sender: TransferSender = { name: principal.name, document: principal.document, customerId: principal.id };
    const { state, events } = Transfer.request(
      {
        id: pix.ids.uuid(),
        sender,
        toKey: parseAnyKey(command.toKey),
        amount: Money.parsePositive(command.amount, 'amount'),
        description: command.description ?? null,
      },
      pix.clock.now(),
    );
    await pix.transfers.save(state, UNSAVED, events);
    pix.metrics.transfer('requested');
    return state.id;
  });
  const transfer = await pix.transfers.get(id);
  if (transfer === null) throw notFound(`No Pix transfer ${id}`);
  return transfer;
}

/** A key in the form the payer wrote it, validated for its type. */
function parseAnyKey(raw: string): Key {
  const type = inferKeyType(raw.trim());
  if (type === null) return PixKey.parse('EMAIL', raw, 'toKey');
  return PixKey.parse(type, raw, 'toKey');
}

export interface SettlementPolicy {
  /** Latency of the central system, in ms. */
  readonly latencyMs: number;
  /** Injected failures: a reason to refuse this transfer, or null to settle it. */
  readonly failureFor: (transfer: Transfer) => string | null;
}

/**
 * The settlement worker's step, standing in for the central system (SPI): a pending transfer to a
 * key in the directory settles with an end-to-end id; to an unknown key it fails.
 */
export async function settleTransfer(pix: Pix, transferId: string, policy: SettlementPolicy): Promise<Transfer | null> {
  const transfer = await pix.transfers.get(transferId);
  if (transfer === null || transfer.status !== 'PENDING') return transfer;
  if (policy.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, policy.latencyMs));
  const now = pix.clock.now();
  const receiver = transfer.toKey === null ? null : await lookUp(pix, transfer.toKey.value);
  const refusal = receiver === null ? 'Unknown Pix key' : policy.failureFor(transfer);
  const outcome =
    refusal !== null || receiver === null
      ? Transfer.fail(transfer, refusal ?? 'Unknown Pix key', now)
      : Transfer.settle(
          transfer,
          {
            endToEndId: pix.ids.endToEndId(now),
            receiver: { name: receiver.holderName, document: receiver.holderDocument.value, customerId: receiver.ownerId },
          },
          now,
        );
  await pix.transfers.save(outcome.state, transfer.version, outcome.events);
  pix.metrics.transfer(outcome.state.status === 'SETTLED' ? 'settled' : 'failed', (now.getTime() - transfer.createdAt.getTime()) / 1000);
  return outcome.state;
}

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
