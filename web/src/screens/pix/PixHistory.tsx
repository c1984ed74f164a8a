import { Money } from '../../components/Money';
import { Empty, Loading, Unavailable } from '../../components/Status';
import { formatDateTime } from '../../lib/format';
import { TRANSFER_STATUS } from '../../lib/labels';
import { useAccountActivity, type Pix } from './usePix';

export function ReceiptButton({ pix, endToEndId }: { readonly pix: Pix; readonly endToEndId: string }) {
  return (
    <button type="button" className="button--quiet" onClick={() => pix.openReceipt(endToEndId)} aria-label={`Comprovante ${endToEndId}`}>
      Comprovante
    </button>
  );
}

/** Renders nothing: keeps the lists live while the account is on screen. */
function FollowAccount({ accountId }: { readonly accountId: string }) {
  useAccountActivity(accountId);
  return null;
}

/** Every Pix credited to the customer (to a key or paying a charge), with who paid. */
export function PixReceived({ pix }: { readonly pix: Pix }) {
  return (
    <section className="card" aria-labelledby="received-title">
      <h2 id="received-title">Pix recebidos</h2>
      {pix.accounts.map(({ id }) => (
        <FollowAccount key={id} accountId={id} />
      ))}
      {pix.received.length === 0 ? (
        <Empty>Nenhum Pix recebido.</Empty>
      ) : (
        <ul className="list">
          {pix.received.map((received) => (
            <li key={received.endToEndId}>
              <span>
                <Money amount={received.amount} /> de {received.payer.name} ({received.payer.institution.name}) · {formatDateTime(received.occurredAt)}
                {received.description && <> · {received.description}</>}
              </span>
              <ReceiptButton pix={pix} endToEndId={received.endToEndId} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PixSent({ pix }: { readonly pix: Pix }) {
  return (
    <section className="card" aria-labelledby="sent-title">
      <h2 id="sent-title">Pix enviados</h2>
      {pix.transfers.length === 0 ? (
        <Empty>Nenhum Pix enviado.</Empty>
      ) : (
        <ul className="list">
          {pix.transfers.map((transfer) => (
            <li key={transfer.id}>
              <span>
                <Money amount={transfer.amount} /> para <code>{transfer.toKey}</code> · {TRANSFER_STATUS[transfer.status]} ·{' '}
                {formatDateTime(transfer.createdAt)}
                {transfer.failureReason && <> · {transfer.failureReason}</>}
              </span>
              {transfer.endToEndId && <ReceiptButton pix={pix} endToEndId={transfer.endToEndId} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The receipt (comprovante) last opened: both parties, and its PDF to save or share. */
export function PixReceipt({ pix }: { readonly pix: Pix }) {
  if (pix.receiptLoading) return <Loading what="o comprovante" />;
  if (pix.receiptUnavailable) return <Unavailable what="Comprovante" />;
  const { receipt } = pix;
  if (receipt === null) return null;
  return (
    <section className="card" aria-labelledby="receipt-title" data-testid="pix-receipt">
      <h2 id="receipt-title">Comprovante Pix</h2>
      <dl className="receipt">
        <dt>Valor</dt>
        <dd>
          <Money amount={receipt.amount} />
        </dd>
        <dt>Data</dt>
        <dd>{formatDateTime(receipt.occurredAt)}</dd>
        <dt>De</dt>
        <dd>
          {receipt.payer.name} · {receipt.payer.document} · {receipt.payer.institution.name}
        </dd>
        <dt>Para</dt>
        <dd>
          {receipt.receiver.name} · {receipt.receiver.document} · {receipt.receiver.institution.name}
        </dd>
        {receipt.description && (
          <>
            <dt>Descrição</dt>
            <dd>{receipt.description}</dd>
          </>
        )}
        <dt>Identificador (E2E)</dt>
        <dd>
          <code>{receipt.endToEndId}</code>
        </dd>
      </dl>
      <a href={receipt.pdf} download={`comprovante-pix-${receipt.endToEndId}.pdf`}>
        Baixar comprovante (PDF)
      </a>
    </section>
  );
}
