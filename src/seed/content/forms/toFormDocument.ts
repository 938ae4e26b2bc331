import type { Condition, ConditionGroup, Question } from '@/forms/types'

import { richText } from '../../lexical'
import type { SeedForm, SeedPage } from './types'

type ServiceIds = Readonly<Record<string, string | number>>

/** Condition values as the admin stores them: a list of text values. */
function values(value: Condition['value']): string[] {
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).map(String)
}

function conditionGroup(group: ConditionGroup | undefined) {
  if (!group) return undefined
  return {
    match: group.match,
    conditions: group.conditions.map((condition) => ({
      field: condition.field,
      operator: condition.operator,
      values: values(condition.value),
    })),
  }
}

/** A question as a block: the block type is the question type. */
function questionBlock(question: Question) {
  return {
    blockType: question.type,
    key: question.key,
    required: question.required,
    label: question.label,
    hint: question.hint,
    errorName: question.errorName,
    showWhen: conditionGroup(question.showWhen),
    validation: question.validation,
    options: question.options?.map((option) => ({ label: option.label, value: option.value })),
    risk: question.risk ? { isRisk: true, triggerValues: question.risk.triggerValues } : undefined,
  }
}

function pageRow(page: SeedPage) {
  return {
    pageId: page.id,
    title: page.title,
    kind: page.kind,
    showWhen: conditionGroup(page.showWhen),
    questions: page.questions.map(questionBlock),
    branches: (page.branches ?? []).map((branch) => ({ when: conditionGroup(branch.when), goTo: branch.goTo })),
    exitContent: page.exitContent ? richText(page.exitContent) : undefined,
  }
}

function serviceId(serviceIds: ServiceIds, slug: string): string | number {
  const id = serviceIds[slug]
  if (id === undefined) throw new Error(`The seed form routes to a service "${slug}" that was not seeded`)
  return id
}

/**
 * A seed form as the data of a published form document, with services as ids. Publishing runs
 * the publish checks, so a seed form that breaks them stops the seed loudly.
 */
export function toFormDocument(form: SeedForm, serviceIds: ServiceIds): Record<string, unknown> {
  return {
    title: form.title,
    slug: form.slug,
    intro: form.intro,
    pages: form.pages.map(pageRow),
    eligibilityGate: form.eligibilityGate,
    routing: {
      rules: form.routing.rules.map((rule) => ({ when: conditionGroup(rule.when), service: serviceId(serviceIds, rule.service) })),
      defaultService: serviceId(serviceIds, form.routing.defaultService),
    },
    ...form.messages,
    retentionDays: form.retentionDays,
    urgentContactWorkingDays: form.urgentContactWorkingDays,
    _status: 'published',
  }
}
