import { TaxId, EMPTY_PAGE, pageOf, badInput, forbidden, isAppError, notFound, unprocessable, Money, parseAmountFor, UNSAVED, type Stored } from '@bank/kernel';
import { canSee, type AuthenticatedPrincipal, type Principal } from '@bank/identity';
import { idempotentObject, withIdempotency } from '@bank/messaging';
import {
  Charge,
  encodeBrCode,
  refuseChargeRequest,
  type ChargeParty,
  type ChargeRefusal,
  type ChargeReference,
  type ChargeStatusView,
  type CompletedCharge,
} from '../domain';
import type { Pix } from './context';
import { SIMULATED_OUTSIDE_INSTITUTION } from './payment-orders';
import { removeByPsp } from './charge-removals';
import { findOwnActiveKey, lookUp } from './keys';
import type { Page, PageRequest } from './ports';

export interface CreateChargeCommand {
  readonly key: string;
  readonly amount?: string | null;
  readonly description?: string | null;
  readonly expiresInSeconds?: number | null;
  readonly payer?: { readonly name: string; readonly document: string } | null;
}

/** Creates a charge to one of the caller's keys; a retry with the same idempotency key returns the same charge. */
export async function createCharge(pix: Pix, principal: AuthenticatedPrincipal, command: CreateChargeCommand, idempotencyKey: string): Promise<Charge> {
  let written: Charge | undefined;
  const txid = await withIdempotency(pix.idempotency, { scope: `${principal.id}:createPixCharge`, key: idempotencyKey, input: command }, async () => {
    const record = await findOwnActiveKey(pix, principal, command.key);
    const payer =
      command.payer == null ? null : { name: command.payer.name, document: TaxId.parse(command.payer.document, 'payer.document'), customerId: null };
    const { state, events } = Charge.create(
      {
        txid: pix.ids.txid(),
        receiver: { key: record.key, name: record.holderName, document: record.holderDocument, customerId: principal.id },
        amount: command.amount == null ? null : parseAmountFor('PIX_CHARGE', command.amount, 'amount'),
        description: command.description ?? null,
        payer,
        expiresInSeconds: command.expiresInSeconds ?? null,
      },
      pix.clock.now(),
    );
    assertEncodable(pix, state);
    written = await pix.charges.save(state, UNSAVED, events);
    pix.metrics.charge('created');
    return state.txid;
  });
  // The state just written, without reading it back; a retry of the key gets the charge as it is now.
  return written ?? requireCharge(pix, txid);
}

/** A charge as its receiver or its named payer sees it; NOT_FOUND for anyone else, so txids cannot be probed. */
export async function findVisibleCharge(pix: Pix, principal: Principal, txid: string): Promise<Stored<Charge>> {
  const charge = await pix.charges.get(txid);
  if (charge === null || !isVisibleTo(charge, principal)) throw notFound(`No Pix charge ${txid}`);
  return charge;
}

/** The charges among `txids` the caller may see, in one round trip (entity references). */
export async function findVisibleCharges(pix: Pix, principal: Principal, txids: readonly string[]): Promise<ReadonlyMap<string, Stored<Charge>>> {
  const found = await pix.charges.getMany(txids);
  return new Map([...found].filter(([, charge]) => isVisibleTo(charge, principal)));
}

/** The payer the receiver named, or the customer who paid it from their account. */
const isPayer = (charge: Charge, principal: Principal): boolean =>
  principal.kind === 'authenticated' &&
  ((charge.payer !== null && (charge.payer.customerId === principal.id || charge.payer.document.value === principal.document)) ||
    charge.payments[0]?.payer.customerId === principal.id);

export const isVisibleTo = (charge: Charge, principal: Principal): boolean => canSee(principal, charge.receiver.customerId ?? '') || isPayer(charge, principal);

/** The receiver or the payer: staff see every charge, but may not act as a party to a customer's. */
const isPartyTo = (charge: Charge, principal: AuthenticatedPrincipal): boolean => charge.receiver.customerId === principal.id || isPayer(charge, principal);

