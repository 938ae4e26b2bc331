import type { Payload } from 'payload'

import { checkerForm, type EligibilityRule } from '@/eligibility'
import { expandOneQuestionPerPage } from '@/forms'
import type { FormDefinition } from '@/forms/types'
import { loadEligibilityRules } from '@/submissions/eligibilityRules'
import { loadPublishedForm, type PublishedForm } from '@/submissions/publishedForm'

import { APPLY_STEPS, applyBasePath, ELIGIBILITY_BASE_PATH, ELIGIBILITY_RESULT_PATH } from './paths'
import type { Journey } from './types'

/** The pages as the trainee meets them: split one question per page when the form asks. */
const asShown = (def: FormDefinition): FormDefinition => (def.oneQuestionPerPage ? expandOneQuestionPerPage(def) : def)

export type ApplyJourney = { journey: Journey; form: PublishedForm }

/** An application form's journey from its newest published version, or null for an unknown slug. */
export async function loadApplyJourney(payload: Payload, slug: string): Promise<ApplyJourney | null> {
  const form = await loadPublishedForm(payload, slug)
  if (!form) return null
  const basePath = applyBasePath(form.slug)
  const journey = {
    slug: form.slug,
    version: form.version,
    basePath,
    endPath: `${basePath}/${APPLY_STEPS.checkAnswers}`,
    definition: asShown(form.definition),
  }
  return { journey, form }
}

export type EligibilityJourney = { journey: Journey; rules: EligibilityRule[] }

/** The eligibility checker, built from the criteria staff keep, so it follows their edits at once. */
export async function loadEligibilityJourney(payload: Payload): Promise<EligibilityJourney> {
  const rules = await loadEligibilityRules(payload)
  const definition = asShown(checkerForm(rules))
  const journey = {
    slug: definition.slug,
    version: definition.version,
    basePath: ELIGIBILITY_BASE_PATH,
    endPath: ELIGIBILITY_RESULT_PATH,
    definition,
  }
  return { journey, rules }
}
