/**
 * What needs zod, as an entry of its own (`importValidation`): the dataset's validation, and the
 * scoring against a gold file that the benchmark does after it.
 */
export { parseGold } from '../eval/gold';
export { score } from '../eval/score';
export { LayoutSchema, validateDataset } from '../schema';