export async function removeCharge(pix: Pix, principal: AuthenticatedPrincipal, txid: string): Promise<Charge> {
  const charge = await pix.charges.get(txid);
  if (charge === null || charge.receiver.customerId !== principal.id) throw notFound(`No Pix charge ${txid}`);
  const { state, events } = Charge.remove(charge, 'RECEIVER', pix.clock.now());
  await pix.charges.save(state, charge.version, events);
  pix.metrics.charge('removed');
  return state;
}

export interface SimulatedPayment {
  readonly charge: CompletedCharge;
}

/** Sandbox: an external payer pays the charge. Exactly one of concurrent payments wins; the others get CONFLICT. */
export function simulatePayment(
  pix: Pix,
  principal: AuthenticatedPrincipal,
  txid: string,
  amount: string | null | undefined,
  idempotencyKey: string,
): Promise<CompletedCharge> {
  if (!pix.settings.sandboxEnabled) return Promise.reject(unprocessable('The Pix sandbox is turned off here'));
  return idempotentObject(
    pix.idempotency,
    { scope: `${principal.id}:simulatePixPayment`, key: idempotencyKey, input: { txid, amount: amount ?? null } },
    () => payAsOutsidePayer(pix, principal, txid, amount),
    { idOf: (charge) => charge.txid, load: async (paid) => (await findVisibleCharge(pix, principal, paid)) as CompletedCharge },
  );
}

async function payAsOutsidePayer(pix: Pix, principal: AuthenticatedPrincipal, txid: string, amount: string | null | undefined): Promise<CompletedCharge> {
  const charge = await findVisibleCharge(pix, principal, txid);
  if (!isPartyTo(charge, principal)) throw forbidden('Staff may read this charge, not pay it as the payer');
  const now = pix.clock.now();
  const paid = amount == null ? charge.amount : parseAmountFor('PIX_CHARGE_PAYMENT', amount, 'amount');
  if (paid === null) throw badInput('This charge lets the payer choose the amount: give one', 'amount');
  const payer: ChargeParty = charge.payer ?? { name: 'Pagador Sandbox', document: TaxId.parse('00000000191'), customerId: null };
  const { state, events } = Charge.pay(
    charge,
    { endToEndId: pix.ids.endToEndId(now), amount: paid, payer, payerInstitution: SIMULATED_OUTSIDE_INSTITUTION },
    now,
  );
  await pix.charges.save(state, charge.version, events);
  pix.metrics.charge('paid', paid);
  return state;
}

/** Records the expiry of every charge past its time, once each (the expiry sweeper). Returns how many. */
export async function expireDueCharges(pix: Pix, batchSize = 100): Promise<number> {
  const now = pix.clock.now();
  let expired = 0;
  for (const charge of await pix.charges.dueForExpiry(now, batchSize)) {
    const { state, events } = Charge.expire(charge, now);
    if (events.length === 0) continue;
    try {
      await pix.charges.save(state, charge.version, events);
      pix.metrics.charge('expired');
      expired += 1;
    } catch {
      // Paid, removed or expired by another replica meanwhile: nothing left to record.
    }
  }
  return expired;
}

export function listReceivedCharges(
  pix: Pix,
  principal: Principal,
  customerId: string,
  page: PageRequest,
  status: ChargeStatusView | null,
): Promise<Page<Charge>> {
  if (!canSee(principal, customerId)) return Promise.resolve(EMPTY_PAGE);
  if (status === null) return pix.charges.listByReceiver(customerId, page);
  return filteredPage(pix, customerId, page, status);
}

/**
 * Pages through the receiver's charges until `first` of them have the status (derived statuses cannot be
 * indexed), reading at most MAX_SCANNED_PAGES store pages per request: a page may then hold fewer than
 * `first` charges, with `hasNextPage` and a cursor that continues after what was read.
 */
async function filteredPage(pix: Pix, customerId: string, { first, after }: PageRequest, status: ChargeStatusView): Promise<Page<Charge>> {
  const now = pix.clock.now();
  const edges: Page<Charge>['edges'][number][] = [];
  let cursor = after;
  let more = true;
  for (let scanned = 0; more && edges.length <= first && scanned < MAX_SCANNED_PAGES; scanned += 1) {
    const page = await pix.charges.listByReceiver(customerId, { first: MAX_SCAN_PAGE, after: cursor });
    for (const edge of page.edges) if (Charge.statusAt(edge.node, now) === status) edges.push(edge);
    ({ hasNextPage: more, endCursor: cursor } = page.pageInfo);
  }
  if (edges.length > first) return pageOf(edges.slice(0, first), { after, hasNextPage: true });
  return pageOf(edges, more ? { after, hasNextPage: true, endCursor: cursor } : { after, hasNextPage: false });
}

