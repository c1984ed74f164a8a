/** A GraphQL call as a customer: a subgraph harness's `as(principal)` or the gateway stack's `as(claims)`. */
export type CustomerCall = (query: string, variables?: Record<string, unknown>) => Promise<{ data?: unknown; errors?: readonly unknown[] }>;

export interface RegisteredPixKey {
  readonly id: string;
  readonly type: string;
  readonly key: string;
  readonly status: 'ACTIVE';
}

const REGISTER = 'mutation($input: RegisterPixKeyInput!) { registerPixKey(input: $input) { pixKey { id type key status } } }';
const CODE = 'query($keyId: ID!) { pixKeyConfirmationCode(keyId: $keyId) }';
const CONFIRM = 'mutation($input: ConfirmPixKeyInput!) { confirmPixKey(input: $input) { pixKey { id type key status } } }';

async function ok<T>(call: CustomerCall, query: string, variables: Record<string, unknown>): Promise<T> {
  const { data, errors } = await call(query, variables);
  if (errors !== undefined && errors.length > 0) throw new Error(`${query}: ${JSON.stringify(errors)}`);
  return data as T;
}

/**
 * Registers a Pix key and, for a phone or e-mail key, confirms it with the code the sandbox
 * query reads (as its holder would from their inbox): the key is ACTIVE on return.
 */
export async function registerConfirmedPixKey(call: CustomerCall, input: { readonly type: string; readonly key?: string }): Promise<RegisteredPixKey> {
  type Key = { id: string; type: string; key: string; status: string };
  const { pixKey } = (await ok<{ registerPixKey: { pixKey: Key } }>(call, REGISTER, { input })).registerPixKey;
  if (pixKey.status === 'ACTIVE') return pixKey as RegisteredPixKey;
  const { pixKeyConfirmationCode: code } = await ok<{ pixKeyConfirmationCode: string | null }>(call, CODE, { keyId: pixKey.id });
  if (code === null) throw new Error(`no confirmation code was sent for Pix key ${pixKey.key}`);
  return (await ok<{ confirmPixKey: { pixKey: RegisteredPixKey } }>(call, CONFIRM, { input: { keyId: pixKey.id, code } })).confirmPixKey.pixKey;
}
