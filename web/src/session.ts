/** Who is signed in: a development token from the gateway, kept for the browser tab only. */
import { DEV_TOKEN_URL } from './config';
import type { FormErrors } from './lib/errors';

export interface Session {
  readonly token: string;
  readonly name: string;
  readonly document: string;
}

const STORAGE_KEY = 'bank.session';

export const storedSession = (): Session | null => {
  const stored = sessionStorage.getItem(STORAGE_KEY);
  return stored === null ? null : (JSON.parse(stored) as Session);
};

export const storeSession = (session: Session | null): void =>
  session === null ? sessionStorage.removeItem(STORAGE_KEY) : sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));

export interface Customer {
  readonly sub: string;
  readonly name: string;
  readonly document: string;
}

type TokenAnswer = { token: string } | { errors: { message: string }[] };

/** `POST /dev/token`: a customer token for the name and document. */
export async function signIn(customer: Customer): Promise<{ session: Session } | { errors: FormErrors }> {
  let response: Response;
  try {
    response = await fetch(DEV_TOKEN_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...customer, roles: ['customer'] }),
    });
  } catch {
    return { errors: { fields: {}, form: ['O banco não respondeu; o gateway está no ar?'] } };
  }
  if (response.status === 404) return { errors: { fields: {}, form: ['Entrada de demonstração indisponível: este gateway não está em desenvolvimento'] } };
  const answer = (await response.json()) as TokenAnswer;
  if ('errors' in answer) return { errors: { fields: {}, form: answer.errors.map(({ message }) => message) } };
  return { session: { token: answer.token, name: customer.name, document: customer.document } };
}

/** A subject for a typed-in customer: the same document signs in as the same customer. */
export const subjectFor = (document: string): string => `web-${document}`;
