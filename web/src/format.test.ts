import { describe, expect, it } from 'vitest';
import { formatMoney, localToday, minorToDecimal, numberFormat } from './format';

describe('minorToDecimal', () => {
  it('places the decimal point exactly, signs and small amounts included', () => {
    expect(minorToDecimal('40050')).toBe('400.50');
    expect(minorToDecimal('5')).toBe('0.05');
    expect(minorToDecimal('-7')).toBe('-0.07');
    expect(minorToDecimal('0')).toBe('0.00');
    expect(minorToDecimal('1200', 0)).toBe('1200');
  });

  it('keeps every digit of amounts beyond 2^53', () => {
    expect(minorToDecimal('900719925474099312')).toBe('9007199254740993.12');
  });
});

describe('formatMoney', () => {
  it('formats in the reader language', () => {
    expect(formatMoney('123450', 'EUR', 'en')).toBe('€1,234.50');
    expect(formatMoney('123450', 'EUR', 'es').replace(/\s/g, ' ')).toBe('1234,50 €');
  });

  it('signs differences when asked, and leaves zero unsigned', () => {
    expect(formatMoney('956', 'EUR', 'en', { signed: true })).toBe('+€9.56');
    expect(formatMoney('-956', 'EUR', 'en', { signed: true })).toBe('-€9.56');
    expect(formatMoney('0', 'EUR', 'en', { signed: true })).toBe('€0.00');
  });
});

describe('numberFormat', () => {
  it('makes one formatter per language and options, not one per amount', () => {
    const options = { style: 'currency', currency: 'EUR' } as const;
    expect(numberFormat('en', options)).toBe(numberFormat('en', { ...options }));
    expect(numberFormat('es', options)).not.toBe(numberFormat('en', options));
    // A different currency is a different formatter, not the cached euro one.
    expect(formatMoney('100', 'USD', 'en')).toBe('$1.00');
    expect(formatMoney('100', 'EUR', 'en')).toBe('€1.00');
  });
});

describe('localToday', () => {
  it('is the local calendar date', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
