import { z } from '@hono/zod-openapi';

/*
 * Path and query values arrive as text. z.coerce.number() would take '', ' 7', '0x10' and '1e3'
 * as numbers; an API others build against should accept only plain decimal digits.
 */

/**
 * A whole number written in decimal digits, between `min` and `max`; documented as an integer.
 *
 * @example z.object({ limit: integerText({ min: 1, max: 500 }).optional() })
 */
export function integerText({
  min,
  max = Number.MAX_SAFE_INTEGER,
  description,
  example,
}: {
  min: number;
  max?: number;
  description?: string;
  example?: number;
}) {
  const open = max === Number.MAX_SAFE_INTEGER;
  const inRange = open ? `must be at least ${min}` : `must be between ${min} and ${max}`;
  return z
    .string()
    .regex(
      /^[0-9]{1,16}$/,
      open
        ? `must be a whole number, at least ${min}`
        : `must be a whole number, between ${min} and ${max}`,
    )
    .transform(Number)
    .pipe(z.number().min(min, inRange).max(max, inRange))
    .openapi({
      type: 'integer',
      minimum: min,
      ...(max === Number.MAX_SAFE_INTEGER ? {} : { maximum: max }),
      ...(description ? { description } : {}),
      ...(example === undefined ? {} : { example }),
    });
}
