/**
 * Editors write the contact address into sentences ("please email psu.lase@hee.nhs.uk"); this
 * turns each mention into a mailto link, or adds the link when the sentence has none.
 */
export function TextWithEmail({ text, email }: { text: string; email: string }) {
  const link = <a href={`mailto:${email}`}>{email}</a>
  if (!text.includes(email)) {
    return (
      <>
        {text} {link}
      </>
    )
  }
  const pieces = text.split(email)
  return (
    <>
      {pieces.map((piece, index) => (
        <span key={index}>
          {index > 0 && link}
          {piece}
        </span>
      ))}
    </>
  )
}
