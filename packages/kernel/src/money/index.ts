export { Decimal, roundHalfEven } from './decimal';
export { Money } from './money';
export { parseDecimal } from './rate';
