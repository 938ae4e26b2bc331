import { describe, expect, it } from '@jest/globals'

import { checkerForm, referencedFacts } from '@/eligibility/checkerForm'
import { defaultEligibilityRules } from '@/eligibility/defaultRules'
import { evaluateEligibility } from '@/eligibility/evaluate'
import { FACT_KEYS } from '@/eligibility/facts'
import type { EligibilityRule } from '@/eligibility/types'
import { validateAnswers } from '@/forms/compile'
import { pathThrough } from '@/forms/journey'
import { publishChecks } from '@/forms/publishChecks'
import type { Answers } from '@/forms/types'

const form = checkerForm(defaultEligibilityRules)
const now = new Date('2024-06-15T11:00:00Z')

describe('checkerForm', () => {
  it('asks each fact on its own page, in order, and publishes cleanly', () => {
    expect(form.pages.map((page) => page.id)).toEqual([...FACT_KEYS])
    expect(form.pages.every((page) => page.questions.length === 1)).toBe(true)
    expect(publishChecks(form)).toEqual([])
  })

  it.each<[string, Answers, string[]]>([
    ['a doctor', { staffGroup: 'doctor' }, ['region', 'staffGroup', 'hasTrainingNumber', 'workforceScheme']],
    ['a dentist', { staffGroup: 'dentist' }, ['region', 'staffGroup', 'hasTrainingNumber']],
    [
      'a nurse',
      { staffGroup: 'healthcareProfessional' },
      ['region', 'staffGroup', 'band', 'inRecognisedTrainingScheme'],
    ],
    ['a pharmacist', { staffGroup: 'pharmacy' }, ['region', 'staffGroup', 'pharmacyProgramme']],
    ['anyone else', { staffGroup: 'other' }, ['region', 'staffGroup']],
  ])('asks %s only what matters', (_, answers, expected) => {
    expect(pathThrough(form, { region: 'london', ...answers })).toEqual(expected)
  })

  it('asks only facts the rules use, plus the staff group they depend on', () => {
    const rules: EligibilityRule[] = [
      {
        ...defaultEligibilityRules[0],
        when: { match: 'all', conditions: [{ field: 'band', operator: 'greaterThan', value: 4 }] },
      },
      {
        ...defaultEligibilityRules[1],
        when: { match: 'all', conditions: [{ field: 'notAFact', operator: 'answered' }] },
      },
    ]
    expect(referencedFacts(rules)).toEqual(['staffGroup', 'band'])
    expect(checkerForm(rules).pages.map((page) => page.id)).toEqual(['staffGroup', 'band'])
    expect(checkerForm([]).pages).toEqual([])
  })

  it('validates posted answers that then decide eligibility', () => {
    const posted = { region: 'kss', staffGroup: 'healthcareProfessional', band: '6', inRecognisedTrainingScheme: 'yes' }
    const result = validateAnswers(form, posted, { now })
    expect(result).toEqual({ ok: true, answers: { ...posted, band: 6 } })
    if (result.ok) expect(evaluateEligibility(defaultEligibilityRules, result.answers).eligible).toBe(true)
  })

  it('reports missing facts in NHS style', () => {
    expect(validateAnswers(form, { region: 'london', staffGroup: 'doctor' }, { now })).toEqual({
      ok: false,
      errors: [
        {
          field: 'hasTrainingNumber',
          message: 'Select yes if you hold a London or KSS training number (Foundation years until CCT)',
        },
        { field: 'workforceScheme', message: 'Select the workforce scheme you have been offered a placement on' },
      ],
    })
  })
})
