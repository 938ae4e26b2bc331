'use client'
import dynamic from 'next/dynamic'
import { useEffect, useRef, useState } from 'react'

import type { ChartModel } from './chartData'
import styles from './reports.module.css'

// Loaded only when a chart is on screen, so recharts is fetched by this view alone.
const BarChart = dynamic(() => import('./BarChart.client').then((module) => module.BarChart), { ssr: false })

type Props = { model: ChartModel; horizontal: boolean; suppressedNote: string }

/**
 * The chart beside a figure's table, sized to its column. The table is the truth: the chart is
 * hidden from assistive technology, and without JavaScript it is simply absent.
 */
export function FigureChart({ model, horizontal, suppressedNote }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const element = box.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  const hasSuppressed = model.data.some((datum) => Object.values(datum).includes('*'))
  return (
    <div className={styles.chart} ref={box} aria-hidden="true">
      {width > 0 ? <BarChart model={model} horizontal={horizontal} width={width} /> : null}
      {hasSuppressed ? <p className={styles.chartNote}>{suppressedNote}</p> : null}
    </div>
  )
}
