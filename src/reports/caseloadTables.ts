import { STAGE_LABELS, STAGES } from '@/casework/stages'

import { AGE_BANDS, ageBandOf } from './ageBands'
import type { OpenCaseload } from './cellCounts'
import { categoryTable } from './countTables'
import type { DraftTable } from './suppression'

/** The open caseload now, by stage and by how long since it arrived. Pure. */
const OPEN_STAGES = STAGES.filter((stage) => stage !== 'closed').map((key) => ({ key, label: STAGE_LABELS[key] }))

export function openByStageTable(caption: string, open: OpenCaseload): DraftTable {
  return categoryTable({ id: 'openByStage', title: 'Open referrals by stage', caption: `${caption}, by stage.`, rowHeader: 'Stage' }, OPEN_STAGES, open.byStage)
}

export function openByAgeTable(caption: string, open: OpenCaseload, today: string): DraftTable {
  const byBand: Record<string, number> = {}
  for (const [day, n] of Object.entries(open.byDay)) {
    const band = ageBandOf(day, today)
    byBand[band] = (byBand[band] ?? 0) + n
  }
  return categoryTable(
    { id: 'openByAge', title: 'Open referrals by time since received', caption: `${caption}, by calendar days since received.`, rowHeader: 'Time since received' },
    AGE_BANDS.map(({ key, label }) => ({ key, label })),
    byBand,
  )
}
