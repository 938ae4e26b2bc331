import { z } from 'zod'

import type { QuestionHandler } from '../types'
import { fieldName, isTextAnswered, textAnswer, withPresence } from './shared'

/** RFC 5321 limits a forward path to 256 characters including the angle brackets. */
const MAX_EMAIL_LENGTH = 254

const FORMAT_MESSAGE = 'Enter an email address in the correct format, like name@example.com'

/** An email address, stored trimmed and lower-cased so replies and look-ups match. */
export const email: QuestionHandler = {
  type: 'email',
  schema(question) {
    const inner = z
      .string({ error: FORMAT_MESSAGE })
      .max(MAX_EMAIL_LENGTH * 4, { error: FORMAT_MESSAGE })
      .trim()
      .toLowerCase()
      // The cap runs first and the pipe stops on failure, so the email pattern never sees huge input.
      .pipe(
        z
          .string()
          .max(MAX_EMAIL_LENGTH, { error: FORMAT_MESSAGE })
          .pipe(z.email({ error: FORMAT_MESSAGE })),
      )
    return withPresence(question, `Enter ${fieldName(question)}`, inner)
  },
  isAnswered: isTextAnswered,
  format: (value) => textAnswer(value)?.toLowerCase() ?? '',
}
