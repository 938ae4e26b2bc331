import type { EligibilityCriterion } from '@/payload-types'

/**
 * Some explanations carry their own list, written as "Heading: first; second; third" (the
 * pharmacists' programmes). They are shown as a nested list, as on the PSU's page.
 */
function splitExplanation(explanation: string): { lead: string; items: string[] } {
  const colon = explanation.indexOf(': ')
  const rest = colon > 0 ? explanation.slice(colon + 2) : ''
  if (!rest.includes('; ')) return { lead: explanation, items: [] }
  return {
    lead: explanation.slice(0, colon + 1),
    items: rest
      .split('; ')
      .map((item) => item.trim())
      .filter(Boolean),
  }
}

/** The route rules' explanations as a bulleted list. */
export function EligibilityList({ rules }: { rules: EligibilityCriterion[] }) {
  return (
    <ul className="nhsuk-list nhsuk-list--bullet">
      {rules.map((rule) => {
        const { lead, items } = splitExplanation(rule.explanation)
        return (
          <li key={rule.id}>
            {lead}
            {items.length > 0 && (
              <ul className="nhsuk-list nhsuk-list--bullet nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">
                {items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
          </li>
        )
      })}
    </ul>
  )
}
