import { describe, expect, it } from '@jest/globals'

import { CARRIED_FACTS, carryOverFacts, FACT_KEYS, factQuestions } from '@/eligibility'
import type { FormDefinition, Question } from '@/forms/types'
import { dyslexiaAssessmentForm, psuApplicationForm } from '@/seed/content/forms'

import { seedDefinition } from '../seed/content/forms/seedDefinition'

const psu = seedDefinition(psuApplicationForm)
const dyslexia = seedDefinition(dyslexiaAssessmentForm)
const formWith = (...questions: Question[]): FormDefinition => ({
  slug: 'f',
  title: 'F',
  version: 1,
  pages: [{ id: 'p', title: 'P', kind: 'questions', questions }],
})

describe('the eligibility facts an application is offered', () => {
  it('maps every fact, and only facts, through the one table', () => {
    expect(new Set(CARRIED_FACTS.map((entry) => entry.fact))).toEqual(new Set(FACT_KEYS))
  })

  it.each([
    {
      name: 'a London doctor with a training number, into the PSU application',
      form: psu,
      facts: { region: 'london', staffGroup: 'doctor', hasTrainingNumber: 'yes', workforceScheme: 'none' },
      answers: { region: 'london', staffGroup: 'doctor', hasTrainingNumber: 'yes', workforceScheme: 'none' },
      told: [
        ['Where do you work or train?', 'London'],
        ['Which of these describes you?', 'Doctor'],
        ['Do you hold a London or KSS training number (Foundation years until CCT)?', 'Yes'],
        ['Have you been offered a placement on one of these workforce schemes?', 'None of these'],
      ],
    },
    {
      name: 'a KSS nurse on band 6 in a scheme, into the PSU application',
      form: psu,
      facts: { region: 'kss', staffGroup: 'healthcareProfessional', band: 6, inRecognisedTrainingScheme: 'yes' },
      answers: { region: 'kss', staffGroup: 'healthcareProfessional', band: 6, inRecognisedTrainingScheme: 'yes' },
      told: [
        ['Where do you work or train?', 'Kent, Surrey and Sussex'],
        ['Which of these describes you?', 'Nurse, midwife or other healthcare professional'],
        ['What is your Agenda for Change band?', '6'],
        ['Are you in a recognised training scheme?', 'Yes'],
      ],
    },
    {
      name: 'a London doctor, into the dyslexia assessment (which asks London or the South East)',
      form: dyslexia,
      facts: { region: 'london', staffGroup: 'doctor', hasTrainingNumber: 'yes' },
      answers: { londonOrSouthEast: 'yes' },
      told: [['Where do you work or train?', 'London']],
    },
    {
      name: 'somewhere else, into the dyslexia assessment: not translated, so not carried',
      form: dyslexia,
      facts: { region: 'other' },
      answers: {},
      told: [],
    },
    {
      name: 'an option the form does not offer is left for the trainee',
      form: formWith({ ...factQuestions.staffGroup, options: [{ value: 'doctor', label: 'Doctor' }] }, { ...factQuestions.region }),
      facts: { staffGroup: 'dentist', region: 'kss' },
      answers: { region: 'kss' },
      told: [['Where do you work or train?', 'Kent, Surrey and Sussex']],
    },
    {
      name: 'a band the form would refuse is left for the trainee',
      form: formWith({ ...factQuestions.band, validation: { min: 5, max: 9 } }),
      facts: { band: 3 },
      answers: {},
      told: [],
    },
    { name: 'nothing from an empty checker', form: psu, facts: {}, answers: {}, told: [] },
    { name: 'no unknown or inherited keys', form: psu, facts: JSON.parse('{"__proto__": {"region": "london"}, "firstName": "Ada"}'), answers: {}, told: [] },
  ])('$name', ({ form, facts, answers, told }) => {
    const carried = carryOverFacts(form, facts)
    expect(carried.answers).toEqual(answers)
    expect(carried.told.map((fact) => [fact.label, fact.answer])).toEqual(told)
  })
})
