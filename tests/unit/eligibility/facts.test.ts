import { describe, expect, it } from '@jest/globals'

import { FACT_KEYS, factQuestions, factRelevance, isFactKey } from '@/eligibility/facts'

describe('fact questions', () => {
  it.each<[string, string[]]>([
    ['region', ['london', 'kss', 'other']],
    ['staffGroup', ['doctor', 'dentist', 'pharmacy', 'healthcareProfessional', 'other']],
    ['pharmacyProgramme', ['preRegistration', 'pharmacyTechnician', 'foundation', 'gpPathway', 'none']],
    ['workforceScheme', ['inductionReturning', 'retainer', 'igpr', 'caps', 'none']],
  ])('%s offers %j', (key, values) => {
    expect(isFactKey(key) && factQuestions[key].options?.map((option) => option.value)).toEqual(values)
  })

  it('uses the page wording', () => {
    expect(factQuestions.region.label).toBe('Where do you work or train?')
    expect(factQuestions.region.options?.map((option) => option.label)).toEqual([
      'London',
      'Kent, Surrey and Sussex',
      'Somewhere else',
    ])
    expect(factQuestions.hasTrainingNumber).toMatchObject({
      type: 'yesNo',
      label: 'Do you hold a London or KSS training number (Foundation years until CCT)?',
    })
    expect(factQuestions.band).toMatchObject({ type: 'number', validation: { min: 1, max: 9, integer: true } })
    expect(FACT_KEYS.every((key) => factQuestions[key].key === key)).toBe(true)
  })
})

describe('factRelevance', () => {
  it('asks staff-group specific facts only of that staff group', () => {
    expect(factRelevance.band?.conditions).toEqual([
      { field: 'staffGroup', operator: 'oneOf', value: ['healthcareProfessional'] },
    ])
    expect(factRelevance.pharmacyProgramme?.conditions[0].value).toEqual(['pharmacy'])
    expect(factRelevance.hasTrainingNumber?.conditions[0].value).toEqual(['doctor', 'dentist'])
    expect(factRelevance.region).toBeUndefined()
  })

  it.each(['region', 'band', 'workforceScheme'])('knows %s is a fact', (key) => expect(isFactKey(key)).toBe(true))
  it.each(['age', '', 'constructor'])('knows %j is not a fact', (key) => expect(isFactKey(key)).toBe(false))
})
