import type { ComponentType } from 'react'

import type { QuestionType } from '@/forms/types'

import { Checkboxes, ConsentCheckbox, Radios } from './ChoiceInputs'
import { AddressInput, DateInput } from './DateAndAddress'
import type { FieldProps } from './FieldParts'
import { Select, Textarea, TextInput } from './TextInput'

/** The NHS component for each question type; one entry per type, so a new type fails to compile. */
const COMPONENTS: Record<QuestionType, ComponentType<FieldProps>> = {
  shortText: TextInput,
  email: TextInput,
  ukPhone: TextInput,
  number: TextInput,
  registrationNumber: TextInput,
  longText: Textarea,
  select: Select,
  radios: Radios,
  yesNo: Radios,
  checkboxes: Checkboxes,
  consent: ConsentCheckbox,
  date: DateInput,
  ukAddress: AddressInput,
}

/** One question, drawn with the component for its type. */
export function QuestionField(props: FieldProps) {
  const Component = COMPONENTS[props.question.type]
  return <Component {...props} />
}

/** A consent box has no label to make a heading of, so its page keeps the page title. */
export const canBeHeading = (type: QuestionType): boolean => type !== 'consent'
