import type { Dossier } from '../dossier';
import { withThousands } from '../numbers';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'size-limit',
    defaultSeverity: 'info',
    sources: ['format'],
    description: 'The file is larger than the size limit, or checking it in the editor took longer than the time limit, so only its frontmatter was checked.',
    rationale:
      'A dossier is a few dozen kilobytes; a file of several megabytes is usually an export or a mistake, and reading all of its prose on every keystroke would slow the editor. In the editor a check runs on a background thread and is stopped after `cptDossier.lintTimeLimit` seconds (5 by default), so no file can keep the editor busy. The frontmatter rules still run.',
    fix: 'Raise the limit if the file really is a dossier: `cptDossier.maxFileSize` in the settings, `"maxFileSize"` in `.cpt-dossier.json`, or `--max-file-size` on the command line (in characters, about bytes for English text). When the note says the check took too long: simplify or split the file, or raise `cptDossier.lintTimeLimit`; the file is checked in full again when it is reopened.',
  },
  needsFrontmatter: false,
  check(ctx) {
    if (!ctx.dossier.bodySkipped) return;
    ctx.report(
      { start: 0, end: ctx.dossier.lines.lineEnd(0) },
      `This file (${sizeOf(ctx.dossier)}) is larger than the size limit, so only its frontmatter was checked; body rules such as classification-cue and payment-claim did not run. Raise \`cptDossier.maxFileSize\` (or \`maxFileSize\` in .cpt-dossier.json, --max-file-size in the CLI) to check it all.`,
    );
  },
};

/**
 * The file's real size: its length in characters when it was read whole (the unit of the limit),
 * else its size on disk in bytes, or "more than" what was read when the size is unknown (a file
 * under /proc). Exact figures: a rounded one said "0 KiB" for a small file over a low limit.
 */
function sizeOf(dossier: Dossier): string {
  const cut = dossier.truncated;
  if (!cut) return `${withThousands(dossier.text.length)} characters`;
  if (cut.fileBytes !== undefined && cut.fileBytes > cut.readBytes) return `${withThousands(cut.fileBytes)} bytes`;
  return `more than ${withThousands(cut.readBytes)} bytes`;
}
