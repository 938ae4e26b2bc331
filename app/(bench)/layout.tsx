import type { ReactNode } from 'react'

/** A bare root layout: the framework's own baseline for the benchmarks, with no site chrome. */
export default function BenchLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
