import type { ConditionGroup, Question } from '@/forms/types'

/** The facts the eligibility rules can test, in the order the checker asks them. */
export const FACT_KEYS = [
  'region',
  'staffGroup',
  'hasTrainingNumber',
  'band',
  'inRecognisedTrainingScheme',
  'pharmacyProgramme',
  'workforceScheme',
] as const

export type FactKey = (typeof FACT_KEYS)[number]

const none = { value: 'none', label: 'None of these' }

/** The fact questions, shared by the eligibility checker and any form that gates on eligibility. */
export const factQuestions: Readonly<Record<FactKey, Question>> = {
  region: {
    key: 'region',
    type: 'radios',
    label: 'Where do you work or train?',
    errorName: 'where you work or train',
    required: true,
    options: [
      { value: 'london', label: 'London' },
      { value: 'kss', label: 'Kent, Surrey and Sussex' },
      { value: 'other', label: 'Somewhere else' },
    ],
  },
  staffGroup: {
    key: 'staffGroup',
    type: 'radios',
    label: 'Which of these describes you?',
    errorName: 'your staff group',
    required: true,
    options: [
      { value: 'doctor', label: 'Doctor' },
      { value: 'dentist', label: 'Dentist' },
      { value: 'pharmacy', label: 'Pharmacist or pharmacy technician' },
      { value: 'healthcareProfessional', label: 'Nurse, midwife or other healthcare professional' },
      { value: 'other', label: 'Something else' },
    ],
  },
  hasTrainingNumber: {
    key: 'hasTrainingNumber',
    type: 'yesNo',
    label: 'Do you hold a London or KSS training number (Foundation years until CCT)?',
    required: true,
  },
  band: {
    key: 'band',
    type: 'number',
    label: 'What is your Agenda for Change band?',
    hint: 'Enter a number from 1 to 9',
    required: true,
    validation: { min: 1, max: 9, integer: true },
  },
  inRecognisedTrainingScheme: {
    key: 'inRecognisedTrainingScheme',
    type: 'yesNo',
    label: 'Are you in a recognised training scheme?',
    hint: 'For example, nurse preceptorship or development for more specialised clinical roles',
    required: true,
  },
  pharmacyProgramme: {
    key: 'pharmacyProgramme',
    type: 'radios',
    label: 'Which pharmacy training programme are you on?',
    errorName: 'your pharmacy training programme',
    required: true,
    options: [
      {
        value: 'preRegistration',
        label: 'Pre-registration pharmacist (1 year post-degree programme in a Trust)',
      },
      { value: 'pharmacyTechnician', label: 'Pharmacy technician (2 year programme employed by a Trust)' },
      { value: 'foundation', label: 'Foundation pharmacist (2 years post registration)' },
      {
        value: 'gpPathway',
        label: 'Clinical pharmacist on the 18 month general practice pharmacist training pathway',
      },
      none,
    ],
  },
  workforceScheme: {
    key: 'workforceScheme',
    type: 'radios',
    label: 'Have you been offered a placement on one of these workforce schemes?',
    hint: 'Only if you have passed the entry requirements',
    errorName: 'the workforce scheme you have been offered a placement on',
    required: true,
    options: [
      { value: 'inductionReturning', label: 'Induction & Returning (I&R)' },
      { value: 'retainer', label: 'Retainer' },
      { value: 'igpr', label: 'International GP recruitment (IGPR)' },
      { value: 'caps', label: 'Clinical Apprenticement Placement (CAPS)' },
      none,
    ],
  },
}

const forStaff = (...groups: string[]): ConditionGroup => ({
  match: 'all',
  conditions: [{ field: 'staffGroup', operator: 'oneOf', value: groups }],
})

/**
 * When a fact is worth asking: a band means nothing to a doctor, and a training number means
 * nothing to a pharmacist, so the checker asks only what can change the outcome.
 */
export const factRelevance: Readonly<Partial<Record<FactKey, ConditionGroup>>> = {
  hasTrainingNumber: forStaff('doctor', 'dentist'),
  band: forStaff('healthcareProfessional'),
  inRecognisedTrainingScheme: forStaff('healthcareProfessional'),
  pharmacyProgramme: forStaff('pharmacy'),
  workforceScheme: forStaff('doctor'),
}

/** True when `key` names one of the fixed facts. */
export function isFactKey(key: string): key is FactKey {
  return (FACT_KEYS as readonly string[]).includes(key)
}
