import type { ReactNode } from 'react'

import styles from './referral.module.css'

export type SummaryItem = { key: string; label: ReactNode; value: ReactNode }

/** A heading and a description list of label → value: how the referral page shows facts. */
export function SummarySection({ id, title, items, empty }: { id: string; title: string; items: SummaryItem[]; empty?: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <dl className={styles.list}>
          {items.map((item) => (
            <div key={item.key} style={{ display: 'contents' }}>
              <dt>{item.label}</dt>
              <dd>{item.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  )
}
