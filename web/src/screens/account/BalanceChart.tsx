import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatBRL, formatDateTime, formatShortDate } from '../../lib/format';
import { balanceSeries, type StatementPoint } from '../../lib/series';

/** The balance after each entry of the period, oldest on the left. */
export function BalanceChart({ entries }: { readonly entries: readonly StatementPoint[] }) {
  const points = balanceSeries(entries);
  return (
    <figure className="chart" aria-label="Gráfico do saldo ao longo do período">
      <ResponsiveContainer width="100%" height={240}>
        <AreaChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="at"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={(at: number) => formatShortDate(new Date(at).toISOString())}
          />
          <YAxis tickFormatter={(value: number) => formatBRL(String(value))} width={104} />
          <Tooltip labelFormatter={(at) => formatDateTime(new Date(Number(at)).toISOString())} formatter={(value) => [formatBRL(String(value)), 'Saldo']} />
          <Area type="stepAfter" dataKey="balance" stroke="#0b5cad" fill="#cfe3f7" isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
      <figcaption>Saldo após cada lançamento</figcaption>
    </figure>
  );
}
