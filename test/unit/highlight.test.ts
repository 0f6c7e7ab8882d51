// What a dossier colours (semantic tokens of the extension, issue #12 item 2).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { highlightsOf } from '../../src/core/highlight';
import { doc } from './helpers';

const shown = (text: string): string[] => {
  const lines = text.split('\n');
  return highlightsOf(text).map((h) => `${h.line}:${h.kind}:${lines[h.line].slice(h.start, h.start + h.length)}`);
};

describe('dossier highlights', () => {
  test('keys, classes, codes, directives; nothing inside code', () => {
    const text = doc(
      '---',
      'cpt_dossier: 1',
      'classification: augmentative   # not autonomous',
      'codes: [0932T, 93306]',
      'society:',
      '  name: ASE',
      'colour: blue',
      '---',
      '',
      '## Software output',
      '',
      'Under Appendix S the output is `autonomous` in no way; CPT code 93306 stays.',
      '<!-- cpt-dossier-disable-next-line payment-claim -->',
      '```',
      'autonomous 0932T',
      '```',
      'Assistive, then AUTONOMOUS.',
    );
    assert.deepEqual(shown(text), [
      '1:key:cpt_dossier',
      '2:key:classification',
      '2:class:augmentative',
      '2:class:autonomous',
      '3:key:codes',
      '3:code:0932T',
      '3:code:93306',
      '4:key:society',
      '5:key:name',
      '11:appendix:Appendix S',
      '11:code:93306',
      '12:directive:cpt-dossier-disable-next-line',
      '16:class:Assistive',
      '16:class:AUTONOMOUS',
    ]);
  });

  test('without frontmatter the body is still read; an unclosed fence hides the rest', () => {
    assert.deepEqual(shown(doc('# Notes', 'It is assistive.', '~~~', 'augmentative')), ['1:class:assistive']);
  });
});
