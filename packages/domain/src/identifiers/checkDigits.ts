/**
 * Check-digit algorithms of the Finnish identifiers (sources in DOMAIN.md "Identifiers").
 * Each takes the digits without the check digit, as a string of 0-9, and returns the expected digit
 * (or `undefined` where no digit can be valid).
 */

const digitsOf = (digits: string): ReadonlyArray<number> => Array.from(digits, (c) => c.charCodeAt(0) - 48);

/** IBM 1-3-7: weights 7, 3, 1 repeating from the rightmost digit; C = (10 - sum mod 10) mod 10. */
export const ibm137CheckDigit = (digits: string): number => {
  const weights = [7, 3, 1] as const;
  const reversed = digitsOf(digits).toReversed();
  const sum = reversed.reduce((acc, d, i) => acc + d * weights[i % 3]!, 0);
  return (10 - (sum % 10)) % 10;
};

/** Luhn: double every second digit from the right, starting with the rightmost; C = (10 - sum mod 10) mod 10. */
export const luhnCheckDigit = (digits: string): number => {
  const reversed = digitsOf(digits).toReversed();
  const sum = reversed.reduce((acc, d, i) => {
    if (i % 2 === 1) return acc + d;
    const doubled = d * 2;
    return acc + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return (10 - (sum % 10)) % 10;
};

/**
 * Y-tunnus: weights 7, 9, 10, 5, 8, 4, 2 over the seven digits; r = sum mod 11;
 * C = 0 when r = 0, no valid digit when r = 1, else 11 - r.
 */
export const businessIdCheckDigit = (sevenDigits: string): number | undefined => {
  const weights = [7, 9, 10, 5, 8, 4, 2] as const;
  const sum = digitsOf(sevenDigits).reduce((acc, d, i) => acc + d * weights[i]!, 0);
  const r = sum % 11;
  if (r === 0) return 0;
  if (r === 1) return undefined;
  return 11 - r;
};
