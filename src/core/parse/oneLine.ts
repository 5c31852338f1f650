// Findings quote what the author wrote; a quoted value must not break the one-finding-per-line output.

const MAX_LENGTH = 300;

export function oneLine(message: string): string {
  const flat = joinLines(message).replace(/[\u0000-\u001f\u007f]/g, '?');
  return flat.length > MAX_LENGTH ? `${flat.slice(0, MAX_LENGTH - 3)}...` : flat;
}

/**
 * Each run of line breaks, with the white space around it, becomes one space. Split and trimmed
 * rather than one pattern: `\s*[\n]+\s*` backtracks over every long run of spaces (quadratic time).
 */
export function joinLines(text: string): string {
  const lines = text.split(/[\r\n\u2028\u2029]+/);
  const last = lines.length - 1;
  const trimmed = lines.map((line, i) =>
    i > 0 && i < last ? line.trim() : i > 0 ? line.trimStart() : i < last ? line.trimEnd() : line,
  );
  // A line of white space alone between two breaks is part of one run.
  return trimmed.filter((line, i) => line !== '' || i === 0 || i === last).join(' ');
}
