import { useState, type FormEvent } from 'react';
import { AccountSelect } from '../../components/AccountSelect';
import { AmountField, FormAlert, SubmitButton, TextAreaField } from '../../components/Field';
import { Money } from '../../components/Money';
import { ReceiptButton } from './PixHistory';
import type { Pix } from './usePix';

/** Pix copia e cola: paste the code, read who receives it (name, masked document, institution), pay it from an account. */
export function PayCode({ pix }: { readonly pix: Pix }) {
  const [brCode, setBrCode] = useState('');
  const [chosen, setChosen] = useState('');
  const [amount, setAmount] = useState('');
  const fromAccountId = chosen || pix.accounts[0]?.id || '';
  const { preview } = pix;

  const submitPreview = (event: FormEvent) => {
    event.preventDefault();
    void pix.previewCode(brCode);
  };
  const submitPayment = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await pix.confirmPayment(fromAccountId, amount))) return;
    setBrCode('');
    setAmount('');
  };

  return (
    <section className="card" aria-labelledby="pay-title">
      <h2 id="pay-title">Pagar com Pix copia e cola</h2>
      {preview === null ? (
        <form onSubmit={submitPreview} noValidate>
          <FormAlert errors={pix.payErrors} />
          <TextAreaField label="Código Pix" name="brCode" errors={pix.payErrors} rows={3} value={brCode} onChange={(event) => setBrCode(event.target.value)} />
          <SubmitButton busy={pix.previewing} busyLabel="Lendo…">
            Continuar
          </SubmitButton>
          {pix.paid && (
            <p className="receipt-line" role="status">
              Pix de <Money amount={pix.paid.amount} /> {pix.paid.status === 'COMPLETED' ? 'pago' : 'em processamento'}
              {pix.paid.endToEndId && (
                <>
                  {' '}
                  <ReceiptButton pix={pix} endToEndId={pix.paid.endToEndId} />
                </>
              )}
            </p>
          )}
        </form>
      ) : (
        <form className="preview" aria-label="Confirme o pagamento" onSubmit={(event) => void submitPayment(event)} noValidate>
          <dl className="figures">
            <dt>Para</dt>
            <dd data-testid="preview-receiver">{preview.receiver.name}</dd>
            <dt>CPF/CNPJ</dt>
            <dd data-testid="preview-document">{preview.receiver.document ?? 'não informado'}</dd>
            <dt>Instituição</dt>
            <dd data-testid="preview-institution">{preview.receiver.institution.name}</dd>
            <dt>Chave</dt>
            <dd>
              <code>{preview.key}</code>
            </dd>
            {preview.amount != null && (
              <>
                <dt>Valor</dt>
                <dd>
                  <Money amount={preview.amount} />
                </dd>
              </>
            )}
            {preview.description && (
              <>
                <dt>Descrição</dt>
                <dd>{preview.description}</dd>
              </>
            )}
          </dl>
          <FormAlert errors={pix.payErrors} />
          {preview.amount == null && <AmountField name="amount" errors={pix.payErrors} value={amount} onChange={(event) => setAmount(event.target.value)} />}
          <AccountSelect accounts={pix.accounts} value={fromAccountId} onChange={setChosen} errors={pix.payErrors} />
          <SubmitButton busy={pix.paying} busyLabel="Pagando…">
            Confirmar pagamento
          </SubmitButton>
          <button type="button" className="button--quiet" onClick={pix.cancelPayment}>
            Cancelar
          </button>
        </form>
      )}
    </section>
  );
}
