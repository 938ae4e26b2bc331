import type { ReactNode } from 'react'

import type { ApplicationLink } from '@/content/applicationForms'
import type { Resource, Service, SiteSetting, SupportLine } from '@/payload-types'
import { paths } from '@/site/paths'
import { PageShell } from './PageShell'
import { ResourceList } from './ResourceList'
import { RichTextBody } from './RichTextBody'
import { ServiceDetails } from './ServiceDetails'
import { UrgentHelpCard } from './UrgentHelpCard'

type ServiceArticleProps = {
  service: Service
  resources: Resource[]
  urgentHelp: SiteSetting['urgentHelp']
  lines: SupportLine[]
  /** The form this service applies through; null hides the call to action. */
  application: ApplicationLink | null
  notice?: ReactNode
}

/** A service page's content, from data already loaded: the page and its benchmark floor share it. */
export function ServiceArticle({ service, resources, urgentHelp, lines, application, notice }: ServiceArticleProps) {
  return (
    <PageShell breadcrumbs={[{ label: 'Home', href: paths.home() }]} notice={notice}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{service.title}</h1>
          <p className="nhsuk-body-l">{service.summary}</p>
          <RichTextBody data={service.body} />
          <ServiceDetails service={service} application={application} />
          {resources.length > 0 && (
            <>
              <h2>Related resources</h2>
              <ResourceList resources={resources} />
            </>
          )}
          <UrgentHelpCard urgentHelp={urgentHelp} lines={lines} />
        </div>
      </div>
    </PageShell>
  )
}
