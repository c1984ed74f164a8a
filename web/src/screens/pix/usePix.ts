/** The Pix screen's data: keys, charges (and the live status of an open one), paying a code, sending to a key, received Pix, receipts, limits. */
import { useApolloClient, useLazyQuery, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import {
  CheckoutChargeStatusDocument,
  CreateCheckoutChargeDocument,
  PixAccountActivityDocument,
  PixReceiptWithPdfDocument,
  PixScreenDocument,
  PreviewPastedCodeDocument,
  SendPixToKeyDocument,
  UpdatePixLimitsDocument,
  type PreviewPastedCodeQuery,
} from '../../../../schema/operations/generated/graphql';
import { fieldErrors, formErrorsOf, NO_ERRORS } from '../../lib/errors';
import { newIdempotencyKey } from '../../lib/idempotency';
import { parseAmount, parseDocument } from '../../lib/parse';
import { section } from '../../lib/section';
import { usePayFromAccount, type PixOrder } from '../../lib/usePayFromAccount';
import { parseLimits, type LimitsForm } from '../../lib/pix-limits';
import { useSubmission } from '../../lib/useSubmission';

const REFRESH = { refetchQueries: ['PixScreen', 'HomePix'] };

export interface ChargeForm {
  readonly amount: string;
  readonly description: string;
  readonly payerName: string;
  readonly payerDocument: string;
}

export function usePix() {
  const screen = useQuery(PixScreenDocument, { errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const [create, creating] = useMutation(CreateCheckoutChargeDocument, REFRESH);
  const [send, sending] = useMutation(SendPixToKeyDocument, REFRESH);
  const [preview, previewing] = useLazyQuery(PreviewPastedCodeDocument, { fetchPolicy: 'network-only', errorPolicy: 'all' });
  const [readReceipt, receipt] = useLazyQuery(PixReceiptWithPdfDocument, { errorPolicy: 'all' });
  const [updateLimits, updatingLimits] = useMutation(UpdatePixLimitsDocument);
  const payment = usePayFromAccount(REFRESH.refetchQueries);
  const chargeForm = useSubmission();
  const sendForm = useSubmission();
  const limitsForm = useSubmission();
  const [created, setCreated] = useState<{ readonly txid: string; readonly qrCodePng: string } | null>(null);
  const [previewed, setPreviewed] = useState<{ readonly brCode: string; readonly code: PreviewPastedCodeQuery['pixPayloadPreview'] } | null>(null);
  const [paid, setPaid] = useState<PixOrder | null>(null);
  // The Pix fields come back null together when the pix service does not answer.
  const loaded = section(screen, (data) => (data.me.pixKeys === null ? null : data.me));
  const me = loaded.state === 'ready' ? loaded.data : null;

  return {
    loading: loaded.state === 'loading',
    unavailable: loaded.state === 'unavailable',
    accounts: me?.accounts ?? [],
    /** Every key, pending ones included (the keys section confirms them). */
    allKeys: me?.pixKeys ?? [],
    /** The keys that receive: a phone or e-mail key waiting for its code does not. */
    keys: me?.pixKeys?.filter(({ status }) => status === 'ACTIVE') ?? [],
    charges: me?.pixCharges?.edges.map(({ node }) => node) ?? [],
    transfers: me?.pixTransfers?.edges.map(({ node }) => node) ?? [],
    received: me?.pixReceived?.edges.map(({ node }) => node) ?? [],
    /** The charge just created, with its QR image: the screen shows it and follows its status. */
    created,

    chargeErrors: chargeForm.errors,
    creating: creating.loading,
    createCharge: async ({ amount, description, payerName, payerDocument }: ChargeForm, key: string) => {
      const parsed = parseAmount(amount);
      const payer = payerDocument.trim() === '' ? null : parseDocument(payerDocument);
      const problems = fieldErrors({
        amount: parsed.ok ? undefined : parsed.message,
        'payer.document': payer && !payer.ok ? payer.message : undefined,
        'payer.name': payer && payerName.trim() === '' ? 'Informe o nome de quem paga' : undefined,
        key: key === '' ? 'Cadastre uma chave Pix para receber' : undefined,
      });
      if (Object.keys(problems.fields).length > 0 || !parsed.ok) return chargeForm.setErrors(problems);
      await chargeForm.run(async () => {
        const { data } = await create({
          variables: {
            idempotencyKey: newIdempotencyKey(),
            input: {
              key,
              amount: parsed.value,
              ...(description.trim() ? { description: description.trim() } : {}),
              ...(payer?.ok ? { payer: { name: payerName.trim(), document: payer.value } } : {}),
            },
          },
        });
        setCreated(data ? { txid: data.createPixCharge.charge.txid, qrCodePng: data.createPixCharge.charge.qrCodePng } : null);
      });
    },

    payErrors: payment.errors,
    previewing: previewing.loading,
    paying: payment.paying,
    preview: previewed?.code ?? null,
    /** The last code paid here: its receipt is one click away. */
    paid,
    previewCode: async (brCode: string) => {
      setPaid(null);
      if (brCode.trim() === '') return payment.setErrors(fieldErrors({ brCode: 'Cole o código Pix copia e cola' }));
      const { data, error } = await preview({ variables: { brCode: brCode.trim() } });
      if (error || !data) return (payment.setErrors(formErrorsOf(error)), setPreviewed(null));
      payment.setErrors(NO_ERRORS);
      setPreviewed({ brCode: brCode.trim(), code: data.pixPayloadPreview });
    },
    cancelPayment: () => (setPreviewed(null), payment.setErrors(NO_ERRORS)),
    /** Pays the previewed code from the chosen account; the amount only when the code lets the payer choose it. */
    confirmPayment: async (fromAccountId: string, typedAmount: string): Promise<boolean> => {
      if (previewed === null) return false;
      let amount: string | undefined;
      if (previewed.code.amount == null) {
        const parsed = parseAmount(typedAmount);
        if (!parsed.ok) return (payment.setErrors(fieldErrors({ amount: parsed.message })), false);
        amount = parsed.value;
      }
      if (fromAccountId === '') return (payment.setErrors(fieldErrors({ fromAccountId: 'Abra uma conta para pagar' })), false);
      const order = await payment.pay({ brCode: previewed.brCode, fromAccountId, ...(amount ? { amount } : {}) });
      if (order === null) return false;
      setPreviewed(null);
      setPaid(order);
      return true;
    },

    sendErrors: sendForm.errors,
    sending: sending.loading,
    sendToKey: async (fromAccountId: string, toKey: string, amount: string, description: string): Promise<boolean> => {
      const parsed = parseAmount(amount);
      const problems = fieldErrors({
        toKey: toKey.trim() === '' ? 'Informe a chave de destino' : undefined,
        amount: parsed.ok ? undefined : parsed.message,
        fromAccountId: fromAccountId === '' ? 'Abra uma conta para enviar Pix' : undefined,
      });
      if (!sendForm.check(problems) || !parsed.ok) return false;
      return sendForm.run(() =>
        send({
          variables: {
            idempotencyKey: newIdempotencyKey(),
            input: { fromAccountId, toKey: toKey.trim(), amount: parsed.value, ...(description.trim() ? { description: description.trim() } : {}) },
          },
        }),
      );
    },

    /** The receipt last opened, with its PDF. */
    receipt: receipt.data?.pixReceipt ?? null,
    receiptLoading: receipt.loading,
    receiptUnavailable: receipt.error !== undefined,
    openReceipt: (endToEndId: string) => void readReceipt({ variables: { endToEndId } }),

    limitsErrors: limitsForm.errors,
    updatingLimits: updatingLimits.loading,
    updateLimits: async (accountId: string, form: LimitsForm): Promise<boolean> => {
      const { errors, values } = parseLimits(form);
      if (values === null) return limitsForm.check(errors);
      return limitsForm.run(() => updateLimits({ variables: { input: { accountId, ...values } } }));
    },
  };
}

export type Pix = ReturnType<typeof usePix>;

/** Follows one charge's status over the WebSocket; the cache (charges keyed by txid) updates every view of it. */
export function useChargeStatus(txid: string, active: boolean) {
  useSubscription(CheckoutChargeStatusDocument, { variables: { txid }, skip: !active });
}

/**
 * Follows the postings to one of the customer's accounts: each brings the screen's lists and balances
 * up to date. A received Pix (to a key, or paying a charge) is listed once the ledger credits it, which
 * comes after the charge itself shows paid.
 */
export function useAccountActivity(accountId: string) {
  const client = useApolloClient();
  useSubscription(PixAccountActivityDocument, {
    variables: { accountId },
    onData: () => void client.refetchQueries({ include: REFRESH.refetchQueries }),
  });
}
