import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatBRL } from '../../lib/format';
import { spendingBars } from './cards';
import type { SpendingCategory } from '../../../../schema/operations/generated/graphql';

/** A month's captured purchases by category, largest first; the amounts also as a list under the chart. */
export function SpendingChart({
  categories,
}: {
  readonly categories: readonly { readonly category: SpendingCategory; readonly total: string; readonly count: number }[];
}) {
  const bars = spendingBars(categories, formatBRL);
  return (
    <figure className="chart" aria-label="Gráfico de gastos por categoria">
      <ResponsiveContainer width="100%" height={Math.max(120, 44 * bars.length)}>
        <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(value: number) => formatBRL(String(value))} />
          <YAxis type="category" dataKey="category" width={112} />
          <Tooltip formatter={(_value, _name, item) => [(item.payload as (typeof bars)[number]).label, 'Gasto']} />
          <Bar dataKey="total" fill="#0b5cad" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <figcaption>
        <ul className="list">
          {bars.map((bar) => (
            <li key={bar.category}>
              <span>{bar.category}</span> <span className="money">{bar.label}</span>
              <small>{bar.count === 1 ? '1 compra' : `${bar.count} compras`}</small>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
