import { formatBRL } from '../lib/format';

/** An amount in reais; a signed amount is coloured by its sign. */
export function Money({ amount, signed = false }: { readonly amount: string | null | undefined; readonly signed?: boolean }) {
  const sign = signed && amount != null ? (Number(amount) < 0 ? 'money--out' : 'money--in') : '';
  return <span className={`money ${sign}`}>{formatBRL(amount)}</span>;
}
