'use client'
import { Bar, type BarShapeProps, BarChart as Chart, CartesianGrid, LabelList, Legend, Rectangle, XAxis, YAxis } from 'recharts'

import { labelKey, type ChartModel } from './chartData'

/** Fills told apart by pattern as well as colour: solid, stripes, dots, cross-hatch. */
const FILLS = ['#005eb8', 'url(#psu-stripes)', 'url(#psu-dots)', 'url(#psu-hatch)', '#768692']

function Patterns() {
  return (
    <defs>
      <pattern id="psu-stripes" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill="#ffffff" />
        <rect width="4" height="8" fill="#330072" />
      </pattern>
      <pattern id="psu-dots" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#ffffff" />
        <circle cx="3" cy="3" r="2" fill="#007f3b" />
      </pattern>
      <pattern id="psu-hatch" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill="#ffffff" />
        <path d="M0 0L8 8M8 0L0 8" stroke="#7c2855" strokeWidth="2" />
      </pattern>
    </defs>
  )
}

/**
 * A bar, or for a suppressed cell no bar and a `*` where it would start (a zero-height bar gets
 * no label of its own).
 */
function shapeFor(key: string, horizontal: boolean) {
  function BarShape(props: BarShapeProps) {
    const payload = props.payload as Record<string, unknown> | undefined
    if (payload?.[labelKey(key)] !== '*') return <Rectangle {...props} />
    const { x = 0, y = 0, width = 0, height = 0 } = props
    return horizontal ? (
      <text x={x + 6} y={y + height / 2} dominantBaseline="central" fontSize={14} fontWeight={700} fill="#212b32">*</text>
    ) : (
      <text x={x + width / 2} y={y - 6} textAnchor="middle" fontSize={14} fontWeight={700} fill="#212b32">*</text>
    )
  }
  return BarShape
}

type Props = { model: ChartModel; horizontal: boolean; width: number }

/**
 * A bar chart of one figure, drawn in the browser from numbers the server already suppressed.
 * Hidden from screen readers and keyboards (the table beside it has the same numbers): no
 * tooltip, no keyboard layer.
 */
export function BarChart({ model, horizontal, width }: Props) {
  const bars = model.data.length * model.series.length
  const height = horizontal ? Math.max(160, bars * 24 + 80) : 320
  // Every category named while they fit; a long run of weeks names as many as fit, first and last kept.
  const category = { dataKey: 'label', type: 'category' as const, interval: horizontal || model.data.length <= 16 ? 0 : ('preserveStartEnd' as const), tick: { fontSize: 12 } }
  const value = { type: 'number' as const, allowDecimals: model.unit !== 'count', ...(model.unit === 'percent' ? { domain: [0, 100] } : {}) }
  return (
    <Chart
      width={width}
      height={height}
      data={model.data}
      layout={horizontal ? 'vertical' : 'horizontal'}
      accessibilityLayer={false}
      margin={{ top: 16, right: 48, bottom: 8, left: 8 }}
    >
      <Patterns />
      <CartesianGrid strokeDasharray="3 3" />
      {horizontal ? <XAxis {...value} /> : <XAxis {...category} />}
      {horizontal ? <YAxis {...category} width={180} /> : <YAxis {...value} />}
      <Legend itemSorter={null} />
      {model.series.map((series, index) => (
        <Bar key={series.key} dataKey={series.key} name={series.name} fill={FILLS[index % FILLS.length]} stroke="#212b32" isAnimationActive={false} shape={shapeFor(series.key, horizontal)}>
          <LabelList dataKey={labelKey(series.key)} position={horizontal ? 'right' : 'top'} fill="#212b32" fontSize={12} />
        </Bar>
      ))}
    </Chart>
  )
}
