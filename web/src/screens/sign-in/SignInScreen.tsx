import { useState, type FormEvent } from 'react';
import { Field, FormAlert, SubmitButton } from '../../components/Field';
import { formatDocument } from '../../lib/format';
import type { Session } from '../../session';
import { DEMO, useSignIn } from './useSignIn';

export function SignInScreen({ onSignedIn }: { readonly onSignedIn: (session: Session) => void }) {
  const { errors, busy, as, asTyped } = useSignIn(onSignedIn);
  const [name, setName] = useState('');
  const [document, setDocument] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void asTyped(name, document);
  };
  return (
    <main className="sign-in">
      <h1>Banco Digital</h1>
      <p className="lead">Entrada de demonstração: o gateway de desenvolvimento emite o token.</p>
      <FormAlert errors={errors} />
      <section className="card" aria-labelledby="demo-title">
        <h2 id="demo-title">Clientes de demonstração</h2>
        <ul className="demo-customers">
          {DEMO.map((customer) => (
            <li key={customer.sub}>
              <button type="button" disabled={busy} onClick={() => void as(customer)}>
                Entrar como {customer.name}
              </button>
              <small>{formatDocument(customer.document)}</small>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="typed-title">
        <h2 id="typed-title">Outro cliente</h2>
        <form onSubmit={submit} noValidate>
          <Field label="Nome" name="name" errors={errors} value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" />
          <Field
            label="CPF ou CNPJ"
            name="document"
            errors={errors}
            value={document}
            onChange={(event) => setDocument(event.target.value)}
            inputMode="numeric"
            placeholder="000.000.000-00"
          />
          <SubmitButton busy={busy} busyLabel="Entrando…">
            Entrar
          </SubmitButton>
        </form>
      </section>
    </main>
  );
}
