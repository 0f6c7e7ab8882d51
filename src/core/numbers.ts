/**
 * A whole number with thousands separators, as `n.toLocaleString('en-US')` writes it ("12,500"),
 * without loading the ICU locale data: that took several milliseconds at the extension's
 * activation, where a rule's description is built. Other numbers go to `toLocaleString`.
 */
export function withThousands(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = digits.slice(Math.max(0, end - 3), end) + (out ? ',' + out : '');
  return n < 0 ? '-' + out : out;
}
