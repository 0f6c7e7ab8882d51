/**
 * Stop 44 of the prose analysis (issue 9): readings missing in the two batches built blind in stop 43 (AD: h188-h191, AE:
 * h192-h195), opened this stop. Every sentence here was written for this file (none is AD's or AE's); each group keeps a
 * close wording whose older reading must not move.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence } from '../../src/core/prose';

const kinds = (text: string): string[] => [...new Set(analyseSentence(text).kinds)].sort();

describe('stop 44: options offered after their noun', () => {
  test('a plan of care or a regimen the software recommends is an option it gives (autonomous)', () => {
    assert.deepEqual(kinds('The software returns a recommended treatment plan for each new referral.'), ['autonomous']);
    assert.deepEqual(kinds('The app shows the care plan suggested for the resident.'), ['autonomous']);
    assert.deepEqual(kinds('The module lists the regimen proposed for this infection.'), ['autonomous']);
    // a plan of anything else is no option
    assert.deepEqual(kinds('The app shows the study plan suggested for the site.'), []);
  });

  test('a dose the participle follows, with "for" or "by" the model, is offered', () => {
    assert.deepEqual(kinds('The handset displays the dose recommended for the next meal.'), ['autonomous']);
    assert.deepEqual(kinds('The screen shows the dose suggested by the algorithm.'), ['autonomous']);
  });

  test('a dose or plan a reference or a person recommends, or one received, is not the software offering it', () => {
    assert.deepEqual(kinds('The screen shows the dose recommended by the manufacturer.'), []);
    assert.deepEqual(kinds('The screen shows the treatment plan proposed by the oncologist.'), []);
    assert.deepEqual(kinds('Children received the dose recommended for their age.'), []);
    // a reference as the subject prints the dose for everyone (left by stop 43's review)
    assert.deepEqual(kinds('The package insert lists the recommended dose for adults.'), []);
    assert.deepEqual(kinds('The leaflet gives the dose recommended for children.'), []);
  });
});

describe('stop 44: advice that names the choice', () => {
  test('advice or a suggestion of what, whether or when to act is a management option (autonomous)', () => {
    assert.deepEqual(kinds('Every forecast comes with advice on whether to eat a snack.'), ['autonomous']);
    assert.deepEqual(kinds('The app gives suggestions about when to take the stairs.'), ['autonomous']);
    assert.deepEqual(kinds('The app offers advice as to how much to drink before the run.'), ['autonomous']);
  });

  test('advice or suggestions with no choice named, or asked by a person, stay silent', () => {
    assert.deepEqual(kinds('Users sent suggestions about what to add to the menu.'), []);
    assert.deepEqual(kinds('The clinic asked for advice on whether to buy the system.'), []);
    assert.deepEqual(kinds('The app shows general advice about sleep.'), []);
  });
});

describe('stop 44: therapy a digital therapeutic or a feeding pump gives', () => {
  test('psychoeducation, counselling or coaching the software delivers is its own therapy (autonomous)', () => {
    assert.deepEqual(kinds('The program itself delivers psychoeducation in daily lessons.'), ['autonomous']);
    assert.deepEqual(kinds('The app delivers coaching sessions after each missed dose.'), ['autonomous']);
    // a person delivering it is not the software
    assert.deepEqual(kinds('The therapist delivers counselling once a week.'), []);
  });

  test('a feeding pump that halts or changes the feeding acts on the therapy', () => {
    assert.deepEqual(kinds('The pump halts the enteral feeding whenever the tube slips.'), ['autonomous']);
    assert.deepEqual(kinds('The controller raises the enteral nutrition rate in small steps.'), ['autonomous']);
    // a data feed is no feeding
    assert.deepEqual(kinds('The gateway stops feeding data to the server at night.'), []);
  });
});

describe('stop 44: nobody reading, named with a hyphenated modifier', () => {
  test('"without a health-care professional reviewing" denies the reading as "without a professional" does', () => {
    assert.deepEqual(kinds('The result goes to the pharmacy without a health-care professional reviewing the photographs.'), ['autonomous']);
    assert.deepEqual(kinds('The result goes to the pharmacy without a professional reviewing the photographs.'), ['autonomous']);
    // a lack of effort is no reading skipped
    assert.deepEqual(kinds('Families can use it without much clinician effort.'), []);
  });
});

describe('stop 44: a therapy programme the software sets and fits', () => {
  test('setting, building or fitting the exercises is the software running the therapy (autonomous)', () => {
    assert.deepEqual(kinds('The app sets the next breathing exercises for the week.'), ['autonomous']);
    assert.deepEqual(kinds('The software builds a home exercise plan for every patient.'), ['autonomous']);
    assert.deepEqual(kinds('The program puts together a relaxation training plan from the answers.'), ['autonomous']);
    assert.deepEqual(kinds('The app adapts the pace of the CBT lessons to each user.'), ['autonomous']);
    assert.deepEqual(kinds("The program tailors the difficulty of the exercises to each user's progress."), ['autonomous']);
  });

  test('a person who sets the exercises, or a plan that is no therapy, stays silent', () => {
    assert.deepEqual(kinds('The physiotherapist sets the exercises for the week.'), []);
    assert.deepEqual(kinds('Staff build an exercise plan for every patient.'), []);
    assert.deepEqual(kinds('The software builds a project plan for every site.'), []);
  });

  test('a manner phrase after the therapy ("step by step") does not hide it', () => {
    assert.deepEqual(kinds('The app walks users through mindfulness exercises step by step.'), ['autonomous']);
    assert.deepEqual(kinds('The app walks users through the settings step by step.'), []);
  });

  test('a therapist absent from the sessions is nobody reading (autonomous)', () => {
    assert.deepEqual(kinds('The app runs each lesson without a therapist.'), ['autonomous']);
    assert.deepEqual(kinds('The program delivers its lessons without any counsellor involved.'), ['autonomous']);
  });
});

describe('stop 44: presence is no reading', () => {
  test('results collected "without a provider present" and sent for interpretation stay silent', () => {
    assert.deepEqual(kinds('The tracings are recorded without a physician present and then sent to one for interpretation.'), []);
  });
});

describe('stop 44: a therapy dropped or retimed by the device', () => {
  test('a defibrillator that aborts or cancels the shock decides the therapy (autonomous)', () => {
    assert.deepEqual(kinds('The defibrillator aborts the shock when the rhythm turns organised while it charges.'), ['autonomous']);
    assert.deepEqual(kinds('The device cancels the shock if the patient recovers a pulse.'), ['autonomous']);
    // a person, or an order, or an analysis, is no therapy the device drops
    assert.deepEqual(kinds('The operator can abort the analysis at any time.'), []);
    assert.deepEqual(kinds('The app cancels the appointment when the symptoms settle.'), []);
  });

  test('a pacemaker that shortens or lengthens its pacing interval changes the therapy', () => {
    assert.deepEqual(kinds('After each sensed beat the generator lengthens the escape interval by a programmed step.'), ['autonomous']);
    assert.deepEqual(kinds('The study compared the interval between pacing and sensing.'), []);
  });

  test('a notice about a dose is not the dose', () => {
    assert.deepEqual(kinds('The app sets a reminder for each dose.'), ['assistive']);
    assert.deepEqual(kinds('The controller sets the insulin dose for each meal.'), ['autonomous']);
  });
});

describe('stop 44: everyday words for finding an event', () => {
  test('"picks up" an event or a finding points it out (assistive)', () => {
    assert.deepEqual(kinds('The radar unit picks up falls in the bathroom.'), ['assistive']);
    assert.deepEqual(kinds('The bed sensor picked up seizures on two nights.'), ['assistive']);
    // a signal picked up is acquisition; a call picked up is answered
    assert.deepEqual(kinds('The patch picks up signals from the heart.'), []);
    assert.deepEqual(kinds('The first relative to pick up presses 1 to talk.'), []);
  });
});

describe('stop 44: left by stop 43', () => {
  test('"turns the heating off" on what it senses stops a warming therapy (autonomous)', () => {
    assert.deepEqual(kinds('The warmer turns the heating off once the skin probe reads 37.5 degrees.'), ['autonomous']);
    assert.deepEqual(kinds('The controller lowers the cooling when the core temperature falls below target.'), ['autonomous']);
    // cooling or warming named in a study or done by staff is no device act
    assert.deepEqual(kinds('The study reports cooling times.'), []);
    assert.deepEqual(kinds('Forced-air warming was applied by the staff.'), []);
  });

  test('"are dosing recommendations": the -ing word qualifies the option after "be"', () => {
    assert.deepEqual(kinds('The outputs are dosing recommendations for the ward team.'), ['autonomous']);
    assert.deepEqual(kinds('The nurses are dosing patients by hand.'), []);
  });
});

describe('stop 44: a duty that stays with the physician, after a plural subject', () => {
  test('"Treatment decisions stay with the oncologist": the verb after a plural, before "with"', () => {
    assert.deepEqual(kinds('Treatment decisions stay with the haematologist.'), ['physician-interprets']);
    assert.deepEqual(kinds('Diagnostic decisions rest with the reading physician.'), ['physician-interprets']);
    // a hospital stay is no duty
    assert.deepEqual(kinds('Hospital stays with the device were shorter.'), []);
  });
});

describe("stop 44: the review's guards", () => {
  test('a bolus calculator is the software, a body that publishes doses is a reference', () => {
    assert.deepEqual(kinds('The bolus calculator displays the suggested bolus for the carbohydrates entered.'), ['autonomous']);
    assert.deepEqual(kinds('The app shows the dose recommended by the American Heart Association.'), []);
  });

  test('"how to" alone is operating help; a chosen thing may stand before "to"', () => {
    assert.deepEqual(kinds('The app gives suggestions on how to use the menu.'), []);
    assert.deepEqual(kinds('The tool gives advice on which antibiotic to start.'), ['autonomous']);
    assert.deepEqual(kinds('The app gives advice on how much insulin to inject.'), ['autonomous']);
  });

  test('a notice that carries the dose gives it; a notice about a bolus does not', () => {
    assert.deepEqual(kinds('The system generates a message with the recommended insulin dose.'), ['autonomous']);
    assert.deepEqual(kinds('The algorithm cancels the meal bolus reminder if a bolus is logged.'), ['assistive']);
  });

  test('a bolus cancelled when a person presses a control is no device decision', () => {
    assert.deepEqual(kinds('The pump cancels the bolus when the user presses stop.'), []);
  });

  test('feeding, heating or cooling with no patient named is no therapy', () => {
    assert.deepEqual(kinds('The interface engine stops feeding results to the laboratory system.'), []);
    assert.deepEqual(kinds('The building management system controls the heating in the clinic.'), []);
    assert.deepEqual(kinds('The analyser changes the cooling of the reagent compartment at night.'), []);
    assert.deepEqual(kinds('The app updates the nutrition facts database every month.'), []);
  });

  test('coaching as a modifier, a plan for staff and a therapist who builds the plan are no software therapy', () => {
    assert.deepEqual(kinds('The platform delivers coaching data to the dashboard.'), []);
    assert.deepEqual(kinds('The software builds a training plan for new staff.'), []);
    assert.deepEqual(kinds('Therapists build the exercise programme and the app displays it.'), []);
  });
});

describe("stop 44: the review's guards (2)", () => {
  test('a hyphenated modifier before the person counts only where a reading follows', () => {
    assert.deepEqual(kinds('The sensor is applied without a health-care professional assisting.'), []);
    assert.deepEqual(kinds('The result reaches the clinic without a health-care professional looking at the images.'), ['autonomous']);
  });
});

describe("stop 44: the review's misses", () => {
  test('a guideline in a fronted phrase leaves the software its option', () => {
    assert.deepEqual(kinds('In line with the guideline, the software shows the recommended regimen.'), ['autonomous']);
    assert.deepEqual(kinds('The guideline lists the recommended regimen.'), []);
  });

  test('changing an aspect of the programme changes the therapy', () => {
    assert.deepEqual(kinds('The app increases the difficulty of the exercises as the user improves.'), ['autonomous']);
    assert.deepEqual(kinds('The app increases the number of users each month.'), []);
  });

  test('a pacing interval extended by the device', () => {
    assert.deepEqual(kinds('The device extends the escape interval after a sensed beat.'), ['autonomous']);
  });
});

describe('stop 44: an offered option as the subject', () => {
  test('"A suggested bolus is shown" is the software offering it (left by stop 43\'s review)', () => {
    assert.deepEqual(kinds('A suggested bolus is shown on the handset after each meal entry.'), ['autonomous']);
    assert.deepEqual(kinds('The suggested bolus is delivered only after the user confirms it.'), ['autonomous']);
    // one a person gives, or a bolus with no participle, is not
    assert.deepEqual(kinds('A suggested bolus was given by the nurse.'), []);
    assert.deepEqual(kinds('The bolus was delivered.'), []);
  });
});

describe("stop 44: the second review's guards", () => {
  test('coaching or counselling that people give through the app is theirs', () => {
    assert.deepEqual(kinds('The app delivers coaching sessions by text chat with a certified health coach.'), []);
    assert.deepEqual(kinds('The service delivers counselling sessions with licensed counsellors over video.'), []);
  });

  test("checking a device's configuration is no reading of its output", () => {
    assert.deepEqual(kinds('Respiratory therapists set up the ventilator and check the alarm limits each shift.'), []);
    assert.deepEqual(kinds('The physician checks the alarm limits.'), []);
    // results checked against limits are still read
    assert.deepEqual(kinds('The physician reviews the results against the limits.'), ['physician-interprets']);
  });
});

describe("stop 44: plans of care the software writes", () => {
  test('a care plan or dosing schedule the software generates or builds is a management option (autonomous)', () => {
    assert.deepEqual(kinds('The system generates a nursing care plan from the admission assessment.'), ['autonomous']);
    assert.deepEqual(kinds('The software builds a dosing schedule for each patient.'), ['autonomous']);
    assert.deepEqual(kinds('Nurses create a care plan for each resident.'), []);
  });
});

describe('stop 44: an alert that shows itself, after a modal', () => {
  test('"a warning can pop up if …" is an alert (left by stop 43\'s review); one on a carton is not', () => {
    assert.deepEqual(kinds('A warning can pop up if the reading is implausible.'), ['assistive']);
    assert.deepEqual(kinds('A warning can appear on the carton.'), []);
  });
});
