/** The sign-in screen's data: a development token for a demo customer or for a typed name and document. */
import { useState } from 'react';
import { DEMO_CUSTOMERS } from '../../../../gateway/src/dev/demo-customers';
import { fieldErrors, NO_ERRORS, type FormErrors } from '../../lib/errors';
import { parseDocument } from '../../lib/parse';
import { signIn, subjectFor, type Customer, type Session } from '../../session';

export const DEMO = Object.values(DEMO_CUSTOMERS).map(({ sub, name, document }): Customer => ({ sub, name, document }));

export function useSignIn(onSignedIn: (session: Session) => void) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const as = async (customer: Customer) => {
    setBusy(true);
    const result = await signIn(customer);
    setBusy(false);
    if ('errors' in result) setErrors(result.errors);
    else onSignedIn(result.session);
  };

  const asTyped = async (name: string, document: string) => {
    const parsed = parseDocument(document);
    const problems = fieldErrors({
      name: name.trim() === '' ? 'Informe seu nome' : undefined,
      document: parsed.ok ? undefined : parsed.message,
    });
    if (!parsed.ok || name.trim() === '') return setErrors(problems);
    await as({ sub: subjectFor(parsed.value), name: name.trim(), document: parsed.value });
  };

  return { errors, busy, as, asTyped };
}
