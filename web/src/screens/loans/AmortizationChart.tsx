import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatBRL } from '../../lib/format';
import { amortizationSeries, type ScheduleRow } from '../../lib/series';

/** Each installment split into amortization and interest. */
export function AmortizationChart({ rows, label }: { readonly rows: readonly ScheduleRow[]; readonly label: string }) {
  return (
    <figure className="chart" aria-label={`Gráfico de amortização: ${label}`}>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={amortizationSeries(rows)} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="number" />
          <YAxis tickFormatter={(value: number) => formatBRL(String(value))} width={104} />
          <Tooltip formatter={(value, name) => [formatBRL(String(value)), name]} labelFormatter={(number) => `Parcela ${number}`} />
          <Legend />
          <Bar dataKey="amortization" name="Amortização" stackId="payment" fill="#0b5cad" isAnimationActive={false} />
          <Bar dataKey="interest" name="Juros" stackId="payment" fill="#c05600" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <figcaption>{label}: amortização e juros de cada parcela</figcaption>
    </figure>
  );
}
