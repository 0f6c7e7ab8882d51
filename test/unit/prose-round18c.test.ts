/**
 * Round 18c of the prose analysis (issue 9): autonomy read from who sees the result before it takes effect, and from
 * control loops said in new words. Tuned on the own set and the odd-numbered holdouts only, checked on the
 * even-numbered ones and the dev set (test/prose/README.md, "Round 18c"). Every sentence here was written for this
 * file; each positive has a close wording that keeps its reading.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cueFindingsOf as cueFindings, cuePhrases as cues, outputDossier as dossier, suggested } from './helpers';

describe('round 18c: no human reader between the result and its use', () => {
  test('a result that goes on with no reader, said with the result as the subject, is autonomous', () => {
    assert.deepEqual(cues('Most benign answers go back to the wearer with no dermatologist looking at them first.'), ['autonomous: with no dermatologist looking']);
    assert.deepEqual(cues('Nearly all low-risk outcomes leave the kiosk without an optometrist checking them.'), ['autonomous: without an optometrist checking']);
  });

  test('the software standing in for a human reader is autonomous', () => {
    assert.deepEqual(cues('Fundus photographs are sorted by the model instead of by human graders at the reading hub.'), ['autonomous: instead of by human graders']);
    assert.ok(cues('The tool scores each sleep study in place of a human scorer.').includes('autonomous: in place of a human scorer'));
  });

  test('a substitution that names no reading, or a person who works the device, stays silent', () => {
    assert.deepEqual(cues('Fundus photographs are sorted by the model instead of by the reading hub.'), []);
    assert.deepEqual(cues('The pump is programmed by nurses instead of physicians.'), []);
    assert.deepEqual(cues('The benign verdict reaches the cardiologist within minutes.'), []);
  });

  test('a result that reaches a lay person is autonomous; one that reaches a portal is not', () => {
    assert.deepEqual(cues('The benign verdict reaches the patient directly through the portal app.'), ['autonomous: verdict reaches the patient']);
    assert.deepEqual(cues('The benign verdict reaches the patient portal overnight.'), []);
  });

  test('an autonomous dossier whose outcomes reach the wearer unread gets no finding; declared augmentative, it gets one', () => {
    const body = 'Most benign answers go back to the wearer with no dermatologist looking at them first.';
    assert.deepEqual(cueFindings(dossier('autonomous', body)), []);
    assert.equal(suggested(dossier('autonomous', body)), 'autonomous');
    assert.equal(cueFindings(dossier('augmentative', body)).length, 1);
  });
});
