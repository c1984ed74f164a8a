/** The Pix screen's keys: registering, confirming a phone or e-mail key with the code sent to it, deleting. */
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  ConfirmPixKeyDocument,
  DeletePixKeyDocument,
  PixKeyConfirmationCodeDocument,
  RegisterPixKeyDocument,
  ResendPixKeyCodeDocument,
  type PixKeyType,
} from '../../../../schema/operations/generated/graphql';
import { fieldErrors, formErrorsOf, NO_ERRORS } from '../../lib/errors';
import { newIdempotencyKey } from '../../lib/idempotency';
import { useSubmission } from '../../lib/useSubmission';

const REFRESH = { refetchQueries: ['PixScreen', 'HomePix'] };

export function usePixKeys() {
  const [register, registering] = useMutation(RegisterPixKeyDocument, REFRESH);
  const [remove] = useMutation(DeletePixKeyDocument, REFRESH);
  const keyForm = useSubmission();
  return {
    keyErrors: keyForm.errors,
    registering: registering.loading,
    registerKey: (type: PixKeyType, key: string) =>
      keyForm.run(() =>
        register({ variables: { input: { type, ...(type === 'EVP' || key.trim() === '' ? {} : { key: key.trim() }) }, idempotencyKey: newIdempotencyKey() } }),
      ),
    deleteKey: (key: string) => keyForm.run(() => remove({ variables: { input: { key } } })),
  };
}

/** One pending key's confirmation: the code typed, a new code, and (sandbox) the code as its holder would read it. */
export function usePendingKey(keyId: string) {
  const [confirm, confirming] = useMutation(ConfirmPixKeyDocument, REFRESH);
  const [resend, resending] = useMutation(ResendPixKeyCodeDocument);
  const [readCode] = useLazyQuery(PixKeyConfirmationCodeDocument, { fetchPolicy: 'network-only' });
  const form = useSubmission();
  const [sandboxCode, setSandboxCode] = useState<string | null>(null);
  return {
    errors: form.errors,
    confirming: confirming.loading,
    resending: resending.loading,
    sandboxCode,
    confirm: (code: string) => {
      if (!/^\d{6}$/.test(code.trim())) return Promise.resolve(form.setErrors(fieldErrors({ code: 'O código tem 6 dígitos' })));
      return form.run(() => confirm({ variables: { input: { keyId, code: code.trim() } } }));
    },
    resend: () => form.run(async () => (await resend({ variables: { input: { keyId } } }), setSandboxCode(null))),
    /** Development only: the sandbox query; elsewhere the API refuses it and the refusal shows. */
    showSandboxCode: async () => {
      const { data, error } = await readCode({ variables: { keyId } });
      if (error) return form.setErrors(formErrorsOf(error));
      form.setErrors(NO_ERRORS);
      setSandboxCode(data?.pixKeyConfirmationCode ?? null);
    },
  };
}
