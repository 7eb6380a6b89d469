/**
 * What needs zod, as an entry of its own (`importValidation`): the validation of the dataset and of
 * its layout, and the gold file the benchmark scores against after it.
 */
export { parseGold } from '../eval/gold';
export { validateDataset, validateLayout } from '../schema/validate';
