import { describe, expect, it } from '@jest/globals'

import { publishChecks, routeService, validateAnswers, walkJourney, type Answers } from '@/forms'
import { dyslexiaAssessmentForm } from '@/seed/content/forms'

import { dyslexiaApplicantAnswers } from './formAnswers'
import { seedDefinition } from './seedDefinition'

const def = seedDefinition(dyslexiaAssessmentForm)
const now = new Date('2025-06-02T10:00:00Z')

describe('the seeded dyslexia assessment form', () => {
  it('passes the publish checks', () => {
    expect(publishChecks(def)).toEqual([])
  })

  it('takes an eligible trainee through every page to check answers, routed to dyslexia assessments', () => {
    const walk = walkJourney(def, dyslexiaApplicantAnswers)
    expect(walk.end).toEqual({ kind: 'check-answers' })
    expect(walk.pages.map((page) => page.id)).toEqual([
      'postgraduate-education',
      'where-you-work',
      'previous-assessment',
      'name',
      'email',
      'phone',
      'gmc-number',
      'grade',
      'training-programme',
      'difficulties',
      'exams-affected',
      'exams',
      'consent',
    ])
    expect(routeService(def, dyslexiaApplicantAnswers)).toBe('dyslexia-assessments')
    expect(validateAnswers(def, dyslexiaApplicantAnswers, { now })).toMatchObject({ ok: true })
  })

  it('asks one thing per page: a name (first and last) or a declaration counts as one', () => {
    const several = def.pages.filter((page) => page.questions.length > 1).map((page) => page.questions.map((question) => question.key))
    expect(several).toEqual([
      ['firstName', 'lastName'],
      ['consentToContact', 'consentToAssessor'],
    ])
  })

  it('skips the exams page when exams were not affected', () => {
    const { whichExams, ...answers }: Answers = { ...dyslexiaApplicantAnswers, examsAffected: 'no' }
    expect(whichExams).toBeDefined()
    expect(walkJourney(def, answers).pages.map((page) => page.id)).not.toContain('exams')
    expect(validateAnswers(def, answers, { now })).toMatchObject({ ok: true })
  })

  it.each([
    ['already had a full assessment', { previousFullAssessment: 'yes' }, 'already-assessed'],
    ['not in postgraduate medical education', { inPostgraduateMedicalEducation: 'no' }, 'not-eligible'],
    ['outside London and the South East', { londonOrSouthEast: 'no' }, 'not-eligible'],
  ])('ends on an exit page for a trainee who has %s', (_, change, exit) => {
    const answers = { ...dyslexiaApplicantAnswers, ...change }
    expect(walkJourney(def, answers).end).toEqual({ kind: 'exit', pageId: exit })
    expect(validateAnswers(def, answers, { now }).ok).toBe(false)
  })

  it('signposts the individual support team and the PSU email from the already-assessed exit', () => {
    const exit = def.pages.find((page) => page.id === 'already-assessed')
    expect(exit?.exitContent).toMatch(/Individual Support Team.*psu\.lase@hee\.nhs\.uk/)
  })
})
