import type { Question } from '@/forms/types'

import { forStaff, question } from './build'

/** Questions about the applicant that more than one form asks, so their keys stay the same. */
export const firstName = question('firstName', 'shortText', 'First name', {
  errorName: 'your first name',
  validation: { maxLength: 100 },
})

export const lastName = question('lastName', 'shortText', 'Last name', {
  errorName: 'your last name',
  validation: { maxLength: 100 },
})

export const email = question('email', 'email', 'What is your email address?', {
  hint: 'We will send your reference number and our reply here',
})

export const phone = question('phone', 'ukPhone', 'What is your phone number?', {
  hint: 'A UK mobile or landline number we can call you on',
})

export const grade = question('grade', 'shortText', 'What is your grade?', {
  hint: 'For example, CT2, ST4, F1 or Band 6',
  validation: { maxLength: 100 },
})

export const trainingProgramme = question('trainingProgramme', 'shortText', 'Which training programme are you on?', {
  hint: 'For example, Foundation, Core Surgical Training, GP training or nurse preceptorship',
  errorName: 'your training programme',
  validation: { maxLength: 200 },
})

export const consentToContact = question('consentToContact', 'consent', 'I agree to the PSU contacting me about this application')

/** A GMC number, optional because some doctors are still waiting for one. */
export function gmcNumber(extra: Partial<Question> = {}): Question {
  return question('gmcNumber', 'registrationNumber', 'What is your GMC number?', {
    hint: '7 digits, for example 1234567. Leave this blank if you do not have one yet.',
    required: false,
    validation: { registrationBody: 'GMC' },
    ...extra,
  })
}

/** The registration number each staff group is asked for on the PSU application. */
export const registrationNumbers: Question[] = [
  gmcNumber({ showWhen: forStaff('doctor') }),
  question('gdcNumber', 'registrationNumber', 'What is your GDC number?', {
    hint: 'Up to 6 digits. Leave this blank if you do not have one yet.',
    required: false,
    validation: { registrationBody: 'GDC' },
    showWhen: forStaff('dentist'),
  }),
  question('gphcNumber', 'registrationNumber', 'What is your GPhC registration number?', {
    hint: '7 digits, for example 2012345. Leave this blank if you are not registered yet.',
    required: false,
    validation: { registrationBody: 'GPhC' },
    showWhen: forStaff('pharmacy'),
  }),
  question('nmcPin', 'registrationNumber', 'What is your NMC PIN?', {
    hint: 'For example, 12A3456E. Leave this blank if you are not on the NMC register.',
    required: false,
    validation: { registrationBody: 'NMC' },
    showWhen: forStaff('healthcareProfessional'),
  }),
]
