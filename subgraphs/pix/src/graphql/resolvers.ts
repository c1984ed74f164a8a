import { pageRequest } from '@bank/kernel';
import { scalarResolvers } from '@bank/graphql';
import { requireAuthenticated } from '@bank/identity';
import { brCodeOf, createCharge, findVisibleCharge, findVisibleCharges, listReceivedCharges, removeCharge, simulatePayment } from '../application/charges';
import { confirmKey, resendKeyCode, sandboxConfirmationCode } from '../application/key-confirmation';
import { deleteKey, listKeys, registerKey } from '../application/keys';
import { previewPayload, previewReceiver } from '../application/payload-preview';
import { refundPayment } from '../application/refunds';
import { findVisibleTransfer, listSentTransfers } from '../application/transfers';
import { Charge, maskedDocument, type Charge as ChargeState } from '../domain';
import type { Resolvers } from './generated/resolvers';
import { paymentOf, paymentsOf } from './mappers';

/** Thin: arguments to use cases, results to the schema's shapes. Authorization lives in the use cases. */
export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  Decimal: scalarResolvers.Decimal,

  Query: {
    pixCharge: (_, { txid }, { pix, principal }) => findVisibleCharge(pix, principal, txid),
    pixPayloadPreview: (_, { brCode }, { pix }) => previewPayload(pix, brCode),
    pixTransfer: (_, { id }, { pix, principal }) => findVisibleTransfer(pix, principal, id),
    pixKeyConfirmationCode: (_, { keyId }, { pix, principal }) => sandboxConfirmationCode(pix, requireAuthenticated(principal), keyId),
  },

  Mutation: {
    registerPixKey: async (_, { input }, { pix, principal }) => ({ pixKey: await registerKey(pix, requireAuthenticated(principal), input) }),
    confirmPixKey: async (_, { input }, { pix, principal }) => ({ pixKey: await confirmKey(pix, requireAuthenticated(principal), input) }),
    resendPixKeyCode: async (_, { input }, { pix, principal }) => ({ pixKey: await resendKeyCode(pix, requireAuthenticated(principal), input.keyId) }),
    deletePixKey: async (_, { input }, { pix, principal }) => ({ pixKey: await deleteKey(pix, requireAuthenticated(principal), input.key) }),
    createPixCharge: async (_, { input, idempotencyKey }, { pix, principal }) => ({
      charge: await createCharge(pix, requireAuthenticated(principal), input, idempotencyKey),
    }),
    removePixCharge: async (_, { input }, { pix, principal }) => ({ charge: await removeCharge(pix, requireAuthenticated(principal), input.txid) }),
    simulatePixPayment: async (_, { input }, { pix, principal }) => ({
      payment: paymentOf(await simulatePayment(pix, requireAuthenticated(principal), input.txid, input.amount)),
    }),
    refundPixPayment: async (_, { input, idempotencyKey }, { pix, principal }) => ({
      refund: await refundPayment(pix, requireAuthenticated(principal), input, idempotencyKey),
    }),
  },

  Customer: {
    pixKeys: ({ id }, _, { pix, principal }) => listKeys(pix, principal, id),
    pixCharges: ({ id }, { status, first, after }, { pix, principal }) => listReceivedCharges(pix, principal, id, pageRequest(first, after), status ?? null),
    pixTransfers: ({ id }, { first, after }, { pix, principal }) => listSentTransfers(pix, principal, id, pageRequest(first, after)),
  },

  PixKey: {
    type: (record) => record.key.type,
    key: (record) => record.key.value,
  },

  PixCharge: {
    __resolveReference: ({ txid }, { pix, principal, loaders }) =>
      loaders.get<ChargeState>('charge', (txids) => findVisibleCharges(pix, principal, txids)).load(txid),
    status: (charge, _, { pix }) => Charge.statusAt(charge, pix.clock.now()),
    key: (charge) => charge.receiver.key.value,
    receiverName: (charge) => charge.receiver.name,
    payer: (charge) => (charge.payer === null ? null : { name: charge.payer.name, document: charge.payer.document.value }),
    brCode: (charge, _, { pix }) => brCodeOf(pix, charge),
    qrCodePng: (charge, _, { pix }) => pix.qrCodes.png(brCodeOf(pix, charge)),
    qrCodeSvg: (charge, _, { pix }) => pix.qrCodes.svg(brCodeOf(pix, charge)),
    payments: (charge) => paymentsOf(charge),
  },

  PixPayment: {
    refundedAmount: (payment) => payment.refunds.reduce((sum, refund) => sum.add(refund.amount), payment.amount.subtract(payment.amount)),
    refunds: (payment) => payment.refunds.map((refund) => ({ ...refund, endToEndId: payment.endToEndId })),
  },

  PixRefund: {
    status: () => 'COMPLETED',
    createdAt: (refund) => refund.refundedAt,
  },

  PixTransfer: {
    toKey: (transfer) => transfer.toKey?.value ?? null,
    payer: ({ sender }) => ({ name: sender.name, document: maskedDocument(sender.document) }),
    failureReason: (transfer) => (transfer.status === 'FAILED' ? transfer.failureReason : null),
    endToEndId: (transfer) => (transfer.status === 'SETTLED' ? transfer.endToEndId : null),
    settledAt: (transfer) => (transfer.status === 'SETTLED' ? transfer.settledAt : null),
  },

  PixPayloadPreview: {
    receiver: (decoded, _, { pix }) => previewReceiver(pix, decoded),
  },
};
