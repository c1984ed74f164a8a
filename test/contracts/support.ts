import { AMOUNT_CEILINGS, isAppError, Money, TaxId, type AppError, type DomainEvent } from '@bank/kernel';
import type { EventConsumer } from '@bank/platform';
import { ownerOf, routingKeyOf } from '@bank/messaging';
import { Charge, PixKey, refuseChargeRequest, Transfer } from '../../subgraphs/pix/src/domain';
import { requesterOf } from '../../subgraphs/pix/src/infrastructure/dynamodb/outbox-events';

/** The consumer of that name, as its service declares it. */
export function consumerNamed(consumers: readonly EventConsumer[], name: string): EventConsumer {
  const consumer = consumers.find((candidate) => candidate.name === name);
  if (consumer === undefined) throw new Error(`no consumer ${name}`);
  return consumer;
}

/** What the consumer's schema makes of the event's data as it travels (JSON, routed as its producer's envelope says), or the validation error. */
export function readBy(consumer: EventConsumer, event: DomainEvent): unknown {
  const routingKey = routingKeyOf({ type: event.type, requester: ownerOf(event.type) === 'pix' ? requesterOf(event) : undefined });
  if (!consumer.bindings.some((binding) => matches(binding, routingKey))) throw new Error(`${consumer.name} is not bound to ${routingKey}`);
  return consumer.schema.parse(JSON.parse(JSON.stringify(event.data)));
}

/** RabbitMQ topic matching for the patterns our consumers use (`*` one word, `#` any, none included). */
const matches = (binding: string, routingKey: string): boolean =>
  new RegExp(`^${binding.replaceAll('.', '\\.').replaceAll('*', '[^.]+').replaceAll('\\.#', '(\\..*)?').replaceAll('#', '.*')}$`).test(routingKey);

const now = new Date('2026-03-07T12:00:00.000Z');
const institution = { name: 'Banco Digital S.A.', document: '11222333000181', customerId: 'urn:bank:institution' };
const payer = { name: 'Maria Silva', document: '52998224725', customerId: 'c-maria' };
const chargePayer = { ...payer, document: TaxId.parse(payer.document) };

/** The events Pix's own domain publishes about a charge asked for with `reference`. */
export function pixEventsFor(reference: { source: string; id: string }) {
  const created = Charge.create(
    {
      txid: 'REQUESTEDCHARGE0000000001',
      receiver: { ...institution, key: PixKey.parse('CNPJ', institution.document), document: TaxId.parse(institution.document) },
      amount: Money.parse('150.00'),
      description: 'Parcela 1',
      payer: chargePayer,
      expiresInSeconds: 3600,
      reference,
    },
    now,
  );
  const paid = Charge.pay(created.state, { endToEndId: 'E12345678202603071230abcdefghijk', amount: Money.parse('150.00'), payer: chargePayer }, now);
  const expired = Charge.expire(created.state, new Date(now.getTime() + 3_600_000));
  const requested = Transfer.request(
    { id: 't-1', sender: institution, toKey: PixKey.parse('CPF', payer.document), amount: Money.parse('25.00'), reference },
    now,
  );
  const settled = Transfer.settle(requested.state, { endToEndId: 'E12345678202603071200abcdefghijk', receiver: payer }, now);
  const failed = Transfer.fail(requested.state, 'unknown Pix key', now);
  const refused = refuseChargeRequest({ txid: 'REQUESTEDCHARGE0000000002', reference }, overTheCeiling(), now);
  return {
    chargeRefused: refused.events[0]!,
    chargeCreated: created.events[0]!,
    chargePaid: paid.events[0]!,
    chargeExpired: expired.events[0]!,
    transferSettled: settled.events[0]!,
    transferFailed: failed.events[0]!,
  };
}

/** What Pix's domain refuses a charge over its ceiling with. */
function overTheCeiling(): AppError {
  const amount = Money.parse(AMOUNT_CEILINGS.PIX_CHARGE).add(Money.fromCents(1));
  const receiver = { ...institution, key: PixKey.parse('CNPJ', institution.document), document: TaxId.parse(institution.document) };
  try {
    Charge.create({ txid: 'REQUESTEDCHARGE0000000002', receiver, amount, payer: chargePayer }, now);
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('Pix created a charge over its ceiling');
}
