import type { SiteSetting, SupportLine } from '@/payload-types'
import { paths } from '@/site/paths'
import { CareCard } from './CareCard'
import { SupportLineSentence } from './SupportLineSentence'

type UrgentHelpCardProps = {
  urgentHelp: SiteSetting['urgentHelp']
  lines: SupportLine[]
  headingLevel?: 2 | 3
}

/** The crisis lines in an urgent care card, shown wherever a trainee may need them. */
export function UrgentHelpCard({ urgentHelp, lines, headingLevel = 2 }: UrgentHelpCardProps) {
  return (
    <CareCard variant="urgent" heading={urgentHelp.heading} headingLevel={headingLevel}>
      {urgentHelp.text && <p>{urgentHelp.text}</p>}
      <ul>
        {lines.map((line) => (
          <li key={line.id}>
            <SupportLineSentence line={line} />
          </li>
        ))}
      </ul>
      <p>
        If you or someone else is in immediate danger call <a href="tel:999">999</a>.{' '}
        <a href={paths.urgentHelp()}>More urgent help and NHS 111</a>
      </p>
    </CareCard>
  )
}
