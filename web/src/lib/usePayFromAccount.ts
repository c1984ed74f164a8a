/**
 * Paying a Pix code from one of the customer's accounts (payPixCode): the Pix screen's pasted codes,
 * and the charges loans and insurance ask their customers to pay.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef } from 'react';
import { PayingAccountsDocument, PayPixCodeDocument, type PayPixCodeMutation } from '../../../schema/operations/generated/graphql';
import { newIdempotencyKey } from './idempotency';
import { useSubmission } from './useSubmission';

export type PixOrder = PayPixCodeMutation['payPixCode']['pix'];

export function usePayFromAccount(refetchQueries: readonly string[]) {
  const accounts = useQuery(PayingAccountsDocument, { errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const [pay, paying] = useMutation(PayPixCodeDocument, { refetchQueries: ['PayingAccounts', ...refetchQueries] });
  const submission = useSubmission();
  // One key per code until it is paid: paying again after a lost answer or a refusal pays once.
  const keys = useRef(new Map<string, string>());
  const keyFor = (brCode: string): string => {
    const key = keys.current.get(brCode) ?? newIdempotencyKey();
    keys.current.set(brCode, key);
    return key;
  };

  return {
    accounts: accounts.data?.me.accounts ?? [],
    errors: submission.errors,
    setErrors: submission.setErrors,
    paying: paying.loading,
    /** The order, or null when the API refused (its errors then show by field). */
    pay: async (input: { brCode: string; fromAccountId: string; amount?: string }): Promise<PixOrder | null> => {
      let order: PixOrder | null = null;
      const ok = await submission.run(async () => {
        const { data } = await pay({ variables: { input, idempotencyKey: keyFor(input.brCode) } });
        order = data?.payPixCode.pix ?? null;
      });
      if (ok) keys.current.delete(input.brCode);
      return ok ? order : null;
    },
  };
}
