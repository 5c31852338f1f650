// Text from the repository (a commit subject, a plan value, a file name) shown in a report: one
// line, with nothing in it that the reader cannot see.

/**
 * Every line break (CR alone included: Markdown ends a line there too) becomes a space, so the
 * text cannot start a heading, a list or a table row of its own. Control characters and the
 * marks that reorder text right to left (the "Trojan Source" trick) become U+FFFD: shown, not
 * obeyed, so a terminal or a renderer cannot hide or rearrange what the report says.
 */
export function plainLine(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD');
}
