import { env } from '@/config/env'
import { RefreshRouteOnSave } from './RefreshRouteOnSave.client'

/** The banner staff see while previewing a draft, and the live-preview refresher. */
export function PreviewNotice({ path }: { path: string }) {
  const exit = `/preview/exit?${new URLSearchParams({ path }).toString()}`
  return (
    <>
      <RefreshRouteOnSave serverURL={env().serverUrl} />
      <div className="nhsuk-notification-banner nhsuk-u-margin-top-4" role="region" aria-labelledby="preview-banner-title">
        <div className="nhsuk-notification-banner__header">
          <h2 className="nhsuk-notification-banner__title" id="preview-banner-title">
            Preview
          </h2>
        </div>
        <div className="nhsuk-notification-banner__content">
          <p className="nhsuk-notification-banner__heading">You are previewing a draft</p>
          <p>
            The public sees the published version. <a href={exit}>Exit preview</a>
          </p>
        </div>
      </div>
    </>
  )
}
