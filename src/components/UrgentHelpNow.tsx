import { paths } from '@/site/paths'

/** The one-line pointer to urgent help on pages where something went wrong. */
export function UrgentHelpNow() {
  return (
    <p>
      If you need help now, do not wait: <a href={paths.urgentHelp()}>get urgent help</a>. In an emergency call{' '}
      <a href="tel:999">999</a>.
    </p>
  )
}
