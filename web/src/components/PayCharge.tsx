import { useState } from 'react';
import { usePayFromAccount, type PixOrder } from '../lib/usePayFromAccount';
import { AccountSelect } from './AccountSelect';
import { FormAlert, SubmitButton } from './Field';
import { Money } from './Money';

export interface ChargeToPay {
  readonly amount?: string | null;
  readonly brCode: string;
  readonly qrCodePng?: string | null;
}

/**
 * A Pix charge the bank asks the customer to pay (a loan installment, an insurance premium): its QR
 * code and copia e cola for any bank's app, or paid here from one of their accounts (payPixCode).
 */
export function PayCharge({
  charge,
  label,
  refetchQueries,
  onPaid,
}: {
  readonly charge: ChargeToPay;
  readonly label: string;
  readonly refetchQueries: readonly string[];
  readonly onPaid?: (order: PixOrder) => void;
}) {
  const payment = usePayFromAccount(refetchQueries);
  const [chosen, setChosen] = useState('');
  const fromAccountId = chosen || payment.accounts[0]?.id || '';
  const pay = async () => {
    const order = await payment.pay({ brCode: charge.brCode, fromAccountId });
    if (order) onPaid?.(order);
  };
  return (
    <div className="charge" role="group" aria-label={label}>
      <div>
        <p>
          Pague <Money amount={charge.amount} /> por Pix:
        </p>
        {charge.qrCodePng && <img src={charge.qrCodePng} alt={`QR code: ${label}`} width={160} height={160} />}
      </div>
      <div className="charge__code">
        <label>
          Pix copia e cola
          <textarea readOnly value={charge.brCode} rows={3} onFocus={(event) => event.target.select()} />
        </label>
        <FormAlert errors={payment.errors} />
        <AccountSelect accounts={payment.accounts} value={fromAccountId} onChange={setChosen} errors={payment.errors} />
        <SubmitButton type="button" busy={payment.paying} busyLabel="Pagando…" onClick={() => void pay()} disabled={fromAccountId === ''}>
          Pagar com minha conta
        </SubmitButton>
      </div>
    </div>
  );
}
