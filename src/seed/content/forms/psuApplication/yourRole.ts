import { factQuestions } from '@/eligibility/facts'

import { exitPage, forStaff, question, questionPage, when } from '../build'
import { grade, registrationNumbers, trainingProgramme } from '../person'
import { askACoordinator, crisisLines } from '../signposting'

/**
 * The eligibility facts under their fixed keys and option values, so the eligibility gate reads
 * them straight from the answers. Trainees outside London and KSS leave at once.
 */
export const yourRolePage = questionPage('your-role', 'Your role', [factQuestions.staffGroup, factQuestions.region], {
  branches: [{ when: when('region', 'equals', 'other'), goTo: 'region-exit' }],
})

export const regionExitPage = exitPage('region-exit', 'You cannot use the PSU', [
  'You cannot use the PSU because it supports healthcare professionals in training in London and Kent, Surrey & Sussex only.',
  'Your local NHS England workforce, training and education team can tell you about support where you work or train.',
  'If you are a doctor in a non-training grade or after CCT, read the PSU policy "Support for non training grades and post CCT" for where to find support.',
  ...crisisLines,
  askACoordinator,
])

/**
 * Training details. These depend on the staff group, so they sit on the page after it: a
 * question can only be shown or hidden by answers given on an earlier page.
 */
export const yourTrainingPage = questionPage('your-training', 'Your training', [
  { ...factQuestions.hasTrainingNumber, showWhen: forStaff('doctor', 'dentist') },
  { ...factQuestions.band, showWhen: forStaff('healthcareProfessional') },
  { ...factQuestions.inRecognisedTrainingScheme, showWhen: forStaff('healthcareProfessional') },
  { ...factQuestions.pharmacyProgramme, showWhen: forStaff('pharmacy') },
  { ...factQuestions.workforceScheme, showWhen: forStaff('doctor') },
  ...registrationNumbers,
  grade,
  question('specialty', 'shortText', 'What is your specialty?', {
    hint: 'For example, General Practice, Paediatrics, Pharmacy or Adult nursing',
    errorName: 'your specialty',
    validation: { maxLength: 200 },
  }),
  trainingProgramme,
  question('trust', 'shortText', 'Which trust employs you?', {
    hint: 'Your employing trust or organisation. GP trainees: your lead employer.',
    errorName: 'your employing trust',
    validation: { maxLength: 200 },
  }),
])
