import type { SeedPage } from '../types'
import { question, questionPage } from '../build'
import { email, firstName, lastName, phone } from '../person'

/** Who the trainee is and how to reach them: one thing per page, a name being one thing. */
export const aboutYouPages: SeedPage[] = [
  questionPage('name', 'What is your name?', [firstName, lastName]),
  questionPage('date-of-birth', 'Date of birth', [
    question('dateOfBirth', 'date', 'What is your date of birth?', {
      hint: 'For example, 27 3 1990',
      errorName: 'your date of birth',
      validation: { dateNotInFuture: true },
    }),
  ]),
  questionPage('email', 'Email address', [email]),
  questionPage('phone', 'Phone number', [phone]),
  questionPage('address', 'Address', [question('address', 'ukAddress', 'What is your address?', { hint: 'Optional', required: false })]),
]
