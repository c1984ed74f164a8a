import { useState, type FormEvent } from 'react';
import { AmountField, Field, FormAlert, SelectField, SubmitButton } from '../../components/Field';
import { Empty, Loading, Unavailable } from '../../components/Status';
import { KEY_TYPE } from '../../lib/labels';
import { ChargeCard } from './ChargeCard';
import { PayCode } from './PayCode';
import { PixKeys } from './PixKeys';
import { PixReceipt, PixReceived, PixSent } from './PixHistory';
import { PixLimits } from './PixLimits';
import { SendPix } from './SendPix';
import { usePix, type ChargeForm } from './usePix';

const NO_CHARGE: ChargeForm = { amount: '', description: '', payerName: '', payerDocument: '' };

export function PixScreen() {
  const pix = usePix();
  const [charge, setCharge] = useState(NO_CHARGE);
  const [receiveKey, setReceiveKey] = useState('');

  if (pix.loading) return <Loading what="o Pix" />;
  if (pix.unavailable) return <Unavailable what="Pix" />;
  const chosenKey = receiveKey || pix.keys[0]?.key || '';
  const created = pix.charges.find(({ txid }) => txid === pix.created?.txid);

  const submitCharge = (event: FormEvent) => {
    event.preventDefault();
    void pix.createCharge(charge, chosenKey);
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
            <AmountField
              name="amount"
              errors={pix.chargeErrors}
              value={charge.amount}
              onChange={(event) => setCharge({ ...charge, amount: event.target.value })}
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
            <SubmitButton busy={pix.creating} busyLabel="Gerando…">
              Gerar QR code
            </SubmitButton>
          </form>
          {created && <ChargeCard charge={created} qrCodePng={pix.created?.qrCodePng} />}
        </section>

        <PayCode pix={pix} />
        <SendPix pix={pix} />
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
        <PixReceived pix={pix} />
        <PixSent pix={pix} />
      </div>
      <PixReceipt pix={pix} />
      <PixLimits pix={pix} />
    </>
  );
}
