import { useState, type FormEvent } from 'react';
import { Field, FormAlert, SelectField } from '../../components/Field';
import { Empty } from '../../components/Status';
import { KEY_TYPE } from '../../lib/labels';
import type { PixKeyType, PixScreenQuery } from '../../../../schema/operations/generated/graphql';
import { usePendingKey, usePixKeys } from './usePixKeys';

type PixKey = NonNullable<PixScreenQuery['me']>['pixKeys'][number];

/** The customer's keys: register one; a phone or e-mail key waits for the code sent to it before it receives. */
export function PixKeys({ keys }: { readonly keys: readonly PixKey[] }) {
  const pix = usePixKeys();
  const [keyType, setKeyType] = useState<PixKeyType>('EVP');
  const [keyValue, setKeyValue] = useState('');
  const submitKey = async (event: FormEvent) => {
    event.preventDefault();
    if (await pix.registerKey(keyType, keyValue)) setKeyValue('');
  };
  return (
    <section className="card" aria-labelledby="keys-title">
      <h2 id="keys-title">Minhas chaves</h2>
      {keys.length === 0 ? (
        <Empty>Nenhuma chave cadastrada.</Empty>
      ) : (
        <ul className="list">
          {keys.map((key) => (
            <li key={key.id}>
              <span>{KEY_TYPE[key.type]}</span> <code>{key.key}</code>
              {key.status === 'PENDING_CONFIRMATION' && <span> · Aguardando confirmação</span>}
              <button type="button" className="button--quiet" onClick={() => void pix.deleteKey(key.key)} aria-label={`Excluir a chave ${key.key}`}>
                Excluir
              </button>
              {key.status === 'PENDING_CONFIRMATION' && <ConfirmKey pixKey={key} />}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submitKey(event)} noValidate>
        <FormAlert errors={pix.keyErrors} />
        <SelectField
          label="Tipo de chave"
          name="type"
          errors={pix.keyErrors}
          value={keyType}
          onChange={(event) => setKeyType(event.target.value as PixKeyType)}
        >
          {(Object.keys(KEY_TYPE) as PixKeyType[]).map((type) => (
            <option key={type} value={type}>
              {KEY_TYPE[type]}
            </option>
          ))}
        </SelectField>
        {keyType !== 'EVP' && <Field label="Chave" name="key" errors={pix.keyErrors} value={keyValue} onChange={(event) => setKeyValue(event.target.value)} />}
        <button type="submit" disabled={pix.registering}>
          {pix.registering ? 'Cadastrando…' : 'Cadastrar chave'}
        </button>
      </form>
    </section>
  );
}

/** The code sent to a pending key: typed here to activate it; resent when lost or expired. */
function ConfirmKey({ pixKey }: { readonly pixKey: PixKey }) {
  const pending = usePendingKey(pixKey.id);
  const [code, setCode] = useState('');
  const where = pixKey.type === 'PHONE' ? 'por SMS' : 'por e-mail';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void pending.confirm(code);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Confirmar a chave ${pixKey.key}`}>
      <FormAlert errors={pending.errors} />
      <Field
        label="Código de confirmação"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        errors={pending.errors}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        hint={
          pending.sandboxCode === null ? `Enviamos um código de 6 dígitos ${where} para ${pixKey.key}.` : `Sandbox: o código enviado é ${pending.sandboxCode}.`
        }
      />
      <button type="submit" disabled={pending.confirming}>
        {pending.confirming ? 'Confirmando…' : 'Confirmar chave'}
      </button>
      <button type="button" className="button--quiet" disabled={pending.resending} onClick={() => void pending.resend()}>
        Reenviar código
      </button>
      <button type="button" className="button--quiet" onClick={() => void pending.showSandboxCode()}>
        Ver código (sandbox)
      </button>
    </form>
  );
}
