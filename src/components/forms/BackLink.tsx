/** NHS back link to the page the trainee came from, shown above the main content. */
export function BackLink({ href }: { href: string }) {
  return (
    <a className="nhsuk-back-link" href={href}>
      Back
    </a>
  )
}
