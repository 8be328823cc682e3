export {
  ALGORITHM_ID,
  FULL_BASIS_POINTS,
  STREAMS,
  minorAmountSchema,
  parameterDocumentSchema,
  potName,
} from './params.js';
export type {
  BucketParameter,
  ParameterDocument,
  ParameterDocumentInput,
  PotParameter,
  Stream,
} from './params.js';
export {
  ParameterError,
  checkNoOverlap,
  overlapsOf,
  compareCodeUnits,
  parametersInEffect,
  parseParameters,
  validateParameters,
} from './validate.js';
export type { EffectiveWindow, ParameterProblem } from './validate.js';
export { RunInputError, prepareClaims } from './claims.js';
export type { ClaimBook, InputProblem } from './claims.js';
export { runPrepared, runValueEquation } from './value-equation.js';
export { apportion } from './largest-remainder.js';
export type { Apportionment } from './largest-remainder.js';
export { formatBasisPoints, formatMinor } from './money.js';
export { explainMember } from './explain.js';
export type { FloorSource, MemberTrace, ShareTrace } from './explain.js';
export { diffRuns } from './diff.js';
export type { AmountDiff, MemberDiff, NamedDiff, RunDiff } from './diff.js';
export { syntheticClaims } from './synthetic.js';
export type * from './types.js';
