/**
 * NHS back link to the page the trainee came from. It goes first inside the main landmark, so
 * no content sits outside a landmark (axe "region").
 */
export function BackLink({ href }: { href: string }) {
  return (
    <a className="nhsuk-back-link nhsuk-u-margin-bottom-4" href={href}>
      Back
    </a>
  )
}
