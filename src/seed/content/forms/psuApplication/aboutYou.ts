import { question, questionPage } from '../build'
import { email, firstName, lastName, phone } from '../person'

/** Who the trainee is and how to reach them. */
export const aboutYouPage = questionPage('about-you', 'About you', [
  firstName,
  lastName,
  question('dateOfBirth', 'date', 'What is your date of birth?', {
    hint: 'For example, 27 3 1990',
    errorName: 'your date of birth',
    validation: { dateNotInFuture: true },
  }),
  email,
  phone,
  question('address', 'ukAddress', 'What is your address?', { hint: 'Optional', required: false }),
])
