
type Data = Record<string, unknown>

/** How the runner changes one global, and whether the stored global shows the change. */
export type GlobalTarget = { update: (n: number) => Data; applied: (doc: Data, n: number) => boolean; gql: string }

const by = (n: number) => `Changed ${n}`
const first = (list: unknown): Data => (Array.isArray(list) && typeof list[0] === 'object' ? (list[0] as Data) : {})

export const globalTargets: Record<string, GlobalTarget> = {
  'site-settings': { update: (n) => ({ introText: by(n) }), applied: (doc, n) => doc.introText === by(n), gql: 'SiteSetting' },
  'contact-routing': {
    update: (n) => ({ routes: [{ topic: 'other', advice: by(n) }] }),
    applied: (doc, n) => first(doc.routes).advice === by(n),
    gql: 'ContactRouting',
  },
  'working-calendar': {
    update: (n) => ({ closures: [{ date: '2031-01-02T00:00:00.000Z', label: by(n) }] }),
    applied: (doc, n) => first(doc.closures).label === by(n),
    gql: 'WorkingCalendar',
  },
  retention: {
    update: (n) => ({ auditLogRetentionYears: 10 + (n % 40) }),
    applied: (doc, n) => doc.auditLogRetentionYears === 10 + (n % 40),
    gql: 'Retention',
  },
  'payload-jobs-stats': {
    update: (n) => ({ stats: { changedBy: n } }),
    applied: (doc, n) => first([doc.stats]).changedBy === n,
    gql: 'PayloadJobsStat',
  },
}
