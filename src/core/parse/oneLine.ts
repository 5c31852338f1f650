// Findings quote what the author wrote; a quoted value must not break the one-finding-per-line output.

const MAX_LENGTH = 300;

export function oneLine(message: string): string {
  const flat = message.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '?');
  return flat.length > MAX_LENGTH ? `${flat.slice(0, MAX_LENGTH - 3)}...` : flat;
}
