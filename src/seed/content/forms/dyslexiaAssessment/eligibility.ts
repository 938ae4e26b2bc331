import { exitPage, question, questionPage, when } from '../build'
import { PSU_EMAIL } from '../signposting'

/** The three conditions in the page's own sentence, one question (and one page) each. */
export const eligibilityPages = [
  questionPage(
    'postgraduate-education',
    'Postgraduate medical education',
    [question('inPostgraduateMedicalEducation', 'yesNo', 'Are you in postgraduate medical education?')],
    { branches: [{ when: when('inPostgraduateMedicalEducation', 'equals', 'no'), goTo: 'not-eligible' }] },
  ),
  questionPage(
    'where-you-work',
    'Where you work or train',
    [question('londonOrSouthEast', 'yesNo', 'Do you work or train in London or the South East?', { hint: 'London, Kent, Surrey or Sussex' })],
    { branches: [{ when: when('londonOrSouthEast', 'equals', 'no'), goTo: 'not-eligible' }] },
  ),
  questionPage(
    'previous-assessment',
    'Previous assessment',
    [
      question('previousFullAssessment', 'yesNo', 'Have you had a full assessment for dyslexia before?', {
        hint: 'A full diagnostic assessment by a psychologist or specialist assessor, not a screening test',
      }),
    ],
    { branches: [{ when: when('previousFullAssessment', 'equals', 'yes'), goTo: 'already-assessed' }] },
  ),
]

export const notEligiblePage = exitPage('not-eligible', 'You cannot apply for a dyslexia assessment through the PSU', [
  'PSU dyslexia assessments are for people in postgraduate medical education in London & the South East.',
  'If you are at university, your university disability or student support service can tell you how to get an assessment. If you work in the NHS elsewhere, ask your employer or your local NHS England workforce, training and education team.',
  `If you are not sure whether this applies to you, email a PSU Coordinator at ${PSU_EMAIL}.`,
])

export const alreadyAssessedPage = exitPage(
  'already-assessed',
  'You cannot apply because you have already had a full assessment',
  [
    'The PSU arranges a first full assessment for dyslexia. You cannot apply because you have already had one.',
    'The PSU Individual Support Team can still help you, for example with study and exam strategies or with reasonable adjustments in training. Apply for support from the Professional Support Unit and tell us about your assessment.',
    `You can also email a PSU Coordinator at ${PSU_EMAIL}.`,
  ],
)
