import { describe, expect, it } from '@jest/globals'

import { defaultEligibilityRules } from '@/eligibility/defaultRules'
import { evaluateEligibility } from '@/eligibility/evaluate'
import type { EligibilityRule } from '@/eligibility/types'
import type { Answers } from '@/forms/types'

const london = { region: 'london' }
const rule = (key: string) => defaultEligibilityRules.find((candidate) => candidate.key === key)!

describe('evaluateEligibility with the PSU rules', () => {
  it.each<[string, Answers, string]>([
    [
      'a London doctor with a training number',
      { ...london, staffGroup: 'doctor', hasTrainingNumber: 'yes' },
      'doctors-dentists',
    ],
    [
      'a KSS dentist with a training number',
      { region: 'kss', staffGroup: 'dentist', hasTrainingNumber: 'yes' },
      'doctors-dentists',
    ],
    [
      'a band 5 nurse in a recognised scheme',
      { ...london, staffGroup: 'healthcareProfessional', band: 5, inRecognisedTrainingScheme: 'yes' },
      'banded-professionals',
    ],
    [
      'a band 8 professional (band from a form as a string)',
      { ...london, staffGroup: 'healthcareProfessional', band: '8', inRecognisedTrainingScheme: 'yes' },
      'banded-professionals',
    ],
    [
      'a pre-registration pharmacist',
      { ...london, staffGroup: 'pharmacy', pharmacyProgramme: 'preRegistration' },
      'pharmacists',
    ],
    [
      'a pharmacy technician',
      { ...london, staffGroup: 'pharmacy', pharmacyProgramme: 'pharmacyTechnician' },
      'pharmacists',
    ],
    ['a foundation pharmacist', { ...london, staffGroup: 'pharmacy', pharmacyProgramme: 'foundation' }, 'pharmacists'],
    ['a GP pathway pharmacist', { ...london, staffGroup: 'pharmacy', pharmacyProgramme: 'gpPathway' }, 'pharmacists'],
    [
      'a doctor on I&R',
      { ...london, staffGroup: 'doctor', hasTrainingNumber: 'no', workforceScheme: 'inductionReturning' },
      'workforce-schemes',
    ],
    [
      'a doctor on the Retainer scheme',
      { ...london, staffGroup: 'doctor', workforceScheme: 'retainer' },
      'workforce-schemes',
    ],
    ['a doctor on IGPR', { ...london, staffGroup: 'doctor', workforceScheme: 'igpr' }, 'workforce-schemes'],
    ['a doctor on CAPS', { ...london, staffGroup: 'doctor', workforceScheme: 'caps' }, 'workforce-schemes'],
  ])('%s is eligible', (_, answers, route) => {
    const outcome = evaluateEligibility(defaultEligibilityRules, answers)
    expect(outcome).toEqual({
      eligible: true,
      metRoutes: [route],
      failedRequired: [],
      reason: `You can use the PSU. You are in this group: ${rule(route).explanation}`,
    })
  })

  it('lists every route met', () => {
    const answers = { ...london, staffGroup: 'doctor', hasTrainingNumber: 'yes', workforceScheme: 'caps' }
    expect(evaluateEligibility(defaultEligibilityRules, answers).metRoutes).toEqual([
      'doctors-dentists',
      'workforce-schemes',
    ])
  })

  it.each<[string, Answers]>([
    ['somewhere else', { region: 'other', staffGroup: 'doctor', hasTrainingNumber: 'yes' }],
    ['region not given', { staffGroup: 'doctor', hasTrainingNumber: 'yes' }],
  ])('fails the region rule when working %s, with its reason', (_, answers) => {
    const outcome = evaluateEligibility(defaultEligibilityRules, answers)
    expect(outcome).toMatchObject({ eligible: false, failedRequired: ['region'], metRoutes: ['doctors-dentists'] })
    expect(outcome.reason).toBe(rule('region').notMetReason)
    expect(outcome.reason).toMatch(/London and Kent, Surrey & Sussex/)
  })

  it.each<[string, Answers]>([
    [
      'a doctor without a training number or scheme',
      { ...london, staffGroup: 'doctor', hasTrainingNumber: 'no', workforceScheme: 'none' },
    ],
    [
      'a dentist on a workforce scheme (doctors only)',
      { ...london, staffGroup: 'dentist', hasTrainingNumber: 'no', workforceScheme: 'retainer' },
    ],
    [
      'a band 4 professional',
      { ...london, staffGroup: 'healthcareProfessional', band: 4, inRecognisedTrainingScheme: 'yes' },
    ],
    [
      'a band 9 professional',
      { ...london, staffGroup: 'healthcareProfessional', band: 9, inRecognisedTrainingScheme: 'yes' },
    ],
    [
      'a band 6 professional not in a scheme',
      { ...london, staffGroup: 'healthcareProfessional', band: 6, inRecognisedTrainingScheme: 'no' },
    ],
    ['a pharmacist on no programme', { ...london, staffGroup: 'pharmacy', pharmacyProgramme: 'none' }],
    ['someone in another staff group', { ...london, staffGroup: 'other' }],
    ['nothing answered but the region', london],
  ])('%s matches no route', (_, answers) => {
    const outcome = evaluateEligibility(defaultEligibilityRules, answers)
    expect(outcome).toMatchObject({ eligible: false, failedRequired: [], metRoutes: [] })
    expect(outcome.reason).toMatch(/^Your answers do not match any of the groups the PSU supports: /)
    expect(outcome.reason).toContain(rule('pharmacists').explanation)
  })
})

describe('evaluateEligibility with other rules', () => {
  const required: EligibilityRule = {
    key: 'adult',
    title: 'Adult',
    explanation: 'People aged 18 or over',
    role: 'required',
    when: { match: 'all', conditions: [{ field: 'age', operator: 'greaterThan', value: 17 }] },
  }
  const route: EligibilityRule = { ...required, key: 'anyone', role: 'route', when: { match: 'all', conditions: [] } }

  it('explains a failed required rule from its explanation when it has no reason', () => {
    expect(evaluateEligibility([required, route], { age: 12 }).reason).toBe('The PSU supports: People aged 18 or over.')
  })

  it('joins the reasons of several failed required rules', () => {
    const second = { ...required, key: 'b', notMetReason: 'Second reason.' }
    const outcome = evaluateEligibility([required, second, route], {})
    expect(outcome.failedRequired).toEqual(['adult', 'b'])
    expect(outcome.reason).toBe('The PSU supports: People aged 18 or over. Second reason.')
  })

  it('needs at least one route rule', () => {
    expect(evaluateEligibility([required], { age: 30 })).toMatchObject({ eligible: false, metRoutes: [] })
    expect(evaluateEligibility([], {}).reason).toMatch(/no groups/)
  })
})
