/** The insurance screen's data: quoting, issuing, paying the premium by Pix (from the customer's account, in PayCharge), claims. */
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import {
  FileAutoClaimDocument,
  IssueAutoPolicyDocument,
  MyPoliciesDocument,
  PolicyClaimsDocument,
  QuoteAutoInsuranceDocument,
  type AutoClaimType,
  type AutoCoverage,
  type AutoDeductibleLevel,
  type AutoVehicleUse,
} from '../../../../schema/operations/generated/graphql';
import { fieldErrors, NO_ERRORS, type FormErrors } from '../../lib/errors';
import { newIdempotencyKey } from '../../lib/idempotency';
import { claimInstant, parseAmount, parseDocument } from '../../lib/parse';
import { section } from '../../lib/section';
import { submitting } from '../../lib/useSubmission';

export interface QuoteForm {
  readonly make: string;
  readonly model: string;
  readonly year: string;
  readonly plate: string;
  readonly fipeValue: string;
  readonly driverName: string;
  readonly cpf: string;
  readonly birthDate: string;
  readonly licensedSince: string;
  readonly postalCode: string;
  readonly use: AutoVehicleUse;
  readonly bonusClass: string;
  readonly coverages: readonly AutoCoverage[];
  readonly deductible: AutoDeductibleLevel;
}

export interface ClaimForm {
  readonly type: AutoClaimType;
  readonly occurredOn: string;
  readonly description: string;
  readonly estimatedAmount: string;
}

const REFRESH = { refetchQueries: ['MyPolicies', 'PolicyClaims', 'HomeInsurance'] };

function quoteInput(form: QuoteForm) {
  const fipe = parseAmount(form.fipeValue);
  const cpf = parseDocument(form.cpf);
  const errors = fieldErrors({
    'vehicle.fipeValue': fipe.ok ? undefined : fipe.message,
    'driver.cpf': cpf.ok && cpf.value.length === 11 ? undefined : 'Informe um CPF válido',
    'vehicle.year': /^\d{4}$/.test(form.year) ? undefined : 'Informe o ano com quatro dígitos',
    'driver.birthDate': form.birthDate ? undefined : 'Informe a data de nascimento',
    'driver.licensedSince': form.licensedSince ? undefined : 'Informe a data da habilitação',
    coverages: form.coverages.length > 0 ? undefined : 'Escolha ao menos uma cobertura',
  });
  if (!fipe.ok || !cpf.ok || Object.keys(errors.fields).length > 0) return { errors, input: null };
  return {
    errors: null,
    input: {
      vehicle: { make: form.make.trim(), model: form.model.trim(), year: Number(form.year), plate: form.plate.trim().toUpperCase(), fipeValue: fipe.value },
      driver: { name: form.driverName.trim(), cpf: cpf.value, birthDate: form.birthDate, licensedSince: form.licensedSince },
      postalCode: form.postalCode.trim(),
      use: form.use,
      bonusClass: Number(form.bonusClass),
      coverages: [...form.coverages],
      deductible: form.deductible,
    },
  };
}

export function useInsurance() {
  const [pollInterval, setPollInterval] = useState(0);
  const policies = useQuery(MyPoliciesDocument, { errorPolicy: 'all', fetchPolicy: 'cache-and-network', pollInterval });
  const loaded = section(policies, (data) => data.me.autoPolicies?.edges.map(({ node }) => node));
  const { state } = loaded;
  const list = loaded.state === 'ready' ? loaded.data : [];
  // A new policy waits for its first premium charge, and a paid one for insurance to hear of the payment: refresh meanwhile.
  const waiting = list.some(
    ({ status, premiumCharges }) =>
      status === 'PENDING_PAYMENT' && (premiumCharges.length === 0 || premiumCharges.some(({ status: charge }) => charge === 'COMPLETED')),
  );
  useEffect(() => setPollInterval(waiting ? 1000 : 0), [waiting]);

  const [quote, quoting] = useMutation(QuoteAutoInsuranceDocument);
  const [issue, issuing] = useMutation(IssueAutoPolicyDocument, REFRESH);
  const [file, filing] = useMutation(FileAutoClaimDocument, REFRESH);
  const [quoteErrors, setQuoteErrors] = useState<FormErrors>(NO_ERRORS);
  const [actionErrors, setActionErrors] = useState<FormErrors>(NO_ERRORS);
  // The errors of the last claim filed, with its policy: each policy's form shows its own.
  const [claimErrors, setClaimErrors] = useState<{ readonly policyId: string; readonly errors: FormErrors } | null>(null);

  return {
    loading: state === 'loading',
    unavailable: state === 'unavailable',
    policies: list,
    quoteErrors,
    quoting: quoting.loading,
    quote: quoting.data?.quoteAutoInsurance.quote ?? null,
    requestQuote: async (form: QuoteForm) => {
      const { input, errors } = quoteInput(form);
      if (input === null) return setQuoteErrors(errors);
      await submitting(setQuoteErrors, () => quote({ variables: { input, idempotencyKey: newIdempotencyKey() } }));
    },
    actionErrors,
    issuing: issuing.loading,
    issue: (quoteId: string, installments: number) =>
      submitting(setActionErrors, () => issue({ variables: { input: { quoteId, installments }, idempotencyKey: newIdempotencyKey() } })),
    /** What refreshes once a premium is paid. */
    refreshAfterPayment: REFRESH.refetchQueries,
    claimErrorsOf: (policyId: string): FormErrors => (claimErrors?.policyId === policyId ? claimErrors.errors : NO_ERRORS),
    filing: filing.loading,
    fileClaim: async ({ id: policyId, startsAt }: { readonly id: string; readonly startsAt?: string | null }, form: ClaimForm): Promise<boolean> => {
      const amount = parseAmount(form.estimatedAmount);
      const errors = fieldErrors({
        estimatedAmount: amount.ok ? undefined : amount.message,
        occurredAt: form.occurredOn ? undefined : 'Informe a data do sinistro',
        description: form.description.trim() ? undefined : 'Descreva o que aconteceu',
      });
      const setErrors = (found: FormErrors) => setClaimErrors({ policyId, errors: found });
      if (!amount.ok || Object.keys(errors.fields).length > 0) return (setErrors(errors), false);
      return submitting(setErrors, () =>
        file({
          variables: {
            idempotencyKey: newIdempotencyKey(),
            input: {
              policyId,
              type: form.type,
              occurredAt: claimInstant(form.occurredOn, startsAt),
              description: form.description.trim(),
              estimatedAmount: amount.value,
            },
          },
        }),
      );
    },
  };
}

/** One policy's claims. */
export function usePolicyClaims(policyId: string) {
  const claims = useQuery(PolicyClaimsDocument, { variables: { policyId }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  return section(claims, (data) => data.autoPolicy?.claims.edges.map(({ node }) => node));
}
