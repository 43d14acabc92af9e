// Closed days as calendar files on the deadline and credit pages, in headless
// Chromium: a provider's .ics added to the closed days (its days worked out
// by hand in tests/fixtures/calendars/README.md), its refusal shown next to
// the file with its line while the typed days stay, and the year's closed
// days saved as an .ics that ical.js reads back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import { openPage, root, useLocalSite } from './local-site.mjs';

const site = useLocalSite();
const calendars = path.join(root, 'tests/fixtures/calendars');
const open = (file) => openPage(site.browser, new URL(file, site.baseUrl).href);

/** The events of a saved .ics as ical.js reads them: [date, summary]. */
async function savedEvents(download) {
  const text = await readFile(await download.path(), 'utf8');
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    assert.ok(e.startDate.isDate, 'an all-day event');
    return [e.startDate.toString(), e.summary];
  });
}

test('deadline page: a provider\'s calendar moves Flying Circus Hosted\'s reaction past the holidays', async () => {
  const { page, context, log } = await open('deadline.html');
  try {
    await page.selectOption('#profile', 'flying-circus');
    await page.selectOption('#tier', 'hosted');
    await page.fill('#reported', '2026-12-23T12:00');
    // 8 h within working days 08–16 (§3.4): Wednesday 12:00–16:00, Thursday 08:00–12:00.
    const due = page.locator('#deadline-list > li.deadline[data-measure="reaction"] .due-local');
    await page.waitForFunction(() => document.querySelector('.due-local')?.textContent === 'Thu 24 Dec 2026 12:00 CET');

    await page.setInputFiles('#closed-days-file', path.join(calendars, 'provider-closed-days.ics'));
    // The provider closes the 24th and 28th–31st; the 25th and 1 January are
    // Sachsen-Anhalt's holidays: Monday 4 January 08:00 + 4 h.
    await page.waitForFunction(() => document.querySelector('.due-local')?.textContent === 'Mon 4 Jan 2027 12:00 CET');
    assert.equal(await due.textContent(), 'Mon 4 Jan 2027 12:00 CET');
    assert.equal(await page.inputValue('#closed-days'), '2026-06-12, 2026-09-04, 2026-12-24, 2026-12-28, 2026-12-29, ' +
      '2026-12-30, 2026-12-31, 2027-01-02, 2027-09-03, 2027-12-24, 2027-12-31');
    assert.match(await page.textContent('#closed-days-message'),
      /^11 closed days added from provider-closed-days\.ics \(2026–2027\)\. .*every year: 4.*Cancelled.*: 1\./);

    // A file with a timed event: said next to the file with its line; the days stay, so does the answer.
    await page.setInputFiles('#closed-days-file', path.join(calendars, 'timed-event.ics'));
    await page.waitForSelector('#closed-days-file-error:not([hidden])');
    assert.match(await page.textContent('#closed-days-file-error'), /^timed-event\.ics: line 11: the event "Silvester ab Mittag geschlossen" has a time of day/);
    assert.equal(await page.getAttribute('#closed-days-file', 'aria-invalid'), 'true');
    assert.equal((await page.inputValue('#closed-days')).split(', ').length, 11);
    assert.equal(await due.textContent(), 'Mon 4 Jan 2027 12:00 CET');

    // Saved: Sachsen-Anhalt's eleven holidays of 2026 and the provider's seven other days of 2026.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#closed-days-ics')]);
    assert.equal(download.suggestedFilename(), 'slacalc-closed-days-DE-ST-2026.ics');
    const events = await savedEvents(download);
    assert.equal(events.length, 18);
    assert.deepEqual(events.filter(([, summary]) => summary === 'Closed').map(([day]) => day),
      ['2026-06-12', '2026-09-04', '2026-12-24', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']);
    assert.deepEqual(events.find(([day]) => day === '2026-12-25'), ['2026-12-25', '1. Weihnachtstag']);
    assert.match(await page.textContent('#closed-days-message'), /^18 public holidays and closed days of 2026 saved/);
    assert.equal(await page.locator('#closed-days-file-error').isHidden(), true);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('credit page: closed days typed, imported, refused and saved in German', async () => {
  const { page, context, log } = await open('credit.html?lang=de');
  try {
    await page.fill('#from-month', '2026-12');
    await page.fill('#to-month', '2026-12');
    await page.fill('#closed-days', '2026-12-23');
    await page.setInputFiles('#closed-days-file', path.join(calendars, 'provider-closed-days.ics'));
    // The range is December 2026: its year's days only, the typed one kept.
    await page.waitForFunction(() => document.querySelector('#closed-days-message').textContent !== '');
    assert.equal(await page.inputValue('#closed-days'),
      '2026-06-12, 2026-09-04, 2026-12-23, 2026-12-24, 2026-12-28, 2026-12-29, 2026-12-30, 2026-12-31');
    assert.match(await page.textContent('#closed-days-message'), /^7 Schließtage aus provider-closed-days\.ics hinzugefügt \(2026\)\./);

    await page.setInputFiles('#closed-days-file', path.join(calendars, 'weekly-rule.ics'));
    await page.waitForSelector('#closed-days-file-error:not([hidden])');
    assert.match(await page.textContent('#closed-days-file-error'), /^weekly-rule\.ics: Zeile 6: FREQ=WEEKLY/);
    assert.equal((await page.inputValue('#closed-days')).split(', ').length, 8);

    // A bad date typed: the core's error next to the field, nothing else lost.
    await page.fill('#closed-days', '2026-12-24, 2026-13-01');
    await page.waitForSelector('#closed-days-error:not([hidden])');
    assert.match(await page.textContent('#closed-days-error'), /2026-13-01/);
    await page.fill('#closed-days', '2026-12-24');
    await page.waitForSelector('#closed-days-error', { state: 'hidden' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#closed-days-ics')]);
    const profile = await page.inputValue('#profile');
    assert.match(download.suggestedFilename(), /^slacalc-closed-days-.+-2026\.ics$/, profile);
    const events = await savedEvents(download);
    assert.ok(events.some(([day, summary]) => day === '2026-12-24' && summary === 'Geschlossen'));
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('the calendar module loads only when used; one that cannot load is said, and the next try works', async () => {
  const { page, context, log } = await open('deadline.html');
  try {
    const calendarModule = (url) => /slacalc-calendar[^/]*$/.test(url);
    assert.deepEqual(log.requests.filter(calendarModule), [], 'not loaded with the page');
    await page.route(calendarModule, (route) => route.abort());
    await page.fill('#closed-days', '2026-12-24');
    await page.setInputFiles('#closed-days-file', path.join(calendars, 'provider-closed-days.ics'));
    await page.waitForSelector('#closed-days-file-error:not([hidden])');
    assert.match(await page.textContent('#closed-days-file-error'), /^provider-closed-days\.ics: The calculator could not be loaded/);
    assert.equal(await page.inputValue('#closed-days'), '2026-12-24');
    await page.unroute(calendarModule);
    await page.setInputFiles('#closed-days-file', path.join(calendars, 'provider-closed-days.ics'));
    await page.waitForSelector('#closed-days-file-error', { state: 'hidden' });
    assert.equal((await page.inputValue('#closed-days')).split(', ').length, 11);
    assert.ok(log.requests.some(calendarModule));
    assert.deepEqual(log.errors.filter((e) => !/slacalc-calendar|Failed to (load|fetch)|ERR_FAILED/.test(e)), []);
  } finally {
    await context.close();
  }
});
