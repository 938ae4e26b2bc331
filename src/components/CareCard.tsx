import type { ReactNode } from 'react'

export type CareVariant = 'non-urgent' | 'urgent' | 'emergency'

// Screen readers hear the level of urgency before the heading, as on nhs.uk.
const HIDDEN_PREFIX: Record<CareVariant, string> = {
  'non-urgent': 'Non-urgent advice',
  urgent: 'Urgent advice',
  emergency: 'Immediate action required',
}

type CareCardProps = {
  variant: CareVariant
  heading: string
  headingLevel?: 2 | 3
  children: ReactNode
}

/** NHS care card: the design system's pattern for "get help now" advice. */
export function CareCard({ variant, heading, headingLevel = 2, children }: CareCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <div className={`nhsuk-card nhsuk-card--care nhsuk-card--care--${variant}`}>
      <div className="nhsuk-card__heading-container">
        <Heading className="nhsuk-card__heading">
          <span>
            <span className="nhsuk-u-visually-hidden">{HIDDEN_PREFIX[variant]}: </span>
            {heading}
          </span>
        </Heading>
        <span className="nhsuk-card--care__arrow" aria-hidden="true"></span>
      </div>
      <div className="nhsuk-card__content">{children}</div>
    </div>
  )
}
