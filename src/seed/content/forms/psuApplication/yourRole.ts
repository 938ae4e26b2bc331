import { factQuestions } from '@/eligibility/facts'

import type { SeedPage } from '../types'
import { exitPage, forStaff, question, questionPage, when } from '../build'
import { grade, registrationNumbers, trainingProgramme } from '../person'
import { askACoordinator, crisisLines } from '../signposting'

/** Trainees outside London and KSS leave at once, before anything else is asked. */
export const regionPage = questionPage('region', 'Where you work or train', [factQuestions.region], {
  branches: [{ when: when('region', 'equals', 'other'), goTo: 'region-exit' }],
})

export const regionExitPage = exitPage('region-exit', 'You cannot use the PSU', [
  'You cannot use the PSU because it supports healthcare professionals in training in London and Kent, Surrey & Sussex only.',
  'Your local NHS England workforce, training and education team can tell you about support where you work or train.',
  'If you are a doctor in a non-training grade or after CCT, read the PSU policy "Support for non training grades and post CCT" for where to find support.',
  ...crisisLines,
  askACoordinator,
])

export const staffGroupPage = questionPage('staff-group', 'Your staff group', [factQuestions.staffGroup])

/**
 * The eligibility facts under their fixed keys and option values, so the eligibility gate reads
 * them straight from the answers; each is asked only of the staff groups it matters to.
 */
export const factPages: SeedPage[] = [
  questionPage('training-number', 'Training number', [factQuestions.hasTrainingNumber], { showWhen: forStaff('doctor', 'dentist') }),
  questionPage('band', 'Band', [factQuestions.band], { showWhen: forStaff('healthcareProfessional') }),
  questionPage('training-scheme', 'Training scheme', [factQuestions.inRecognisedTrainingScheme], {
    showWhen: forStaff('healthcareProfessional'),
  }),
  questionPage('pharmacy-programme', 'Pharmacy training programme', [factQuestions.pharmacyProgramme], { showWhen: forStaff('pharmacy') }),
  questionPage('workforce-scheme', 'Workforce scheme', [factQuestions.workforceScheme], { showWhen: forStaff('doctor') }),
]

/** "gmcNumber" → "gmc-number". */
const pageIdOf = (key: string): string => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)

/** Each staff group's registration number on its own page, shown to that group only. */
const registrationPages: SeedPage[] = registrationNumbers.map(({ showWhen, ...number }) =>
  questionPage(pageIdOf(number.key), 'Registration number', [number], showWhen ? { showWhen } : {}),
)

/** Training details, one thing per page. */
export const trainingPages: SeedPage[] = [
  ...registrationPages,
  questionPage('grade', 'Grade', [grade]),
  questionPage('specialty', 'Specialty', [
    question('specialty', 'shortText', 'What is your specialty?', {
      hint: 'For example, General Practice, Paediatrics, Pharmacy or Adult nursing',
      errorName: 'your specialty',
      validation: { maxLength: 200 },
    }),
  ]),
  questionPage('training-programme', 'Training programme', [trainingProgramme]),
  questionPage('trust', 'Employer', [
    question('trust', 'shortText', 'Which trust employs you?', {
      hint: 'Your employing trust or organisation. GP trainees: your lead employer.',
      errorName: 'your employing trust',
      validation: { maxLength: 200 },
    }),
  ]),
]
