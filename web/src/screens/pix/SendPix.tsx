import { useState, type FormEvent } from 'react';
import { AccountSelect } from '../../components/AccountSelect';
import { AmountField, Field, FormAlert, SubmitButton } from '../../components/Field';
import type { Pix } from './usePix';

const EMPTY = { toKey: '', amount: '', description: '' };

/** A Pix to a key, from one of the customer's accounts. */
export function SendPix({ pix }: { readonly pix: Pix }) {
  const [send, setSend] = useState(EMPTY);
  const [chosen, setChosen] = useState('');
  const fromAccountId = chosen || pix.accounts[0]?.id || '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await pix.sendToKey(fromAccountId, send.toKey, send.amount, send.description)) setSend(EMPTY);
  };
  return (
    <section className="card" aria-labelledby="send-title">
      <h2 id="send-title">Enviar para uma chave</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert errors={pix.sendErrors} />
        <AccountSelect label="Enviar da conta" accounts={pix.accounts} value={fromAccountId} onChange={setChosen} errors={pix.sendErrors} />
        <Field
          label="Chave de destino"
          name="toKey"
          errors={pix.sendErrors}
          value={send.toKey}
          onChange={(event) => setSend({ ...send, toKey: event.target.value })}
        />
        <AmountField name="amount" errors={pix.sendErrors} value={send.amount} onChange={(event) => setSend({ ...send, amount: event.target.value })} />
        <Field
          label="Mensagem"
          name="description"
          errors={pix.sendErrors}
          value={send.description}
          onChange={(event) => setSend({ ...send, description: event.target.value })}
        />
        <SubmitButton busy={pix.sending} busyLabel="Enviando…">
          Enviar Pix
        </SubmitButton>
      </form>
    </section>
  );
}
