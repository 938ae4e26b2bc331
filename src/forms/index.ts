export * from './types'
export { evaluateCondition, evaluateGroup, isShown } from './conditions'
export { isPageVisible, isQuestionVisible, pruneAnswers, visibleQuestions } from './visibility'
export {
  checkAnswersSummary,
  firstPage,
  isRiskTriggered,
  nextStep,
  pageTriggersRisk,
  pathThrough,
  routeService,
  walkJourney,
  type JourneyEnd,
  type JourneyWalk,
  type VisibleQuestion,
} from './journey'
export { compileForm, compilePage, validateAnswers, validatePage } from './compile'
export { toFieldErrors } from './issues'
export { expandOneQuestionPerPage } from './oneQuestionPerPage'
export { publishChecks } from './publishChecks'
export { isQuestionType, questionType, questionTypes } from './questions'
export { formatIsoDate, normaliseDate, todayIso } from './dates'