const MAX_SCANNED_PAGES = 5;
const MAX_SCAN_PAGE = 100;

/** The BR Code (copia e cola) of a charge: receiver name from the key holder, city from configuration. */
/** A charge whose BR Code cannot be written (a receiver name with no character it can carry) would fail on every read: refuse it before saving. */
function assertEncodable(pix: Pix, charge: Charge): void {
  try {
    brCodeOf(pix, charge);
  } catch (error) {
    if (isAppError(error)) throw unprocessable(`This charge cannot be written as a BR Code: ${error.message}`);
    throw error;
  }
}

export function brCodeOf(pix: Pix, charge: Charge): string {
  return encodeBrCode({
    key: charge.receiver.key,
    merchantName: charge.receiver.name,
    merchantCity: pix.settings.merchantCity,
    amount: charge.amount,
    txid: charge.txid,
    description: charge.description,
    pointOfInitiation: 'SINGLE_USE',
  });
}

export async function requireCharge(pix: Pix, txid: string): Promise<Charge> {
  const charge = await pix.charges.get(txid);
  if (charge === null) throw notFound(`No Pix charge ${txid}`);
  return charge;
}

export interface ChargeRequest {
  readonly reference: ChargeReference;
  /** The requester's choice, so it can refer to the charge at once. */
  readonly txid: string;
  readonly payer: { readonly customerId: string; readonly name: string; readonly document: string };
  readonly amount: string;
  readonly description?: string | null;
  readonly expiresInSeconds?: number | null;
}

/**
 * A charge another subgraph asks for (a premium, an installment), payable by its customer to the
 * bank's collection key. One charge per reference: a repeated request returns the first. A request
 * Pix will not carry out (over the charge ceiling, a payer a BR Code cannot name) is refused once,
 * with `pix.charge.refused` to the requester, and never retried.
 */
export async function createRequestedCharge(pix: Pix, request: ChargeRequest): Promise<Charge | ChargeRefusal> {
  const existing = (await pix.charges.get(request.txid)) ?? (await pix.charges.findByReference(request.reference)) ?? (await pix.refusals.get(request.txid));
  if (existing !== null) return existing;
  const { institution } = pix.settings;
  const collection = await lookUp(pix, institution.collectionKey);
  if (collection === null) throw new Error(`The collection key ${institution.collectionKey} is not registered`);
  const now = pix.clock.now();
  let created: ReturnType<typeof Charge.create>;
  try {
    created = Charge.create(
      {
        txid: request.txid,
        receiver: { key: collection.key, name: institution.name, document: TaxId.parse(institution.document), customerId: institution.customerId },
        amount: Money.parsePositive(request.amount),
        description: request.description ?? null,
        payer: { name: request.payer.name, document: TaxId.parse(request.payer.document, 'payer.document'), customerId: request.payer.customerId },
        expiresInSeconds: request.expiresInSeconds ?? null,
        reference: request.reference,
      },
      now,
    );
    assertEncodable(pix, created.state);
  } catch (error) {
    if (!isAppError(error)) throw error;
    const refused = refuseChargeRequest(request, error, now);
    return pix.refusals.save(refused.state, UNSAVED, refused.events);
  }
  await pix.charges.save(created.state, UNSAVED, created.events);
  pix.metrics.charge('created');
  return created.state;
}

/**
 * The requester of a charge says it no longer applies: removed by the PSP while still open, so that
 * nobody can pay it any more; a paid, expired or removed one stays as it is. A charge not created yet
 * (its request still on its way) is retried; another requester's charge is refused.
 */
export async function removeSupersededCharge(pix: Pix, requester: string, txid: string): Promise<Charge> {
  const charge = await pix.charges.get(txid);
  if (charge === null) throw new Error(`No Pix charge ${txid} yet: its removal waits for it`);
  if (charge.reference?.source !== requester) throw unprocessable(`Charge ${txid} was not requested by ${requester}`);
  return removeByPsp(pix, charge);
}
