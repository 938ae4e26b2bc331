import type { QuestionHandler, QuestionType } from '../types'
import { checkboxes } from './checkboxes'
import { consent } from './consent'
import { date } from './date'
import { email } from './email'
import { longText } from './longText'
import { number } from './number'
import { radios } from './radios'
import { registrationNumber } from './registrationNumber'
import { select } from './select'
import { shortText } from './shortText'
import { ukAddress } from './ukAddress'
import { ukPhone } from './ukPhone'
import { yesNo } from './yesNo'

/** Every question type the form builder offers, keyed by type name. */
export const questionTypes: Readonly<Record<QuestionType, QuestionHandler>> = {
  shortText,
  longText,
  email,
  ukPhone,
  number,
  date,
  radios,
  checkboxes,
  select,
  yesNo,
  ukAddress,
  registrationNumber,
  consent,
}

/** True when `type` names a registered question type. */
export function isQuestionType(type: unknown): type is QuestionType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(questionTypes, type)
}

/**
 * The handler for a question type. Throws on an unknown type: a definition naming one is
 * broken, and guessing a handler would silently accept or drop answers.
 */
export function questionType(type: string): QuestionHandler {
  if (!isQuestionType(type)) throw new Error(`Unknown question type "${type}"`)
  return questionTypes[type]
}
