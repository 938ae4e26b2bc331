import type { SupportLine } from '@/payload-types'
import { SupportLineSentence } from './SupportLineSentence'

/** One crisis line as its own block: a heading to find it by, then how to reach it and when. */
export function SupportLineCard({ line }: { line: SupportLine }) {
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading">{line.name}</h3>
        <p className="nhsuk-card__description">
          <SupportLineSentence line={line} />
        </p>
      </div>
    </div>
  )
}
