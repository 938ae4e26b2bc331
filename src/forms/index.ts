export * from './types'
export { evaluateCondition, evaluateGroup, isShown } from './conditions'
export { isPageVisible, isQuestionVisible } from './visibility'
export { visibleQuestions, pruneAnswers } from './answers'
export {
  firstPage,
  nextStep,
  pathThrough,
  walkJourney,
  isRiskTriggered,
  pageTriggersRisk,
  type JourneyEnd,
  type JourneyWalk,
  type VisibleQuestion,
} from './journey'
export { checkAnswersSummary } from './summary'
export { routeService } from './routing'
export { compileForm, compilePage, validateAnswers, validatePage } from './compile'
export { toFieldErrors } from './issues'
export { expandOneQuestionPerPage } from './oneQuestionPerPage'
export { publishChecks } from './publishChecks'
export { questionType, questionTypes, isQuestionType } from './questions'
export { formatIsoDate, normaliseDate, todayIso } from './dates'
