/** Money as people read it: "0.40 USD" becomes "$0.40"; without a currency, up to two decimals. */
export function formatAmount(amount: number, currency?: string): string {
  if (currency !== undefined && /^[A-Za-z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat('en', { style: 'currency', currency: currency.toUpperCase() }).format(amount);
    } catch {
      // An unknown currency code: fall through to the plain number with the code after it.
    }
  }
  const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 2, minimumFractionDigits: amount % 1 === 0 ? 0 : 2 }).format(amount);
  return currency === undefined ? plain : `${plain} ${currency}`;
}
