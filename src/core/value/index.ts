/** Value tracking (issue #4): three streams, credits, validation, duties and the commons. Pure: no I/O, no clock. */
export * from './streams.js';
export * from './calendar.js';
export * from './quantity.js';
export * from './rounding.js';
export * from './events.js';
export * from './rates.js';
export * from './credits.js';
export * from './release.js';
export * from './peer-validation.js';
export * from './validation.js';
export * from './contribution.js';
export * from './state.js';
export * from './balances.js';
export * from './duties.js';
export * from './care-indicators.js';
export * from './valueflows.js';
export * from './csv.js';
