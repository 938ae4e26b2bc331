import { SummaryList } from '@/components/forms/SummaryList'
import { UrgentHelpCard } from '@/components/UrgentHelpCard'
import type { ServiceLink } from '@/content/services'
import type { EligibilityOutcome, EligibilityRule } from '@/eligibility'
import { checkAnswersSummary } from '@/forms'
import type { SiteSetting, SupportLine } from '@/payload-types'
import { paths } from '@/site/paths'

import { applyBasePath, pageHref } from '../paths'
import type { Journey, JourneyState } from '../types'

/** The application every eligible trainee is sent to. */
export const PSU_APPLICATION_SLUG = 'psu-application'
const NON_TRAINING_POLICY = 'support-for-non-training-grades-and-post-cct'

type EligibilityResultProps = {
  journey: Journey
  state: JourneyState
  outcome: EligibilityOutcome
  rules: EligibilityRule[]
  services: ServiceLink[]
  settings: SiteSetting
  lines: SupportLine[]
}

function Eligible({ outcome, rules, services }: Pick<EligibilityResultProps, 'outcome' | 'rules' | 'services'>) {
  const route = rules.find((rule) => rule.key === outcome.metRoutes[0])
  return (
    <>
      <h1>You can use the PSU</h1>
      <p>From your answers, you are in a group the Professional Support Unit supports:</p>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>{route?.explanation ?? outcome.reason}</p>
      </div>
      <h2>What the PSU offers</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {services.map((service) => (
          <li key={service.id}>
            <a href={paths.service(service.slug)}>{service.title}</a>
          </li>
        ))}
      </ul>
      <p>If you are not sure which service would help most, or you would like more than one, apply and we will help you choose.</p>
      <a className="nhsuk-button" role="button" draggable="false" data-module="nhsuk-button" href={applyBasePath(PSU_APPLICATION_SLUG)}>
        Apply
      </a>
    </>
  )
}

function NotEligible({ outcome, settings }: Pick<EligibilityResultProps, 'outcome' | 'settings'>) {
  return (
    <>
      <h1>You cannot use the PSU</h1>
      <p>{outcome.reason}</p>
      <h2>Where else to get help</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>
          Doctors in non-training grades or after CCT:{' '}
          <a href={paths.policy(NON_TRAINING_POLICY)}>Support for non training grades and post CCT</a>
        </li>
        <li>
          If you are not sure whether you can use the PSU, email a PSU Coordinator at{' '}
          <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
        </li>
      </ul>
    </>
  )
}

/**
 * The checker's answer: who the PSU supports and why this trainee is (or is not) one of them,
 * what to do next, and the crisis lines, which are open to all NHS staff whatever the result.
 */
export function EligibilityResult(props: EligibilityResultProps) {
  const { journey, state, outcome, settings, lines } = props
  const rows = checkAnswersSummary(journey.definition, state.answers).map((row) => ({
    ...row,
    changeHref: pageHref(journey, row.pageId, true),
  }))
  return (
    <>
      {outcome.eligible ? <Eligible {...props} /> : <NotEligible {...props} />}
      <UrgentHelpCard urgentHelp={settings.urgentHelp} lines={lines} />
      <h2>Your answers</h2>
      <SummaryList rows={rows} />
    </>
  )
}
