import type { ZodType } from 'zod'

export type Operator =
  'equals' | 'notEquals' | 'oneOf' | 'includes' | 'answered' | 'notAnswered' | 'greaterThan' | 'lessThan'

export type Condition = { field: string; operator: Operator; value?: string | number | boolean | string[] }

export type ConditionGroup = { match: 'all' | 'any'; conditions: Condition[] }

export type Option = { value: string; label: string }

export type QuestionType =
  | 'shortText'
  | 'longText'
  | 'email'
  | 'ukPhone'
  | 'number'
  | 'date'
  | 'radios'
  | 'checkboxes'
  | 'select'
  | 'yesNo'
  | 'ukAddress'
  | 'registrationNumber'
  | 'consent'

export type RegistrationBody = 'GMC' | 'GDC' | 'GPhC' | 'NMC'

export type QuestionValidation = {
  minLength?: number
  maxLength?: number
  pattern?: string
  patternMessage?: string
  min?: number
  max?: number
  integer?: boolean
  dateNotInFuture?: boolean
  dateNotInPast?: boolean
  /** ISO `YYYY-MM-DD`; the answer must be strictly after it. */
  dateAfter?: string
  /** ISO `YYYY-MM-DD`; the answer must be strictly before it. */
  dateBefore?: string
  maxSelections?: number
  registrationBody?: RegistrationBody
}

export type Question = {
  key: string
  type: QuestionType
  label: string
  hint?: string
  required: boolean
  /**
   * How error messages name the answer, e.g. "your date of birth". When absent it is derived
   * from the label, which reads well for labels such as "What is your email address?".
   */
  errorName?: string
  showWhen?: ConditionGroup
  validation?: QuestionValidation
  /** radios, checkboxes, select (yesNo has fixed yes/no) */
  options?: Option[]
  /** A risk question: these answers trigger urgent help. */
  risk?: { triggerValues: string[] }
}

export type BranchRule = { when: ConditionGroup; /** page id or 'check-answers' */ goTo: string }

export type Page = {
  id: string
  title: string
  kind: 'questions' | 'exit'
  showWhen?: ConditionGroup
  questions: Question[]
  branches?: BranchRule[]
  /** Exit pages: reason and signposting, HTML from rich text. */
  exitContent?: string
}

export type RoutingRule = { when: ConditionGroup; /** service slug */ service: string }

export type FormDefinition = {
  slug: string
  title: string
  version: number
  oneQuestionPerPage?: boolean
  pages: Page[]
  eligibilityGate?: boolean
  routing?: { rules: RoutingRule[]; defaultService?: string }
}

export type Answers = Record<string, unknown>

export type FieldError = { field: string; message: string }

/** What the engine needs from the outside world when building schemas. */
export type QuestionContext = { now: Date }

/** One question type: how its answer is validated, detected and shown back to the trainee. */
export type QuestionHandler = {
  type: QuestionType
  /** Schema for the raw answer; outputs the normalised answer, or undefined when left blank. */
  schema: (question: Question, ctx: QuestionContext) => ZodType
  isAnswered: (value: unknown) => boolean
  format: (value: unknown, question: Question) => string
}

export type ValidationResult = { ok: true; answers: Answers } | { ok: false; errors: FieldError[] }

/** The target of a branch that ends the questions. */
export const CHECK_ANSWERS = 'check-answers'

export type NextStep =
  | { kind: 'page'; pageId: string }
  | { kind: 'exit'; pageId: string }
  | { kind: 'interruption'; reason: 'risk'; after: string }
  | { kind: 'check-answers' }

export type StepOptions = {
  /** Set once the trainee has seen the urgent-help interruption for this page. */
  skipInterruption?: boolean
}

export type SummaryRow = { pageId: string; key: string; label: string; value: string }

export type PublishIssue = { pageId?: string; questionKey?: string; message: string }
