import { Money } from '../../components/Money';
import { formatDateTime } from '../../lib/format';
import { CHARGE_STATUS } from '../../lib/labels';
import type { PixScreenQuery } from '../../../../schema/operations/generated/graphql';
import { useChargeStatus } from './usePix';

type Charge = NonNullable<PixScreenQuery['me']['pixCharges']>['edges'][number]['node'];

/** A charge with its copia e cola (and QR code, when given); while open, its status follows the API live. */
export function ChargeCard({ charge, qrCodePng }: { readonly charge: Charge; readonly qrCodePng?: string | undefined }) {
  useChargeStatus(charge.txid, charge.status === 'ACTIVE');
  return (
    <article className="charge" aria-label={`Cobrança ${charge.description ?? charge.txid}`} data-txid={charge.txid}>
      <div>
        <p className="charge__amount">
          <Money amount={charge.amount} />
        </p>
        <p>{charge.description ?? 'Cobrança Pix'}</p>
        <p className={`status status--${charge.status.toLowerCase()}`} role="status" aria-live="polite" data-testid="charge-status">
          {CHARGE_STATUS[charge.status]}
        </p>
        <p>
          <small>Vence {formatDateTime(charge.expiresAt)}</small>
        </p>
      </div>
      {charge.status === 'ACTIVE' && (
        <div className="charge__code">
          {qrCodePng && <img src={qrCodePng} alt="QR code da cobrança Pix" width={180} height={180} />}
          <label>
            Pix copia e cola
            <textarea readOnly value={charge.brCode} rows={3} onFocus={(event) => event.target.select()} />
          </label>
          <button type="button" className="button--quiet" onClick={() => void navigator.clipboard?.writeText(charge.brCode)}>
            Copiar código
          </button>
        </div>
      )}
      {charge.payments.map((payment) => (
        <p key={payment.endToEndId} className="receipt-line">
          Recebido <Money amount={payment.amount} /> em {formatDateTime(payment.paidAt)}
        </p>
      ))}
    </article>
  );
}
