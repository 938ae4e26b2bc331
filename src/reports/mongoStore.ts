import type { Model, PipelineStage } from 'mongoose'
import type { Payload } from 'payload'

import { STAGES } from '@/casework/stages'

import { serviceKeyOf, type Dimension, type GroupedCount } from './cellCounts'
import { FURTHEST_ORDER } from './statsRow'
import type { ReportStore } from './store'

type Filter = Record<string, unknown>

const furthest = {
  $switch: {
    branches: FURTHEST_ORDER.map(([stage, field]) => ({ case: { $or: [{ $eq: ['$stage', stage] }, { $gt: [`$${field}`, null] }] }, then: stage })),
    default: 'new',
  },
}

/** Each dimension's value and the statistics it counts. */
const DIMENSION_PIPELINE: Record<Dimension, { value: unknown; where?: Filter }> = {
  total: { value: null },
  priority: { value: '$priority' },
  staffGroup: { value: '$staffGroup' },
  region: { value: '$region' },
  form: { value: '$formSlug' },
  furthest: { value: furthest },
  outcome: { value: '$outcome', where: { stage: 'closed' } },
  daysToContact: { value: '$workingDaysToFirstContact', where: { workingDaysToFirstContact: { $ne: null } } },
  withinDeadline: { value: null, where: { contactedWithinDeadline: true } },
}

/** The reports' store on MongoDB: aggregation pipelines through the adapter's own models. */
export function mongoStore(payload: Payload): ReportStore {
  const model = (slug: string) => (payload.db as unknown as { collections: Record<string, Model<Filter>> }).collections[slug]
  const stats = () => model('referral-stats')
  const rollups = () => model('report-rollups')
  const objectId = (id: string | number) => new (stats().base.Types.ObjectId)(String(id))

  return {
    async newestRefresh() {
      const newest = await rollups().findOne({}, { refreshedAt: 1 }).sort({ refreshedAt: -1 }).lean<{ refreshedAt?: Date }>()
      return newest?.refreshedAt ? new Date(newest.refreshedAt) : null
    },

    async changedDays(since) {
      const days = await stats().distinct('receivedDay', since ? { updatedAt: { $gte: since } } : {})
      return (days as string[]).sort()
    },

    async countDays(days) {
      const results = await Promise.all(
        (Object.entries(DIMENSION_PIPELINE) as Array<[Dimension, { value: unknown; where?: Filter }]>).map(async ([dimension, { value, where }]) => {
          const pipeline: PipelineStage[] = [
            { $match: { ...(days === 'all' ? {} : { receivedDay: { $in: [...days] } }), ...where } },
            { $group: { _id: { day: '$receivedDay', service: '$service', value }, n: { $sum: 1 } } },
          ]
          const rows = await stats().aggregate<{ _id: { day: string; service: unknown; value: string | number | null }; n: number }>(pipeline)
          return rows.map(({ _id, n }): GroupedCount => ({ day: _id.day, serviceKey: serviceKeyOf(_id.service ? String(_id.service) : null), dimension, value: _id.value ?? null, n }))
        }),
      )
      return results.flat()
    },

    async writeRollups(days, cells, refreshedAt) {
      const upserts = cells.map((cell) => ({
        updateOne: {
          filter: { day: cell.day, serviceKey: cell.serviceKey },
          update: { $set: { counts: cell.counts, refreshedAt, updatedAt: refreshedAt }, $setOnInsert: { createdAt: refreshedAt } },
          upsert: true,
          // The times are set here; mongoose's own would clash with them.
          timestamps: false,
        },
      }))
      const removals = days.map((day) => ({
        deleteMany: { filter: { day, serviceKey: { $nin: cells.filter((cell) => cell.day === day).map((cell) => cell.serviceKey) } } },
      }))
      if (upserts.length + removals.length > 0) await rollups().bulkWrite([...upserts, ...removals], { ordered: false })
    },

    async readRollups(from, to, serviceKey) {
      const rows = await rollups()
        .find({ day: { $gte: from, $lte: to }, ...(serviceKey ? { serviceKey } : {}) }, { day: 1, serviceKey: 1, counts: 1 })
        .lean<Array<{ day: string; serviceKey: string; counts: never }>>()
      return rows.map(({ day, serviceKey: key, counts }) => ({ day, serviceKey: key, counts }))
    },

    async openCaseload(now, service) {
      const ofService: Filter = service === undefined ? {} : { service: objectId(service) }
      const open = { stage: { $in: STAGES.filter((stage) => stage !== 'closed') }, ...ofService }
      const [byStage, byDay, overdue] = await Promise.all([
        stats().aggregate<{ _id: string; n: number }>([{ $match: open }, { $group: { _id: '$stage', n: { $sum: 1 } } }]),
        stats().aggregate<{ _id: string; n: number }>([{ $match: open }, { $group: { _id: '$receivedDay', n: { $sum: 1 } } }]),
        stats().countDocuments({ stage: { $in: ['new', 'triaged'] }, firstContactDueAt: { $lt: now }, ...ofService }),
      ])
      return {
        byStage: Object.fromEntries(byStage.map((row) => [row._id, row.n])),
        byDay: Object.fromEntries(byDay.map((row) => [row._id, row.n])),
        overdue,
      }
    },

    async referralsWithoutStats(limit) {
      const rows = await model('submissions').aggregate<{ _id: unknown }>([
        { $sort: { _id: 1 } },
        { $lookup: { from: stats().collection.name, localField: '_id', foreignField: 'referral', as: 'stats' } },
        { $match: { stats: { $size: 0 } } },
        { $limit: limit },
        { $project: { _id: 1 } },
      ])
      return rows.map((row) => String(row._id))
    },
  }
}
