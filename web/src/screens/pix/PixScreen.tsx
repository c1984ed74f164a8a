import { useState, type FormEvent } from 'react';
import { Field, FormAlert, SelectField } from '../../components/Field';
import { Money } from '../../components/Money';
import { Empty, Loading, Unavailable } from '../../components/Status';
import { formatDateTime } from '../../lib/format';
import { KEY_TYPE, TRANSFER_STATUS } from '../../lib/labels';
import { ChargeCard } from './ChargeCard';
import { PixKeys } from './PixKeys';
import { usePix, type ChargeForm } from './usePix';

const NO_CHARGE: ChargeForm = { amount: '', description: '', payerName: '', payerDocument: '' };

export function PixScreen() {
  const pix = usePix();
  const [charge, setCharge] = useState(NO_CHARGE);
  const [receiveKey, setReceiveKey] = useState('');
  const [brCode, setBrCode] = useState('');
  const [send, setSend] = useState({ toKey: '', amount: '', description: '' });

  if (pix.loading) return <Loading what="o Pix" />;
  if (pix.unavailable) return <Unavailable what="Pix" />;
  const chosenKey = receiveKey || pix.keys[0]?.key || '';
  const created = pix.charges.find(({ txid }) => txid === pix.created?.txid);
  const received = pix.charges.flatMap((each) => each.payments.map((payment) => ({ charge: each, payment })));

  const submitCharge = (event: FormEvent) => {
    event.preventDefault();
    void pix.createCharge(charge, chosenKey);
  };
  const submitPreview = (event: FormEvent) => {
    event.preventDefault();
    void pix.previewCode(brCode);
  };
  const submitSend = async (event: FormEvent) => {
    event.preventDefault();
    if (await pix.sendToKey(send.toKey, send.amount, send.description)) setSend({ toKey: '', amount: '', description: '' });
  };

  return (
    <>
      <h1>Pix</h1>
      <div className="grid">
        <PixKeys keys={pix.allKeys} />

        <section className="card" aria-labelledby="charge-title">
          <h2 id="charge-title">Cobrar</h2>
          <form onSubmit={submitCharge} noValidate>
            <FormAlert errors={pix.chargeErrors} />
            <SelectField
              label="Receber na chave"
              name="key"
              errors={pix.chargeErrors}
              value={chosenKey}
              onChange={(event) => setReceiveKey(event.target.value)}
            >
              {pix.keys.map((key) => (
                <option key={key.key} value={key.key}>
                  {KEY_TYPE[key.type]}: {key.key}
                </option>
              ))}
            </SelectField>
            <Field
              label="Valor (R$)"
              name="amount"
              errors={pix.chargeErrors}
              value={charge.amount}
              onChange={(event) => setCharge({ ...charge, amount: event.target.value })}
              inputMode="decimal"
            />
            <Field
              label="Descrição"
              name="description"
              errors={pix.chargeErrors}
              value={charge.description}
              onChange={(event) => setCharge({ ...charge, description: event.target.value })}
            />
            <Field
              label="Nome de quem paga (opcional)"
              name="payer.name"
              errors={pix.chargeErrors}
              value={charge.payerName}
              onChange={(event) => setCharge({ ...charge, payerName: event.target.value })}
            />
            <Field
              label="CPF ou CNPJ de quem paga (opcional)"
              name="payer.document"
              errors={pix.chargeErrors}
              value={charge.payerDocument}
              onChange={(event) => setCharge({ ...charge, payerDocument: event.target.value })}
            />
            <button type="submit" disabled={pix.creating}>
              {pix.creating ? 'Gerando…' : 'Gerar QR code'}
            </button>
          </form>
          {created && <ChargeCard charge={created} qrCodePng={pix.created?.qrCodePng} />}
        </section>

        <section className="card" aria-labelledby="pay-title">
          <h2 id="pay-title">Pagar com Pix copia e cola</h2>
          {pix.preview === null ? (
            <form onSubmit={submitPreview} noValidate>
              <FormAlert errors={pix.payErrors} />
              <div className={pix.payErrors.fields.brCode ? 'field field--invalid' : 'field'}>
                <label htmlFor="pay-code">Código Pix</label>
                <textarea
                  id="pay-code"
                  name="brCode"
                  rows={3}
                  value={brCode}
                  onChange={(event) => setBrCode(event.target.value)}
                  aria-invalid={pix.payErrors.fields.brCode !== undefined}
                  aria-describedby={pix.payErrors.fields.brCode ? 'pay-code-error' : undefined}
                />
                {pix.payErrors.fields.brCode && (
                  <p id="pay-code-error" className="field__error" role="alert">
                    {pix.payErrors.fields.brCode}
                  </p>
                )}
              </div>
              <button type="submit" disabled={pix.previewing}>
                {pix.previewing ? 'Lendo…' : 'Continuar'}
              </button>
            </form>
          ) : (
            <div className="preview" aria-label="Confirme o pagamento">
              <dl className="figures">
                <dt>Para</dt>
                <dd data-testid="preview-receiver">{pix.preview.merchantName}</dd>
                <dt>Cidade</dt>
                <dd>{pix.preview.merchantCity}</dd>
                <dt>Chave</dt>
                <dd>
                  <code>{pix.preview.key}</code>
                </dd>
                <dt>Valor</dt>
                <dd>
                  <Money amount={pix.preview.amount} />
                </dd>
                {pix.preview.description && (
                  <>
                    <dt>Descrição</dt>
                    <dd>{pix.preview.description}</dd>
                  </>
                )}
              </dl>
              <FormAlert errors={pix.payErrors} />
              <button type="button" onClick={() => void pix.confirmPayment().then(() => setBrCode(''))} disabled={pix.paying}>
                {pix.paying ? 'Pagando…' : 'Confirmar pagamento (sandbox)'}
              </button>
              <button type="button" className="button--quiet" onClick={pix.cancelPayment}>
                Cancelar
              </button>
            </div>
          )}
        </section>

        <section className="card" aria-labelledby="send-title">
          <h2 id="send-title">Enviar para uma chave</h2>
          <form onSubmit={(event) => void submitSend(event)} noValidate>
            <FormAlert errors={pix.sendErrors} />
            <Field
              label="Chave de destino"
              name="toKey"
              errors={pix.sendErrors}
              value={send.toKey}
              onChange={(event) => setSend({ ...send, toKey: event.target.value })}
            />
            <Field
              label="Valor (R$)"
              name="amount"
              errors={pix.sendErrors}
              value={send.amount}
              onChange={(event) => setSend({ ...send, amount: event.target.value })}
              inputMode="decimal"
            />
            <Field
              label="Mensagem"
              name="description"
              errors={pix.sendErrors}
              value={send.description}
              onChange={(event) => setSend({ ...send, description: event.target.value })}
            />
            <button type="submit" disabled={pix.sending}>
              {pix.sending ? 'Enviando…' : 'Enviar Pix'}
            </button>
          </form>
        </section>
      </div>

      <section className="card" aria-labelledby="charges-title">
        <h2 id="charges-title">Cobranças</h2>
        {pix.charges.length === 0 ? (
          <Empty>Nenhuma cobrança.</Empty>
        ) : (
          pix.charges.filter(({ txid }) => txid !== pix.created?.txid).map((each) => <ChargeCard key={each.txid} charge={each} />)
        )}
      </section>

      <div className="grid">
        <section className="card" aria-labelledby="received-title">
          <h2 id="received-title">Pix recebidos</h2>
          {received.length === 0 ? (
            <Empty>Nenhum Pix recebido.</Empty>
          ) : (
            <ul className="list">
              {received.map(({ charge: paid, payment }) => (
                <li key={payment.endToEndId}>
                  <details>
                    <summary>
                      <Money amount={payment.amount} /> · {paid.description ?? 'Cobrança Pix'} · {formatDateTime(payment.paidAt)}
                    </summary>
                    <dl className="receipt">
                      <dt>Comprovante (E2E)</dt>
                      <dd>
                        <code>{payment.endToEndId}</code>
                      </dd>
                      <dt>Cobrança</dt>
                      <dd>
                        <code>{paid.txid}</code>
                      </dd>
                      {paid.payer && (
                        <>
                          <dt>Pagador</dt>
                          <dd>{paid.payer.name}</dd>
                        </>
                      )}
                    </dl>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="sent-title">
          <h2 id="sent-title">Pix enviados</h2>
          {pix.transfers.length === 0 ? (
            <Empty>Nenhum Pix enviado.</Empty>
          ) : (
            <ul className="list">
              {pix.transfers.map((transfer) => (
                <li key={transfer.id}>
                  <details>
                    <summary>
                      <Money amount={transfer.amount} /> para <code>{transfer.toKey}</code> · {TRANSFER_STATUS[transfer.status]}
                    </summary>
                    <dl className="receipt">
                      <dt>Enviado em</dt>
                      <dd>{formatDateTime(transfer.createdAt)}</dd>
                      {transfer.settledAt && (
                        <>
                          <dt>Concluído em</dt>
                          <dd>{formatDateTime(transfer.settledAt)}</dd>
                        </>
                      )}
                      {transfer.endToEndId && (
                        <>
                          <dt>Comprovante (E2E)</dt>
                          <dd>
                            <code>{transfer.endToEndId}</code>
                          </dd>
                        </>
                      )}
                      {transfer.failureReason && (
                        <>
                          <dt>Motivo</dt>
                          <dd>{transfer.failureReason}</dd>
                        </>
                      )}
                    </dl>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
