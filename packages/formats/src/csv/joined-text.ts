/**
 * The statement text of a row without a `statement` cell: `subject — description`, or the
 * description alone when there is no subject (the subject alone when there is no
 * description), each trimmed. Writing leaves the `statement` cell empty exactly when this
 * gives back the statement's text, and reading makes the text with it.
 */
export function joinedText(parts: { readonly subject: string; readonly description: string }): string {
  const subject = parts.subject.trim();
  const description = parts.description.trim();
  if (subject === "") return description;
  if (description === "") return subject;
  return `${subject} — ${description}`;
}
