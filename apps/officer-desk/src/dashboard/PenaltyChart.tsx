import type { Figures } from '@platform/contracts'
import { formatNumber, locale } from '@platform/ui'
import { Chart } from './Chart'
import { Bars } from './chart-marks'
import { ticks } from './chart-scale'
import { td } from './messages'

/** Penalties per month as bars; the numbers are in the trend's table too. */
export function PenaltyChart(props: { trend: Figures['trend'] }) {
  const max = () => Math.max(4, ...props.trend.map((p) => p.illegalRentalPenalties))
  return (
    <Chart
      title={td('dash.penalties.title')}
      desc={
        <>
          {td('dash.penalties.desc', { count: props.trend.length })}{' '}
          {props.trend.map((p) => `${p.month}: ${p.illegalRentalPenalties}`).join('; ')}
        </>
      }
      labels={props.trend.map((p) => p.month.slice(5))}
      min={0}
      max={max()}
      ticks={ticks(0, max())}
      tickText={(tick) => formatNumber(tick, locale(), 0)}
    >
      <Bars values={props.trend.map((p) => p.illegalRentalPenalties)} min={0} max={max()} />
    </Chart>
  )
}
