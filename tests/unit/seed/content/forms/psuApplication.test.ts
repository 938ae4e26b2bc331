import { describe, expect, it } from '@jest/globals'

import { defaultEligibilityRules, evaluateEligibility, factQuestions } from '@/eligibility'
import { nextStep, publishChecks, routeService, validateAnswers, walkJourney } from '@/forms'
import { seedServices } from '@/seed/content/services'
import { psuApplicationForm } from '@/seed/content/forms'

import { eligibleDoctorAnswers } from './formAnswers'
import { seedDefinition } from './seedDefinition'

const def = seedDefinition(psuApplicationForm)
const now = new Date('2025-06-02T10:00:00Z')
const questions = def.pages.flatMap((page) => page.questions)
const byKey = (key: string) => questions.find((question) => question.key === key)

describe('the seeded PSU application form', () => {
  it('passes the publish checks', () => {
    expect(publishChecks(def)).toEqual([])
  })

  it('asks the eligibility facts under their own keys and options, the staff-group ones only of those groups', () => {
    for (const key of ['staffGroup', 'region', 'hasTrainingNumber', 'band', 'inRecognisedTrainingScheme', 'pharmacyProgramme', 'workforceScheme'] as const) {
      expect({ key, asked: byKey(key) }).toEqual({ key, asked: factQuestions[key] })
      const page = def.pages.find((candidate) => candidate.questions.some((question) => question.key === key))
      expect({ key, conditional: page?.showWhen !== undefined }).toEqual({ key, conditional: key !== 'staffGroup' && key !== 'region' })
    }
  })

  it('asks one thing per page: a name (first and last) or a declaration counts as one', () => {
    const several = def.pages.filter((page) => page.questions.length > 1).map((page) => page.questions.map((question) => question.key))
    expect(several).toEqual([
      ['firstName', 'lastName'],
      ['consentToContact', 'consentToShare'],
    ])
  })

  it('offers the services by slug and routes only to seeded services', () => {
    const slugs = seedServices.map((service) => service.slug)
    expect(byKey('servicesOfInterest')?.options?.map((option) => option.value)).toEqual([
      'careers-unit',
      'individual-support-team',
      'communication-skills',
      'supported-return-to-training',
      'coaching-service',
      'covid-19-wellbeing-hub',
      'dyslexia-assessments',
    ])
    const routed = [...(def.routing?.rules ?? []).map((rule) => rule.service), def.routing?.defaultService]
    expect(routed.every((slug) => slug !== undefined && slugs.includes(slug))).toBe(true)
  })

  it('takes an eligible doctor in London to check answers, eligible, routed to the first ticked service', () => {
    const walk = walkJourney(def, eligibleDoctorAnswers)
    expect(walk.end).toEqual({ kind: 'check-answers' })
    expect(walk.pages.map((page) => page.id)).toEqual([
      'region',
      'staff-group',
      'training-number',
      'workforce-scheme',
      'name',
      'date-of-birth',
      'email',
      'phone',
      'address',
      'gmc-number',
      'grade',
      'specialty',
      'training-programme',
      'trust',
      'services',
      'what-support',
      'previous-support',
      'wellbeing',
      'wellbeing-notes',
      'consent',
    ])
    expect(evaluateEligibility(defaultEligibilityRules, walk.answers).eligible).toBe(true)
    expect(routeService(def, eligibleDoctorAnswers)).toBe('careers-unit')
    expect(validateAnswers(def, eligibleDoctorAnswers, { now })).toMatchObject({ ok: true })
  })

  it('asks each staff group only its own questions', () => {
    const shown = (staffGroup: string) =>
      walkJourney(def, { ...eligibleDoctorAnswers, staffGroup })
        .questions.map(({ question }) => question.key)
        .filter((key) => trainingKeys.includes(key))
    const trainingKeys = ['hasTrainingNumber', 'band', 'inRecognisedTrainingScheme', 'pharmacyProgramme', 'workforceScheme']
    trainingKeys.push('gmcNumber', 'gdcNumber', 'gphcNumber', 'nmcPin', 'grade', 'specialty', 'trainingProgramme', 'trust')
    const always = ['grade', 'specialty', 'trainingProgramme', 'trust']
    expect(shown('doctor')).toEqual(['hasTrainingNumber', 'workforceScheme', 'gmcNumber', ...always])
    expect(shown('dentist')).toEqual(['hasTrainingNumber', 'gdcNumber', ...always])
    expect(shown('pharmacy')).toEqual(['pharmacyProgramme', 'gphcNumber', ...always])
    expect(shown('healthcareProfessional')).toEqual(['band', 'inRecognisedTrainingScheme', 'nmcPin', ...always])
    expect(shown('other')).toEqual(always)
  })

  it('sends a trainee from outside London and KSS to the region exit page', () => {
    const walk = walkJourney(def, { ...eligibleDoctorAnswers, region: 'other' })
    expect(walk.end).toEqual({ kind: 'exit', pageId: 'region-exit' })
    expect(def.pages.find((page) => page.id === 'region-exit')?.exitContent).toMatch(/0300 131 7000.*psu\.lase@hee\.nhs\.uk/)
  })

  it('interrupts with urgent help when the risk question is answered yes', () => {
    expect(nextStep(def, { harmThoughts: 'yes' }, 'wellbeing')).toEqual({ kind: 'interruption', reason: 'risk', after: 'wellbeing' })
    expect(walkJourney(def, { ...eligibleDoctorAnswers, harmThoughts: 'yes' }).riskPages).toEqual(['wellbeing'])
  })

  it('routes to the individual support team when no service is ticked', () => {
    const { servicesOfInterest, ...unsure } = eligibleDoctorAnswers
    expect(servicesOfInterest).toBeDefined()
    expect(routeService(def, unsure)).toBe('individual-support-team')
    expect(validateAnswers(def, unsure, { now })).toMatchObject({ ok: true })
  })

  it('refuses a GMC number in the wrong format, naming the GMC', () => {
    const result = validateAnswers(def, { ...eligibleDoctorAnswers, gmcNumber: '12345' }, { now })
    expect(result).toEqual({ ok: false, errors: [{ field: 'gmcNumber', message: expect.stringMatching(/GMC/) }] })
  })

  it('refuses a date of birth in the future and a missing consent', () => {
    const result = validateAnswers(def, { ...eligibleDoctorAnswers, dateOfBirth: '2030-01-01', consentToShare: undefined }, { now })
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual(['dateOfBirth', 'consentToShare'])
  })
})
