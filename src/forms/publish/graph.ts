import { CHECK_ANSWERS } from '../types'
import type { FormDefinition, Page, PublishIssue } from '../types'
import { pageIssue, pageName } from './describe'

/** The check-answers page, as a node. */
const END = -1

/** A page that shows whatever the answers; the default order can never pass it. */
function surelyShown(page: Page): boolean {
  if (page.showWhen || page.kind === 'exit') return false
  return page.questions.length === 0 || page.questions.some((question) => !question.showWhen)
}

/**
 * Pages the default order may go to from `start` onwards. Conditions are not evaluated, so
 * every page up to the first one that is always shown counts. Exit pages without a
 * `showWhen` are left out: the journey only enters them through a branch.
 */
function defaultTargets(pages: Page[], start: number): number[] {
  const targets: number[] = []
  for (let index = start; index < pages.length; index += 1) {
    if (pages[index].kind === 'exit' && !pages[index].showWhen) continue
    targets.push(index)
    if (surelyShown(pages[index])) return targets
  }
  return [...targets, END]
}

/** Every page (or END) the journey might go to next from page `from`. */
function successors(pages: Page[], from: number, ids: Map<string, number>): number[] {
  const page = pages[from]
  if (page.kind === 'exit') return []
  const next: number[] = []
  for (const branch of page.branches ?? []) {
    const target = branch.goTo === CHECK_ANSWERS ? END : ids.get(branch.goTo)
    if (target === undefined) continue
    next.push(target)
    // A hidden branch target hands over to the default order after it.
    if (target !== END && pages[target].kind === 'questions' && !surelyShown(pages[target])) {
      next.push(...defaultTargets(pages, target + 1))
    }
    // A branch with no conditions always applies, so nothing after it is ever tried.
    if (branch.when.conditions.length === 0) return next
  }
  return [...next, ...defaultTargets(pages, from + 1)]
}

function reach(starts: number[], edges: (node: number) => number[]): Set<number> {
  const seen = new Set<number>()
  const queue = [...starts]
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    if (seen.has(node)) continue
    seen.add(node)
    if (node !== END) queue.push(...edges(node))
  }
  return seen
}

/**
 * Checks the route map: branches to missing pages, pages nobody can reach, branches that can
 * loop back, and pages from which the trainee can never finish.
 */
export function graphChecks(def: FormDefinition): PublishIssue[] {
  const pages = def.pages
  const ids = new Map<string, number>()
  pages.forEach((page, index) => ids.has(page.id) || ids.set(page.id, index))
  const edges = pages.map((_, index) => successors(pages, index, ids))
  const issues: PublishIssue[] = []
  pages.forEach((page, index) =>
    (page.branches ?? []).forEach((branch, number) => {
      const target = ids.get(branch.goTo)
      const label = `Branch ${number + 1} on ${pageName(page)}`
      if (branch.goTo !== CHECK_ANSWERS && target === undefined) {
        issues.push(pageIssue(page, `${label} goes to "${branch.goTo}", which is not a page in this form`))
      } else if (target !== undefined && target <= index && reach([target], (node) => edges[node]).has(index)) {
        issues.push(
          pageIssue(page, `${label} goes back to ${pageName(pages[target])}, so the journey can go round in a loop`),
        )
      }
    }),
  )
  const reachable = reach(defaultTargets(pages, 0), (node) => edges[node])
  // Finishing means reaching check-answers or an exit page.
  const finishes = (index: number) =>
    [...reach([index], (node) => edges[node])].some((node) => node === END || pages[node].kind === 'exit')
  pages.forEach((page, index) => {
    if (!reachable.has(index)) {
      const how = page.kind === 'exit' ? 'no branch goes to it' : 'no route from the first page leads to it'
      issues.push(pageIssue(page, `The ${pageName(page)} cannot be reached: ${how}`))
    } else if (page.kind === 'questions' && !finishes(index)) {
      issues.push(
        pageIssue(page, `The ${pageName(page)} has no way forward: every route from it leads back to an earlier page`),
      )
    }
  })
  return issues
}
