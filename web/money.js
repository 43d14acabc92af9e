// Money as the user types it, read for the core (the pages with prices and
// fees: compare, term and its price section, credit). Its texts are in
// locales/<lang>/common.json (keys "dom.money.*").

import { t } from './i18n.js';

/** The English nouns the pages pass to parseMoney, translated. */
const MONEY_NOUNS = { 'an amount': 'dom.money.amount', 'a price': 'dom.money.price', 'a fee': 'dom.money.fee' };

/**
 * Money as typed ("1600", "1.600,00", "1,600.00", "1 600", "1600 EUR") →
 * { minor } in minor units of `currency` (with `digits` decimals), or
 * { error } saying "Not <noun>: …". `noun` is the page's word for the
 * amount, translated ('an amount', 'a price' and 'a fee' are translated
 * here, so English callers need not change). With one kind of
 * separator, a single one followed by exactly three digits groups thousands
 * ("1.600" = 1600) unless the currency has three decimals; otherwise it is
 * the decimal separator. A minus sign is passed on so the core's own message
 * about negative prices is shown.
 */
export function parseMoney(text, currency, digits, noun = 'an amount') {
  const what = Object.hasOwn(MONEY_NOUNS, noun) ? t(MONEY_NOUNS[noun]) : noun;
  const example = t(digits === 0 ? 'dom.money.exampleWhole' : 'dom.money.example');
  let s = text.trim();
  const code = currency.toUpperCase();
  if (code && s.toUpperCase().endsWith(code)) s = s.slice(0, -code.length).trim();
  if (code && s.toUpperCase().startsWith(code)) s = s.slice(code.length).trim();
  let negative = false;
  if (/^[-−]/.test(s)) { negative = true; s = s.slice(1).trim(); }
  s = s.replace(/[\s'’\u00a0\u202f\u2009]/g, '');
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) {
    return { error: t('dom.money.notNumber', { noun: what, example }) };
  }
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let group = null;
  let decimal = null;
  if (dots && commas) {
    decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    group = decimal === '.' ? ',' : '.';
    if ((decimal === '.' ? dots : commas) > 1 || s.lastIndexOf(group) > s.lastIndexOf(decimal)) {
      return { error: t('dom.money.separators', { noun: what, example }) };
    }
  } else if (dots || commas) {
    const sep = dots ? '.' : ',';
    const after = s.length - s.lastIndexOf(sep) - 1;
    if (dots + commas > 1) group = sep;
    else if (after === 3 && digits !== 3) group = sep;
    else decimal = sep;
  }
  let whole = s;
  let fraction = '';
  if (decimal) {
    whole = s.slice(0, s.lastIndexOf(decimal));
    fraction = s.slice(s.lastIndexOf(decimal) + 1);
  }
  if (group) {
    const parts = whole.split(group);
    if (parts.slice(1).some((p) => p.length !== 3) || parts[0].length > 3 || parts[0] === '') {
      return { error: t('dom.money.groups', { noun: what, example }) };
    }
    whole = parts.join('');
  }
  if (fraction.length > digits) {
    return {
      error: digits === 0 ? t('dom.money.noDecimals', { currency, example })
        : t('dom.money.tooManyDecimals', { currency, digits }),
    };
  }
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  return { minor: Number(negative ? -minor : minor) };
}
