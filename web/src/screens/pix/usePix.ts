/** The Pix screen's data: keys, charges (and the live status of an open one), paying a code, sending to a key. */
import { useLazyQuery, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import {
  CheckoutChargeStatusDocument,
  CreateCheckoutChargeDocument,
  PayCheckoutChargeDocument,
  PixScreenDocument,
  PreviewPastedCodeDocument,
  SendPixToKeyDocument,
  type PreviewPastedCodeQuery,
} from '../../../../schema/operations/generated/graphql';
import { fieldErrors, formErrorsOf, NO_ERRORS, type FormErrors } from '../../lib/errors';
import { newIdempotencyKey } from '../../lib/idempotency';
import { parseAmount, parseDocument } from '../../lib/parse';
import { section } from '../../lib/section';

const REFRESH = { refetchQueries: ['PixScreen', 'HomePix'] };

/** A form's submission: its errors, whether it is in flight, and `run`, which records what the API refused. */
export function useSubmission() {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const run = async (request: () => Promise<unknown>): Promise<boolean> => {
    try {
      await request();
      setErrors(NO_ERRORS);
      return true;
    } catch (error) {
      setErrors(formErrorsOf(error));
      return false;
    }
  };
  return { errors, setErrors, run };
}

export interface ChargeForm {
  readonly amount: string;
  readonly description: string;
  readonly payerName: string;
  readonly payerDocument: string;
}

export function usePix() {
  const screen = useQuery(PixScreenDocument, { errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const [create, creating] = useMutation(CreateCheckoutChargeDocument, REFRESH);
  const [pay, paying] = useMutation(PayCheckoutChargeDocument, REFRESH);
  const [send, sending] = useMutation(SendPixToKeyDocument, REFRESH);
  const [preview, previewing] = useLazyQuery(PreviewPastedCodeDocument, { fetchPolicy: 'network-only', errorPolicy: 'all' });
  const chargeForm = useSubmission();
  const payForm = useSubmission();
  const sendForm = useSubmission();
  const [created, setCreated] = useState<{ readonly txid: string; readonly qrCodePng: string } | null>(null);
  const [previewed, setPreviewed] = useState<PreviewPastedCodeQuery['pixPayloadPreview'] | null>(null);
  // The Pix fields come back null together when the pix service does not answer.
  const loaded = section(screen, (data) => (data.me.pixKeys === null ? null : data.me));
  const me = loaded.state === 'ready' ? loaded.data : null;

  return {
    loading: loaded.state === 'loading',
    unavailable: loaded.state === 'unavailable',
    /** Every key, pending ones included (the keys section confirms them). */
    allKeys: me?.pixKeys ?? [],
    /** The keys that receive: a phone or e-mail key waiting for its code does not. */
    keys: me?.pixKeys?.filter(({ status }) => status === 'ACTIVE') ?? [],
    charges: me?.pixCharges?.edges.map(({ node }) => node) ?? [],
    transfers: me?.pixTransfers?.edges.map(({ node }) => node) ?? [],
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

    payErrors: payForm.errors,
    previewing: previewing.loading,
    paying: paying.loading,
    preview: previewed,
    previewCode: async (brCode: string) => {
      if (brCode.trim() === '') return payForm.setErrors(fieldErrors({ brCode: 'Cole o código Pix copia e cola' }));
      const { data, error } = await preview({ variables: { brCode: brCode.trim() } });
      if (error || !data) return (payForm.setErrors(formErrorsOf(error)), setPreviewed(null));
      payForm.setErrors(NO_ERRORS);
      setPreviewed(data.pixPayloadPreview);
    },
    cancelPayment: () => setPreviewed(null),
    /** Sandbox payment of the previewed charge, until the API pays a code from an account. */
    confirmPayment: async () => {
      if (previewed === null) return;
      if (await payForm.run(() => pay({ variables: { input: { txid: previewed.txid }, idempotencyKey: newIdempotencyKey() } }))) setPreviewed(null);
    },

    sendErrors: sendForm.errors,
    sending: sending.loading,
    sendToKey: async (toKey: string, amount: string, description: string): Promise<boolean> => {
      const parsed = parseAmount(amount);
      const problems = fieldErrors({ toKey: toKey.trim() === '' ? 'Informe a chave de destino' : undefined, amount: parsed.ok ? undefined : parsed.message });
      if (!parsed.ok || toKey.trim() === '') return (sendForm.setErrors(problems), false);
      const fromAccountId = screen.data?.me?.accounts?.[0]?.id;
      if (fromAccountId === undefined) return (sendForm.setErrors(fieldErrors({ toKey: 'Abra uma conta para enviar Pix' })), false);
      return sendForm.run(() =>
        send({
          variables: {
            idempotencyKey: newIdempotencyKey(),
            input: { fromAccountId, toKey: toKey.trim(), amount: parsed.value, ...(description.trim() ? { description: description.trim() } : {}) },
          },
        }),
      );
    },
  };
}

/** Follows one charge's status over the WebSocket; the cache (charges keyed by txid) updates every view of it. */
export function useChargeStatus(txid: string, active: boolean) {
  useSubscription(CheckoutChargeStatusDocument, { variables: { txid }, skip: !active });
}
