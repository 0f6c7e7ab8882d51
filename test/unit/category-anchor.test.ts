// Where a Category III prerequisite that is missing altogether is reported (stop 56): on the `target_category` line, since
// seeking Category III is what asks for the FDA engagement, a site and a US trial; the dossiers written blind put it there.
// A block that is present but wrong keeps its own line.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, lint, lineIds, span } from './helpers';

const PREREQUISITES = new Set(['cat3-fda-engagement', 'cat3-human-use', 'cat3-us-trial']);

describe('missing Category III prerequisites stand on the target_category line', () => {
  test('no fda, sites or trials: all three on line 6, across the key', () => {
    const findings = lint(doc('---', 'cpt_dossier: 1', 'title: Gait index', 'classification: augmentative', 'taxonomy: 2027', 'target_category: III', 'ama_deadline: 2027-06-25', '---', '', '# Gait index', ''))
      .filter((f) => PREREQUISITES.has(f.ruleId));
    assert.deepEqual(lineIds(findings).sort(), ['6 cat3-fda-engagement', '6 cat3-human-use', '6 cat3-us-trial']);
    assert.deepEqual([...new Set(findings.map(span))], ['6:1-6:16']);
  });

  test('an fda block that says none keeps the finding on its status', () => {
    const findings = lint(doc('---', 'cpt_dossier: 1', 'title: Gait index', 'classification: augmentative', 'target_category: III', 'fda:', '  status: none', '---', ''))
      .filter((f) => f.ruleId === 'cat3-fda-engagement');
    assert.deepEqual(lineIds(findings), ['7 cat3-fda-engagement']);
  });

  test('with no target_category (Category III by default), they stay on the classification line', () => {
    const findings = lint(doc('---', 'cpt_dossier: 1', 'title: Gait index', 'classification: augmentative', '---', '')).filter((f) => PREREQUISITES.has(f.ruleId));
    assert.deepEqual(lineIds(findings).sort(), ['4 cat3-fda-engagement', '4 cat3-human-use', '4 cat3-us-trial']);
  });
});
