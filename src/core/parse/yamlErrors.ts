/**
 * The YAML parser's errors in the words of someone who writes a dossier, not a YAML grammar:
 * "Nested mappings are not allowed in compact mappings" is, nine times in ten, a colon inside an
 * unquoted value. Each message names what is on the line and how to write it; anything not
 * recognised keeps the parser's own message.
 */

/** Longest piece of the line quoted in a message (a hostile line may be megabytes long). */
const SHOWN = 60;

function shown(text: string): string {
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}

function lineAround(yaml: string, pos: number): { start: number; end: number; text: string } {
  const at = Math.max(0, Math.min(pos, yaml.length));
  const start = yaml.lastIndexOf('\n', at - 1) + 1;
  const nl = yaml.indexOf('\n', at);
  const end = nl < 0 ? yaml.length : nl;
  return { start, end, text: yaml.slice(start, end).replace(/\r$/, '') };
}

/** The next line that holds more than blanks or a comment, after the one ending at `end`. */
function nextContentLine(yaml: string, end: number): string | undefined {
  let start = end + 1;
  while (start <= yaml.length && start > 0) {
    const nl = yaml.indexOf('\n', start);
    const line = yaml.slice(start, nl < 0 ? yaml.length : nl).replace(/\r$/, '');
    if (line.trim() && !line.trim().startsWith('#')) return line;
    if (nl < 0) return undefined;
    start = nl + 1;
  }
  return undefined;
}

/** Text in backticks, unless it holds one (a backtick inside would end the code span early). */
function inCode(text: string): string {
  return text.includes('`') ? text : `\`${text}\``;
}

/** A value put in quotes as YAML reads it back unchanged. */
function quoted(value: string): string {
  return value.includes('"') || value.includes('\\') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
}

const KEY_VALUE_NO_SPACE = /^(-\s+)?([A-Za-z_][\w.-]*):([^\s:].*)$/;
const KEY_VALUE_NO_COLON = /^(-\s+)?([A-Za-z_][\w.-]*)[ \t]+([^:#]+)$/;

/** The explanation of the parser's error `code` (message `raw`) at offset `pos` of `yaml`. */
export function explainYamlError(code: string, raw: string, yaml: string, pos: number): string {
  const line = lineAround(yaml, pos);
  const content = line.text.trim();
  switch (code) {
    case 'MULTILINE_IMPLICIT_KEY':
    case 'MISSING_CHAR': {
      if (code === 'MULTILINE_IMPLICIT_KEY' || /followed by map values/.test(raw)) {
        const noSpace = KEY_VALUE_NO_SPACE.exec(content);
        if (noSpace) return `\`${shown(content)}\` needs a space after the colon: write \`${shown(`${noSpace[1] ?? ''}${noSpace[2]}: ${noSpace[3]}`)}\``;
        const noColon = KEY_VALUE_NO_COLON.exec(content);
        if (noColon) return `\`${shown(content)}\` has no colon after its key: write \`${shown(`${noColon[1] ?? ''}${noColon[2]}: ${noColon[3].trim()}`)}\``;
      }
      if (/closing "quote/.test(raw)) return 'a value opened with a double quote (") is never closed: end it with a second " on the same line';
      if (/closing 'quote/.test(raw)) return "a value opened with a single quote (') is never closed: end it with a second ' on the same line";
      if (/without - indicator/.test(raw)) return lineUp(content);
      break;
    }
    case 'BLOCK_AS_IMPLICIT_KEY': {
      const value = yaml.slice(Math.max(pos, line.start), line.end).replace(/\r$/, '').trimEnd();
      if (/:(\s|$)/.test(value)) {
        const before = yaml.slice(line.start, Math.max(pos, line.start)).trim();
        return `the value \`${shown(value)}\` holds a colon followed by a space, which YAML reads as the start of another key: put the value in quotes, as in \`${shown(`${before} ${quoted(value)}`)}\``;
      }
      const next = nextContentLine(yaml, line.end);
      if (next !== undefined) return `the line after \`${shown(content)}\` is indented further than it, so YAML cannot tell where the value ends: start the keys of one block at the same column (\`${shown(next.trim())}\`)`;
      break;
    }
    case 'BAD_INDENT': {
      if (/^All mapping items/.test(raw)) return lineUp(content);
      if (/^Flow sequence/.test(raw)) return 'a list opened with [ is never closed: end it with ] (as in `codes: [0932T, 0933T]`)';
      if (/^Flow map/.test(raw)) return 'a value opened with { is never closed: end it with }, or write the keys on lines of their own';
      break;
    }
    case 'UNEXPECTED_TOKEN': {
      if (/:\s*['"]/.test(content)) return 'more text follows the closing quote of a value: inside single quotes write a quote twice (`\'it\'\'s\'`), inside double quotes as \\" (or leave the value unquoted)';
      break;
    }
    case 'BAD_SCALAR_START': {
      const value = yaml.slice(Math.max(pos, line.start), line.end).replace(/\r$/, '').trim();
      const before = yaml.slice(line.start, Math.max(pos, line.start)).trim();
      if (value) return `a value cannot start with ${value.charAt(0)} unless it is in quotes: write ${inCode(shown(`${before} ${quoted(value)}`))}`;
      break;
    }
    case 'TAB_AS_INDENT':
      return 'tabs are not allowed as indentation: indent with spaces';
  }
  const first = raw.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
  return first.charAt(0).toLowerCase() + first.slice(1);
}

function lineUp(content: string): string {
  const key = /^(-\s+)?([^:\s]+)/.exec(content)?.[2];
  return `${key ? `\`${shown(key)}\` is` : 'this line is'} not lined up with the keys above it: the keys of one block start at the same column (in a list item, the column after \`- \`)`;
}

/** The message for a key written twice in one mapping. */
export function duplicateKeyMessage(key: string): string {
  return `the key \`${shown(key)}\` is written twice in the same block: keep one`;
}
